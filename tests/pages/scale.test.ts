/**
 * A synthetic archive of 1,500 records (engine/synthetic/, always the same for its seed) has hub
 * records — a consulate that hundreds of facts mention, a source that hundreds of claims quote — which
 * the real content does not have yet. Built here, every record page still fits the first-load budget,
 * and every link, including those into the pages that continue long sections, resolves.
 */
import path from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { generateArchive } from "../../engine/synthetic/archive.ts";
import { writeArchive } from "../../engine/synthetic/write.ts";
import { runBuild } from "../support/cli.ts";
import { SITES_DIR } from "../support/sites.ts";
import { brokenLinks, builtPages, isRecordPage, type BuiltPage } from "./read-site.ts";

const ARCHIVE = path.join(SITES_DIR, "scale-archive");
const OUT = path.join(SITES_DIR, "scale");

let pages: BuiltPage[];
beforeAll(() => {
  writeArchive(ARCHIVE, generateArchive({ n: 1500, seed: 3 }));
  const result = runBuild(["--archive", ARCHIVE, "--out", OUT]);
  if (result.status !== 0) throw new Error(`Building the synthetic archive failed:\n${result.stderr || result.stdout}`);
  pages = builtPages(OUT);
}, 300_000);

describe("a synthetic archive of 1,500 records", () => {
  it("has hubs whose long sections continue on pages of their own", () => {
    expect(pages.filter((p) => /\/mentions\/$/.test(p.path)).length).toBeGreaterThan(0);
    expect(pages.filter((p) => /\/excerpts\/\d+\/$/.test(p.path)).length).toBeGreaterThan(0);
  });

  it("keeps every record page's first load within 14 KB gzipped", () => {
    const over = pages.filter((p) => isRecordPage(p.path)).map((p) => [p.path, gzipSync(p.html).length] as const).filter(([, bytes]) => bytes > 14 * 1024);
    expect(over).toEqual([]);
  });

  it("resolves every internal link and anchor", () => {
    const { broken, checked } = brokenLinks(pages, "/");
    expect(checked).toBeGreaterThan(10_000);
    expect(broken).toEqual([]);
  });
});
