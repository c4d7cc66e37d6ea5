/**
 * `npm run build` (and `npm start`, which adds `--serve`). A content mistake prints one report of every
 * problem and exits 1 with no stack trace; `_site/` is left as it was.
 *
 * Options: --serve (build, serve _site and rebuild on change), --port N, --out DIR,
 * --archive DIR (an archive folder with its own content/ and seeds/), --content DIR (another content/ folder). Environment: SITE_URL, PATH_PREFIX (e.g. PATH_PREFIX=/archive/).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { build } from "../build/index.ts";
import { ContentError } from "../model/problems.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { values } = parseArgs({
  options: {
    serve: { type: "boolean", default: false },
    archive: { type: "string" },
    content: { type: "string" },
    out: { type: "string" },
    port: { type: "string", default: "8080" },
  },
});

const options = {
  root,
  ...(values.archive ? { archiveRoot: path.resolve(values.archive) } : {}),
  ...(values.content ? { contentDir: path.resolve(values.content) } : {}),
  outDir: path.resolve(values.out ?? path.join(root, "_site")),
};

async function once(): Promise<boolean> {
  try {
    const { site, timings } = await build(options);
    const ms = (n: number) => `${(n / 1000).toFixed(2)} s`;
    console.log(`Built ${site.pages.length} record pages into ${path.relative(process.cwd(), options.outDir) || "."}/ in ${ms(timings.total)} (validate ${ms(timings.validate)}, pages ${ms(timings.pages)}, search ${ms(timings.search)}).`);
    return true;
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(error.message);
    } else {
      console.error(`The build failed: ${error instanceof Error ? error.message : String(error)}`);
      if (process.env.DEBUG) console.error(error);
    }
    return false;
  }
}

if (!values.serve) {
  process.exitCode = (await once()) ? 0 : 1;
} else {
  const { serve } = await import("../build/serve.ts");
  await once();
  await serve({ root, outDir: options.outDir, port: Number(values.port), });
}
