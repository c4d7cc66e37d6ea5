/**
 * The synthetic archive generator (engine/synthetic/), at a small size: the same seed always gives the
 * same files, the archive passes the full validation, the real build command builds it, every public
 * record gets its page, and nothing withheld reaches any output file (Pagefind's compressed files
 * included). Correctness only: the benchmark measures speed.
 */
import { existsSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { generateArchive, split, type SyntheticArchive } from "../../../engine/synthetic/archive.ts";
import { archiveFiles, writeArchive } from "../../../engine/synthetic/write.ts";
import { loadContent } from "../../../engine/model/load.ts";
import { validateArchive } from "../../../engine/model/validate.ts";
import { parseDate } from "../../../engine/model/dates.ts";
import { KIND_PATHS } from "../../../engine/site/model.ts";
import { runBuild } from "../../support/cli.ts";
import { ROOT } from "../../support/sites.ts";

const N = 80;
const SEED = 1;
const WORK = path.join(ROOT, "tmp", "synthetic-test");
const ARCHIVE = path.join(WORK, "archive");
const OUT = path.join(WORK, "site");

let archive: SyntheticArchive;

beforeAll(async () => {
  await rm(WORK, { recursive: true, force: true });
  archive = generateArchive({ n: N, seed: SEED });
  writeArchive(ARCHIVE, archive);
});

/** Every file below a folder, as text; gzip files (Pagefind's index, fragments, wasm) are read unpacked. */
async function outputTexts(dir: string): Promise<{ file: string; text: string }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out: { file: string; text: string }[] = [];
  for (const e of entries) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    let bytes = await readFile(file);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    out.push({ file: path.relative(dir, file), text: bytes.toString("utf8") });
  }
  return out;
}

describe("generateArchive", () => {
  it("gives the same files for the same seed, and other files for another seed", () => {
    const again = archiveFiles(generateArchive({ n: N, seed: SEED }));
    expect(again).toEqual(archiveFiles(archive));
    expect(archiveFiles(generateArchive({ n: N, seed: SEED + 1 }))).not.toEqual(again);
  });

  it("makes exactly n records, split across people, places, organizations and sources", () => {
    const counts = split(N);
    const kinds = (kind: string) => archive.records.filter((r) => r.kind === kind).length;
    expect(archive.records).toHaveLength(N);
    expect(kinds("source")).toBe(counts.sources);
    expect(kinds("place")).toBe(counts.places);
    expect(kinds("organization")).toBe(counts.organizations);
    expect(kinds("person")).toBe(counts.people);
    expect(new Set(archive.records.map((r) => r.id)).size).toBe(N);
  });

  it("writes names in Latin, Cyrillic, Uyghur Arabic script and Chinese, and imprecise EDTF dates", () => {
    const langs = new Set(archive.records.flatMap((r) => (r.kind === "source" ? [] : (r.otherNames ?? []).map((n) => n.lang))));
    for (const lang of ["kk-Cyrl", "ug-Arab", "zh-Hans", "en"]) expect(langs).toContain(lang);
    const dates = archive.records.flatMap((r) => (r.kind === "source" ? [] : [...(r.claims ?? []), ...(r.relations ?? [])].flatMap((c) => (c.date ? [c.date] : []))));
    expect(dates.every((d) => parseDate(d).ok)).toBe(true);
    expect(dates.some((d) => /^\d{4}$/.test(d))).toBe(true);
    expect(dates.some((d) => /^\d{4}-\d{2}$/.test(d))).toBe(true);
    expect(dates.some((d) => d.includes("/"))).toBe(true);
    expect(dates.some((d) => /[~?]$|-(2\d|3\d|4[01])$|X$/.test(d))).toBe(true);
  });

  it("withholds records, claims, relations, names and a source, so that the privacy check has something to find", () => {
    const named = archive.records.filter((r) => r.kind !== "source");
    expect(archive.withheld.records.some((r) => r.kind === "person")).toBe(true);
    expect(archive.withheld.records.some((r) => r.kind === "source")).toBe(true);
    expect(named.some((r) => r.visibility !== "withheld" && r.claims?.some((c) => c.visibility === "withheld"))).toBe(true);
    expect(named.some((r) => r.visibility !== "withheld" && r.relations?.some((c) => c.visibility === "withheld"))).toBe(true);
    expect(named.some((r) => r.visibility !== "withheld" && r.otherNames?.some((c) => c.visibility === "withheld"))).toBe(true);
  });

  it("passes the full validation: shapes, references, seed hashes, every quote in its source, no withheld name in public text", async () => {
    const { files, problems } = await loadContent(ARCHIVE);
    expect(problems).toEqual([]);
    expect(files).toHaveLength(N);
    const validated = await validateArchive(ARCHIVE, files);
    expect(validated.problems).toEqual([]);
    expect(validated.archive?.texts.size).toBe(split(N).sources);
  });
});

describe("the build of a synthetic archive", () => {
  let texts: { file: string; text: string }[];
  beforeAll(async () => {
    const result = runBuild(["--archive", ARCHIVE, "--out", OUT]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    texts = await outputTexts(OUT);
  }, 180_000);

  it("gives every public record its page", () => {
    const missing = archive.records.filter((r) => r.visibility !== "withheld" && !existsSync(path.join(OUT, KIND_PATHS[r.kind], r.id, "index.html")));
    expect(missing.map((r) => r.id)).toEqual([]);
  });

  it("writes no page for a withheld record", () => {
    const written = archive.withheld.records.filter((r) => existsSync(path.join(OUT, KIND_PATHS[r.kind], r.id)));
    expect(written).toEqual([]);
  });

  it("can see names inside every kind of output file: a public name is in the pages and in Pagefind's unpacked fragments", () => {
    const having = texts.filter((t) => t.text.includes(archive.query)).map((t) => t.file);
    expect(having.some((f) => f.endsWith(".html"))).toBe(true);
    expect(having.some((f) => f.startsWith("pagefind/fragment/"))).toBe(true);
  });

  it("puts no withheld record's address or id, and no withheld name, in any output file", () => {
    expect(archive.withheld.names.length).toBeGreaterThan(0);
    const leaks: string[] = [];
    for (const { file, text } of texts) {
      const lower = text.toLowerCase();
      for (const r of archive.withheld.records) {
        if (text.includes(`/${KIND_PATHS[r.kind]}/${r.id}/`) || text.includes(`"${r.id}"`)) leaks.push(`${file}: ${r.kind} ${r.id}`);
      }
      for (const name of archive.withheld.names) if (lower.includes(name.toLowerCase())) leaks.push(`${file}: "${name}"`);
    }
    expect(leaks).toEqual([]);
  });
});
