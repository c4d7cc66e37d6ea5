/**
 * One measured build, run by `npm run bench` in a child process of its own so that its memory can be
 * measured alone. Prints one line of JSON on stdout: the build's timings (ms), the record pages, and
 * this process's peak resident memory (`maxRSS`, KB).
 *
 *   node --import tsx engine/cli/bench-child.ts --archive DIR --out DIR [--phases]
 *
 * With `--phases` it runs the build's steps one by one instead of calling build() (the same functions,
 * in the same order) and reports each step's time and the memory after it: content loading, validation,
 * the site model, Eleventy, Pagefind. That tells where time and memory go; the plain run is the figure.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "../build/index.ts";
import { ContentError } from "../model/problems.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { values } = parseArgs({ options: { archive: { type: "string" }, out: { type: "string" }, phases: { type: "boolean", default: false } } });
if (!values.archive || !values.out) {
  console.error("Usage: node --import tsx engine/cli/bench-child.ts --archive DIR --out DIR [--phases]");
  process.exit(2);
}
const archiveRoot = path.resolve(values.archive);
const outDir = path.resolve(values.out);

const memory = () => {
  const m = process.memoryUsage();
  return { rssMB: Math.round(m.rss / 2 ** 20), heapMB: Math.round(m.heapUsed / 2 ** 20), externalMB: Math.round((m.external + m.arrayBuffers) / 2 ** 20) };
};

/** The build's steps one by one, each timed, with the memory it leaves behind. */
async function phases(): Promise<object> {
  const { loadContent } = await import("../model/load.ts");
  const { validateArchive } = await import("../model/validate.ts");
  const { resolveSiteConfig } = await import("../site/config.ts");
  const { buildSite } = await import("../site/model.ts");
  const { renderWithEleventy } = await import("../build/eleventy.ts");
  const { indexSite } = await import("../build/search.ts");
  const steps: { step: string; ms: number; rssMB: number; heapMB: number; externalMB: number }[] = [];
  let t = performance.now();
  const lap = (step: string) => {
    const now = performance.now();
    steps.push({ step, ms: Math.round(now - t), ...memory() });
    t = now;
  };
  const contentDir = path.join(archiveRoot, "content");
  const { files, problems } = await loadContent(archiveRoot, contentDir);
  const config = resolveSiteConfig(((await import(pathToFileURL(path.join(contentDir, "_config.ts")).href)) as { default: never }).default, {});
  lap("load content");
  const validated = await validateArchive(archiveRoot, files, problems.map((p) => p.file));
  if (!validated.archive || problems.length) throw new ContentError([...problems, ...validated.problems]);
  lap("validate");
  const site = buildSite(validated.archive, config);
  lap("site model");
  // The output folder is cleared before the clock runs again: removing a previous site is not rendering.
  await rm(outDir, { recursive: true, force: true });
  t = performance.now();
  await renderWithEleventy(root, site, outDir);
  lap("eleventy");
  await indexSite(outDir, site);
  lap("pagefind");
  return { pages: site.pages.length, steps };
}

try {
  if (values.phases) {
    const result = await phases();
    console.log(JSON.stringify({ ...result, maxRSS: process.resourceUsage().maxRSS }));
  } else {
    const { site, timings } = await build({ root, archiveRoot, outDir, env: {} });
    console.log(JSON.stringify({ pages: site.pages.length, timings, maxRSS: process.resourceUsage().maxRSS }));
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
