/**
 * The search index, built with Pagefind's Node API inside the build: a failure fails the build.
 * https://pagefind.app/docs/node-api/
 */
import * as pagefind from "pagefind";
import type { Site } from "../site/model.ts";

export async function indexSite(outDir: string, _site: Site): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
