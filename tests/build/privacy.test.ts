/**
 * Withheld records, names, claims, relations and sources never reach any output file: pages, lists,
 * sitemap, redirects, exports, and the search index (decompressed). Runs over the privacy fixture,
 * whose withheld parts are full of distinctive words, and over the real archive.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../engine/build/archive.ts";
import type { Record as ArchiveRecord } from "../../engine/model/schema.ts";
import { words } from "../../engine/search/skeleton.ts";
import { listFiles, readText } from "../support/output.ts";
import { ROOT, SITES } from "../support/sites.ts";

/** The texts of everything withheld, and of everything public, in an archive. */
function partition(records: ArchiveRecord[]): { secret: string[]; open: string[] } {
  const secret: string[] = [];
  const open: string[] = [];
  for (const r of records) {
    const bin = (visibility?: string) => ((visibility ?? r.visibility) === "withheld" || r.visibility === "withheld" ? secret : open);
    if (r.kind === "source") {
      bin().push(r.title, r.publisher, r.url);
      continue;
    }
    bin().push(r.name, r.description, r.id);
    for (const n of r.otherNames) bin(n.visibility).push(n.name);
    for (const c of r.claims) bin(c.visibility).push(c.text, ...c.citations.map((q) => q.quote), ...(typeof c.assertedBy === "string" ? [] : [c.assertedBy?.label ?? ""]));
    for (const rel of r.relations) bin(rel.visibility).push(rel.role ?? "", ...rel.citations.map((q) => q.quote));
  }
  return { secret, open };
}

/**
 * Distinctive words of withheld text: names and other capitalised words, words in other scripts, and
 * ids, that no public text contains. Any of them in an output file is a leak.
 */
function canaries(records: ArchiveRecord[]): string[] {
  const { secret, open } = partition(records);
  const publicWords = new Set(open.flatMap((t) => words(t)).map((w) => w.toLowerCase()));
  const out = new Set<string>();
  // A capital at the start of a sentence says nothing: those first words are skipped, except in names
  // (which are short and have no sentence punctuation: every word of them counts).
  const sentences = secret.flatMap((t) => t.split(/[.!?:;]\s+/)).map((t) => (/\s/.test(t) && words(t).length > 3 ? words(t).slice(1) : words(t)));
  for (const list of sentences) {
    for (const w of list) {
      const distinctive = /^\p{Lu}/u.test(w) || /[^\p{Script=Latin}\d]/u.test(w);
      if (w.length >= 4 && distinctive && !publicWords.has(w.toLowerCase())) out.add(w.toLowerCase());
    }
  }
  return [...out].sort();
}

function leaks(outDir: string, secrets: string[]): string[] {
  const found: string[] = [];
  for (const file of listFiles(outDir)) {
    const text = readText(path.join(outDir, file)).toLowerCase();
    for (const s of secrets) if (text.includes(s)) found.push(`${file}: "${s}"`);
  }
  return found;
}

describe("withheld data in the privacy fixture", () => {
  let secrets: string[];
  beforeAll(async () => {
    const { archive } = await loadArchive({ root: ROOT, archiveRoot: SITES.privacy.archiveRoot, env: {} });
    secrets = canaries(archive.records);
  });

  it("has distinctive withheld words to look for", () => {
    // The fixture's withheld record, names, claims, relation and source each bring their own words.
    expect(secrets).toEqual(expect.arrayContaining(["hiddenova", "aruzhan", "gulnar", "secretname", "qyzyltal", "bekzat", "undisclosed", "zephyrine", "velvetmoor", "glimmerholt", "аружан"]));
  });

  it("builds the public records and the search index", () => {
    const files = listFiles(SITES.privacy.outDir);
    expect(files).toContain("people/daulet-example/index.html");
    expect(files.some((f) => f.startsWith("pagefind/") && f.endsWith(".pf_fragment"))).toBe(true);
  });

  it("publishes no withheld word in any file, the search index included", () => {
    expect(leaks(SITES.privacy.outDir, secrets)).toEqual([]);
  });

  it("gives withheld records no page and no anchor", () => {
    const files = listFiles(SITES.privacy.outDir);
    expect(files.filter((f) => /aruzhan|bekzat|confidential/.test(f))).toEqual([]);
    const daulet = readText(path.join(SITES.privacy.outDir, "people/daulet-example/index.html"));
    expect(daulet).not.toMatch(/id="(held-at|moved)"/);
  });

  it("would catch a leak: the check finds a withheld word planted in a copy of the output", async () => {
    const { cp, writeFile } = await import("node:fs/promises");
    const copy = path.join(ROOT, "tmp", "privacy-leak-check");
    await cp(SITES.privacy.outDir, copy, { recursive: true });
    await writeFile(path.join(copy, "people/daulet-example/index.html"), "<p>Her daughter Aruzhan</p>", { flag: "a" });
    expect(leaks(copy, secrets)).toEqual(['people/daulet-example/index.html: "aruzhan"']);
  });
});

describe("withheld data in the real archive", () => {
  it("publishes no withheld word in any file", async () => {
    const { archive } = await loadArchive({ root: ROOT, env: {} });
    const secrets = canaries(archive.records);
    expect(leaks(SITES.real.outDir, secrets)).toEqual([]);
  });
});
