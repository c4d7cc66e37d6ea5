/**
 * The search index, built with Pagefind's Node API inside the build: a failure fails the build.
 * Each public record page is indexed through its search document (engine/search/documents.ts), and
 * the search page's script is bundled next to the index. https://pagefind.app/docs/node-api/
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import * as pagefind from "pagefind";
import type { Site } from "../site/model.ts";
import { searchDocument } from "../search/documents.ts";
import { CLIENT_PATH } from "../search/paths.ts";

const CLIENT = path.join(path.dirname(fileURLToPath(import.meta.url)), "../search/client.ts");


function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind could not ${step}: ${errors.join("; ")}`);
}

export async function indexSite(outDir: string, site: Site): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: site.config.language });
  if (!index) fail("start", errors);
  try {
    // Pages go to the indexer in batches: each call is a message to Pagefind's process.
    for (let i = 0; i < site.pages.length; i += 200) {
      const batch = site.pages.slice(i, i + 200);
      const added = await Promise.all(batch.map((page) => index.addHTMLFile(searchDocument(page, site.config.language))));
      added.forEach((a, j) => a.errors.length && fail(`index ${batch[j]!.url}`, a.errors));
    }
    const written = await index.writeFiles({ outputPath: path.join(outDir, "pagefind") });
    if (written.errors.length) fail("write its index", written.errors);
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
  await esbuild.build({
    entryPoints: [CLIENT],
    outfile: path.join(outDir, CLIENT_PATH),
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    legalComments: "none",
    logLevel: "silent",
  });
}
