/**
 * Eleventy only renders here: the archive is loaded, validated and turned into the site model by the
 * engine (engine/build/), which hands it to Eleventy as global data `site`. This file wires folders and
 * template formats. https://www.11ty.dev/docs/config/
 */
import type { UserConfig } from "./engine/types/eleventy-config.ts";

export default function (eleventyConfig: UserConfig) {
  // Templates are TypeScript render functions, run as 11ty.js templates (tsx loads them).
  // https://www.11ty.dev/docs/languages/typescript/
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.setTemplateFormats(["11ty.ts"]);
  // Nothing in layouts/ but templates is copied; the stylesheet is inlined by the page layout.
  eleventyConfig.setQuietMode(true);
}

// Input is layouts/; the output folder is chosen by the build (a staging folder swapped into _site/).
export const config = {
  dir: { input: "layouts" },
};
