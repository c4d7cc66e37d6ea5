/**
 * Renders the site model to HTML with Eleventy. The model is handed over as global data (`site`), so
 * templates in `layouts/` only render it. https://www.11ty.dev/docs/programmatic/
 */
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { Site } from "../site/model.ts";

export async function renderWithEleventy(root: string, site: Site, outDir: string): Promise<void> {
  const eleventy = new Eleventy(path.join(root, "layouts"), outDir, {
    quietMode: true,
    configPath: path.join(root, "eleventy.config.ts"),
    config(eleventyConfig: { addGlobalData(name: string, value: unknown): void }) {
      eleventyConfig.addGlobalData("site", site);
    },
  });
  await eleventy.write();
}
