/**
 * Hub records — a country that many facts mention, a source that many claims quote — and long A–Z
 * lists: their pages show the first items and continue on pages of their own, so that every record
 * page stays within its byte budget however large the archive grows.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { validateArchive } from "../../../engine/model/validate.ts";
import { extractBody } from "../../../engine/model/quote.ts";
import { resolveSiteConfig } from "../../../engine/site/config.ts";
import { buildSite, EXCERPTS_PER_PAGE, INLINE_LIMIT, LIST_LIMIT, PER_PAGE, type NamedPage, type Site, type SourcePage } from "../../../engine/site/model.ts";
import * as fixtures from "../../support/records.ts";
import { files, SOURCE_ID } from "../../support/records.ts";
import { ROOT } from "../../support/sites.ts";

type R = Record<string, any>;
const source = (): R => fixtures.source();

/** Distinct runs of five words from the source's own text: as many quotes as a test needs. */
function quotes(count: number): string[] {
  const s = source();
  const text = readFileSync(path.join(ROOT, s.seed.file), "utf8");
  const words = extractBody(text, s.seed.bodyStart, s.seed.bodyEnd).body.split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; out.size < count && i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(" "));
  if (out.size < count) throw new Error(`the seed has only ${out.size} runs of five words`);
  return [...out];
}

/** `n` people, each with one claim in Kazakhstan citing its own quote (or a shared one). */
function people(n: number, quoteOf: (i: number) => string): R[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: "person",
    id: `person-${String(i).padStart(3, "0")}`,
    updated: "2026-11-27",
    name: `Person ${String(i).padStart(3, "0")}`,
    description: "A person in a test.",
    claims: [{ id: "moved", type: "move", text: "Moved to Kazakhstan.", date: `${2000 + (i % 20)}`, place: "kazakhstan", citations: [{ source: SOURCE_ID, quote: quoteOf(i) }] }],
  }));
}

async function siteOf(records: R[]): Promise<Site> {
  const { archive, problems } = await validateArchive(ROOT, files(...records));
  expect(problems).toEqual([]);
  return buildSite(archive!, resolveSiteConfig({ title: "Test", description: "A test.", url: "https://example.org", pathPrefix: "/" }, {}));
}

describe("a record that many facts mention", () => {
  const n = INLINE_LIMIT + PER_PAGE + 5;
  let site: Site;
  beforeAll(async () => {
    site = await siteOf([source(), fixtures.kazakhstan(), ...people(n, () => "a retired oil worker")]);
  });

  it(`shows the first ${INLINE_LIMIT} on its page, with a link to all of them`, () => {
    const page = site.pages.find((p) => p.id === "kazakhstan") as NamedPage;
    expect(page.mentions).toHaveLength(INLINE_LIMIT);
    expect(page.mentionsMore).toEqual({ href: "/places/kazakhstan/mentions/", count: n });
    expect(page.notes).toHaveLength(1);
  });

  it("lists every mention on pages of their own, in pages that link to each other and back", () => {
    const more = site.more.filter((m) => m.record.id === "kazakhstan");
    expect(more.map((m) => [m.url, m.claims.length, m.prev, m.next])).toEqual([
      ["/places/kazakhstan/mentions/", PER_PAGE, undefined, "/places/kazakhstan/mentions/2/"],
      ["/places/kazakhstan/mentions/2/", n - PER_PAGE, "/places/kazakhstan/mentions/", undefined],
    ]);
    expect(more[0]!.up).toBe("/places/kazakhstan/#mentions");
    expect(more[1]!.title).toBe("In other records: Kazakhstan (page 2 of 2)");
    // Each page numbers its own notes; the one shared quote is note 1 on both.
    for (const m of more) expect(m.notes.map((x) => x.n)).toEqual([1]);
    expect(site.sitemap.map((s) => s.loc)).toContain("https://example.org/places/kazakhstan/mentions/2/");
  });

  it("shows them all on the record page when there are no more than the limit", async () => {
    const small = await siteOf([source(), fixtures.kazakhstan(), ...people(INLINE_LIMIT, () => "a retired oil worker")]);
    const page = small.pages.find((p) => p.id === "kazakhstan") as NamedPage;
    expect(page.mentions).toHaveLength(INLINE_LIMIT);
    expect(page).not.toHaveProperty("mentionsMore");
    expect(small.more).toEqual([]);
  });
});

describe("a source that many claims quote", () => {
  const n = EXCERPTS_PER_PAGE + 7;
  let site: Site;
  let list: string[];
  beforeAll(async () => {
    list = quotes(n);
    site = await siteOf([source(), fixtures.kazakhstan(), ...people(n, (i) => list[i]!)]);
  });

  it(`shows the first ${EXCERPTS_PER_PAGE} excerpts on its page and the rest on the next`, () => {
    const page = site.pages.find((p) => p.kind === "source") as SourcePage;
    expect(page.excerpts).toHaveLength(EXCERPTS_PER_PAGE);
    expect(page.excerptsMore).toEqual({ href: `/sources/${SOURCE_ID}/excerpts/2/`, count: n });
    const next = site.more.find((m) => m.section === "excerpts")!;
    expect(next).toMatchObject({ url: `/sources/${SOURCE_ID}/excerpts/2/`, page: 2, pages: 2, prev: `/sources/${SOURCE_ID}/` });
    expect(next.excerpts).toHaveLength(n - EXCERPTS_PER_PAGE);
  });

  it("points each note at the page where its excerpt is shown", () => {
    const next = site.more.find((m) => m.section === "excerpts")!;
    const moved = new Set(next.excerpts.map((e) => e.anchor));
    // Each person's page cites its own quote once.
    const notes = site.pages.filter((p) => p.kind === "person").flatMap((p) => p.notes);
    expect(notes).toHaveLength(n);
    const later = notes.filter((note) => moved.has(note.href.split("#")[1]!));
    expect(later.length).toBe(moved.size);
    for (const note of later) expect(note.href.startsWith(`/sources/${SOURCE_ID}/excerpts/2/#`)).toBe(true);
    for (const note of site.pages.flatMap((p) => p.notes).filter((x) => !moved.has(x.href.split("#")[1]!))) expect(note.href.startsWith(`/sources/${SOURCE_ID}/#`)).toBe(true);
  });
});

describe("a long A–Z list", () => {
  it(`gives each letter a page of its own past ${LIST_LIMIT} entries`, async () => {
    const many = Array.from({ length: LIST_LIMIT + 1 }, (_, i) => ({
      kind: "person",
      id: `someone-${i}`,
      updated: "2026-11-27",
      name: `${i % 2 ? "Aigerim" : "Bolat"} ${i}`,
      description: "A person in a test.",
    }));
    const site = await siteOf([source(), fixtures.kazakhstan(), ...many]);
    const people = site.lists.find((l) => l.kind === "person")!;
    expect(people.groups).toEqual([]);
    expect(people.letters.map((l) => [l.letter, l.href, l.count])).toEqual([
      ["A", "/people/letter-a/", Math.floor((LIST_LIMIT + 1) / 2)],
      ["B", "/people/letter-b/", Math.ceil((LIST_LIMIT + 1) / 2)],
    ]);
    const b = site.letterPages.find((l) => l.url === "/people/letter-b/")!;
    expect(b.groups.map((g) => g.letter)).toEqual(["B"]);
    expect(b.letters.find((l) => l.letter === "B")?.current).toBe(true);
    expect(site.lists.find((l) => l.kind === "place")!.groups.map((g) => g.letter)).toEqual(["K"]);
  });

});
