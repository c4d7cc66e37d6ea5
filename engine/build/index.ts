/**
 * The one build: content → validated model → pages (Eleventy) → search index (Pagefind) → `_site/`.
 * Each step reports how long it took, for the benchmark.
 */
import path from "node:path";
import { loadArchive, type LoadOptions } from "./archive.ts";
import { renderWithEleventy } from "./eleventy.ts";
import { discard, publish, stagingDir } from "./publish.ts";
import type { Site } from "../site/model.ts";

export interface BuildOptions extends LoadOptions {
  /** Where the site goes; defaults to `<root>/_site`. */
  outDir?: string;
  /** Skip the search index (unit tests of pages only). */
  search?: boolean;
}

export interface BuildResult {
  site: Site;
  outDir: string;
  timings: { validate: number; pages: number; search: number; total: number };
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const outDir = options.outDir ?? path.join(options.root, "_site");
  const { site } = await loadArchive(options);
  const validated = performance.now();
  const staged = stagingDir(outDir);
  let paged = validated;
  let indexed = validated;
  try {
    await renderWithEleventy(options.root, site, staged);
    paged = performance.now();
    if (options.search !== false) {
      const { indexSite } = await import("./search.ts");
      await indexSite(staged, site);
    }
    indexed = performance.now();
    await publish(staged, outDir);
  } catch (error) {
    await discard(staged);
    throw error;
  }
  return {
    site,
    outDir,
    timings: { validate: validated - started, pages: paged - validated, search: indexed - paged, total: performance.now() - started },
  };
}
