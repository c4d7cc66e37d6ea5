/**
 * The site model on small archives: each test builds a few records (from tests/support/records.ts),
 * validates them as the build does, and reads what the pages will show.
 */
import { describe, expect, it } from "vitest";
import { validateArchive } from "../../../engine/model/validate.ts";
import { ContentError } from "../../../engine/model/problems.ts";
import { resolveSiteConfig } from "../../../engine/site/config.ts";
import { buildSite, statusSummary, type NamedPage, type Site, type SourcePage } from "../../../engine/site/model.ts";
import * as fixtures from "../../support/records.ts";
import { files, SOURCE_ID } from "../../support/records.ts";
import { ROOT } from "../../support/sites.ts";

type R = Record<string, any>;

// The shared builders, loosely typed so that each test can change any field.
const source = (): R => fixtures.source();
const kaken = (): R => fixtures.kaken();
const muqai = (): R => fixtures.muqai();
const kazakhstan = (): R => fixtures.kazakhstan();

async function siteOf(records: R[], pathPrefix = "/"): Promise<Site> {
  const { archive, problems } = await validateArchive(ROOT, files(...records));
  expect(problems).toEqual([]);
  const config = resolveSiteConfig({ title: "Test Archive", description: "A test.", url: "https://example.org", pathPrefix }, {});
  return buildSite(archive!, config);
}

const page = (site: Site, id: string) => site.pages.find((p) => p.id === id) as NamedPage;
const cite = (quote: string) => [{ source: SOURCE_ID, quote }];

const uzynagash = () => ({
  kind: "place",
  id: "uzynagash",
  updated: "2026-11-27",
  name: "Uzynagash",
  description: "Provincial town in Kazakhstan.",
  relations: [{ id: "in-kazakhstan", type: "located-in", to: "kazakhstan", citations: cite("the provincial town of Uzynagash") }],
});

describe("citation numbering", () => {
  it("numbers citations in the order the page shows them, and a quote cited twice keeps its first number", async () => {
    const m = muqai();
    m.claims = [
      { id: "occupation", type: "occupation", text: "Retired oil worker.", citations: cite("a retired oil worker") },
      { id: "lured", type: "event", text: "Lured back.", date: "2017-05", citations: cite("lured back to his native region") },
      { id: "age", type: "age", age: 47, text: "Aged 47.", date: "2016", citations: [...cite("47-year-old Muqai"), ...cite("a  retired oil worker")] },
    ];
    m.relations = [];
    const p = page(await siteOf([source(), kaken(), m, kazakhstan()]), "adilgazy-muqai");
    // Undated facts come first, then the timeline in date order: occupation, age (2016), lured (2017),
    // whereas the record lists lured before age. The repeated quote differs only in its spacing.
    expect(p.facts.map((c) => [c.anchor, c.notes.map((n) => n.n)])).toEqual([["occupation", [1]]]);
    expect(p.timeline.map((c) => [c.anchor, c.notes.map((n) => n.n)])).toEqual([
      ["age", [2, 1]],
      ["lured", [3]],
    ]);
    expect(p.notes.map((n) => [n.n, n.quote])).toEqual([
      [1, "a retired oil worker"],
      [2, "47-year-old Muqai"],
      [3, "lured back to his native region"],
    ]);
  });

  it("links each number to its note, and each note to the quote on the source page and to the original", async () => {
    const p = page(await siteOf([source(), kaken(), muqai(), kazakhstan()]), "adilgazy-muqai");
    const note = p.notes[0]!;
    expect(p.accounts.length + p.facts.length + p.timeline.length).toBeGreaterThan(0);
    expect(note.anchor).toBe("note-1");
    expect(note.href).toMatch(new RegExp(`^/sources/${SOURCE_ID}/#q-[0-9a-f]{10}$`));
    expect(note.originalHref.startsWith(source().url + "#:~:text=")).toBe(true);
    expect(p.relations[0]!.notes).toEqual([{ n: expect.any(Number), href: expect.stringMatching(/^#note-\d+$/) }]);
  });
});

describe("relations on a page", () => {
  it("shows a relation written on one record on the other record's page, with the inverse label", async () => {
    const site = await siteOf([source(), kaken(), muqai(), kazakhstan(), uzynagash()]);
    const inner = page(site, "uzynagash").relations;
    const outer = page(site, "kazakhstan").relations;
    expect(inner).toEqual([expect.objectContaining({ anchor: "in-kazakhstan", label: "Located in", derived: false, other: expect.objectContaining({ id: "kazakhstan" }) })]);
    expect(outer).toEqual([expect.objectContaining({ anchor: "from-uzynagash-in-kazakhstan", label: "Contains:", derived: true, other: expect.objectContaining({ id: "uzynagash" }) })]);
  });

  it("phrases the holder's role for each side: “as husband” on his page, “husband” on hers", async () => {
    const site = await siteOf([source(), kaken(), muqai(), kazakhstan()]);
    expect(page(site, "adilgazy-muqai").relations[0]).toMatchObject({ label: "Spouse:", role: "as husband", other: { id: "bikamal-kaken" } });
    expect(page(site, "bikamal-kaken").relations[0]).toMatchObject({ label: "Spouse:", role: "husband", other: { id: "adilgazy-muqai" } });
  });

  it("places a place inside the places that contain it, outermost first", async () => {
    const site = await siteOf([source(), kaken(), muqai(), kazakhstan(), uzynagash()]);
    expect(page(site, "uzynagash").within.map((l) => l.id)).toEqual(["kazakhstan"]);
    expect(page(site, "kazakhstan").within).toEqual([]);
  });
});

describe("what a person's page leads with", () => {
  it("summarises the status from the latest status claim, with who asserts it and when it was reported", async () => {
    const p = page(await siteOf([source(), kaken(), muqai(), kazakhstan()]), "adilgazy-muqai");
    expect(p.status).toEqual({ status: "sentenced", summary: "Sentenced to nine years on extremism charges, according to Bikamal Kaken (reported 2020).", href: "#sentenced" });
    expect(p.statuses).toEqual(["sentenced"]);
  });

  it("does not say twice who asserts a status when the claim's words already say it", () => {
    expect(statusSummary("Sentenced, according to China's ambassador.", "Zhang Xiao", "2020")).toBe("Sentenced, according to China's ambassador (reported 2020).");
    expect(statusSummary("Zhang Xiao said he was sentenced.", "Zhang Xiao", undefined)).toBe("Zhang Xiao said he was sentenced.");
    expect(statusSummary("Detained", "rights groups", "2019")).toBe("Detained, according to rights groups (reported 2019).");
  });

  it("puts differing accounts side by side, even when they are written on different records", async () => {
    const m = muqai();
    m.claims[0].topic = "guilt";
    const k = kaken();
    k.claims.push({ id: "innocent", type: "statement", text: "Insists he is innocent.", topic: "guilt", involves: ["adilgazy-muqai"], citations: cite("insists her husband is innocent") });
    const site = await siteOf([source(), k, m, kazakhstan()]);
    const his = page(site, "adilgazy-muqai");
    const hers = page(site, "bikamal-kaken");
    expect(his.accounts.map((g) => g.accounts.map((c) => c.anchor))).toEqual([["sentenced", "from-bikamal-kaken-innocent"]]);
    expect(hers.accounts.map((g) => g.accounts.map((c) => c.anchor))).toEqual([["innocent", "from-adilgazy-muqai-sentenced"]]);
    // Shown among the accounts, not again among the mentions or the timeline.
    expect(his.mentions.map((c) => c.anchor)).not.toContain("from-bikamal-kaken-innocent");
    expect([...his.facts, ...his.timeline].map((c) => c.anchor)).not.toContain("sentenced");
    expect(his.status?.disputedHref).toBe("#accounts");
    expect(his.accounts[0]!.accounts[1]!.on?.href).toBe("/people/bikamal-kaken/#innocent");
  });

  it("does not treat claims sharing a topic as differing accounts when one voice gives them all", async () => {
    const m = muqai();
    m.claims[0].topic = "guilt";
    m.claims.push({ id: "occupation", type: "occupation", text: "Oil worker.", topic: "guilt", assertedBy: "bikamal-kaken", citations: cite("a retired oil worker") });
    const p = page(await siteOf([source(), kaken(), m, kazakhstan()]), "adilgazy-muqai");
    expect(p.accounts).toEqual([]);
  });
});

describe("only what is public", () => {
  it("leaves withheld claims, names and relations out of the model entirely", async () => {
    const m = muqai();
    m.claims.push({ id: "secret", type: "event", text: "Quixotic Zanzibar happening.", visibility: "withheld", citations: cite("a retired oil worker") });
    m.otherNames = [{ name: "Xylophonic Alias", lang: "en", visibility: "withheld" }];
    m.relations[0].visibility = "withheld";
    const site = await siteOf([source(), kaken(), m, kazakhstan()]);
    const text = JSON.stringify(site);
    expect(text).not.toContain("Zanzibar");
    expect(text).not.toContain("Xylophonic");
    expect(page(site, "bikamal-kaken").relations).toEqual([]);
    expect(page(site, "adilgazy-muqai").relations).toEqual([]);
  });

  it("publishes no page, link or excerpt for a withheld record", async () => {
    const k = kaken();
    k.visibility = "withheld";
    k.claims.forEach((c: R) => delete c.visibility);
    const m = muqai();
    m.relations = [];
    delete m.claims[0].assertedBy;
    const site = await siteOf([source(), k, m, kazakhstan()]);
    expect(site.pages.map((p) => p.id)).not.toContain("bikamal-kaken");
    expect(JSON.stringify(site)).not.toContain("bikamal-kaken");
    expect(JSON.stringify(site)).not.toContain("44-year-old Kaken");
  });
});

describe("anchors and addresses", () => {
  it("gives each excerpt on a source page an anchor and links back to every claim that cites it", async () => {
    const site = await siteOf([source(), kaken(), muqai(), kazakhstan()]);
    const src = site.pages.find((p) => p.kind === "source") as SourcePage;
    const muqaiPage = page(site, "adilgazy-muqai");
    for (const note of muqaiPage.notes) expect(src.excerpts.map((e) => `${src.href}#${e.anchor}`)).toContain(note.href);
    const sentence = src.excerpts.find((e) => e.quote.startsWith("Muqai was sentenced"))!;
    expect(sentence.citedBy).toEqual([{ link: expect.objectContaining({ id: "adilgazy-muqai" }), anchor: "sentenced", href: "/people/adilgazy-muqai/#sentenced", what: "sentence" }]);
    expect(src.citedBy.map((l) => l.id)).toEqual(["adilgazy-muqai", "bikamal-kaken"]);
  });

  it("puts the path prefix on every link and the site address on every permanent URL", async () => {
    const m = muqai();
    m.formerIds = ["muqai-adilgazy"];
    const site = await siteOf([source(), kaken(), m, kazakhstan()], "/archive/");
    const hrefs = [...JSON.stringify(site).matchAll(/"(?:href|to)":"([^"]*)"/g)].map((x) => x[1]!);
    expect(hrefs.length).toBeGreaterThan(10);
    for (const h of hrefs) expect(h.startsWith("/archive/") || h.startsWith("#")).toBe(true);
    expect(page(site, "adilgazy-muqai").canonical).toBe("https://example.org/archive/people/adilgazy-muqai/");
    expect(site.redirects).toEqual([expect.objectContaining({ url: "/people/muqai-adilgazy/", to: "/archive/people/adilgazy-muqai/", head: expect.objectContaining({ noindex: true, refresh: "/archive/people/adilgazy-muqai/" }) })]);
  });

  it("lists each record page in the sitemap once, and no former id", async () => {
    const m = muqai();
    m.formerIds = ["muqai-adilgazy"];
    const site = await siteOf([source(), kaken(), m, kazakhstan()]);
    const locs = site.sitemap.map((s) => s.loc);
    expect(new Set(locs).size).toBe(locs.length);
    for (const p of site.pages) expect(locs).toContain(p.canonical);
    expect(locs.some((l) => l.includes("muqai-adilgazy"))).toBe(false);
  });
});

describe("names in other languages and scripts", () => {
  it("marks an Arabic-script name right to left, and gives a name in another language its tag", async () => {
    const k = kaken();
    k.otherNames = [
      { name: "بىكامال كاكەن", lang: "ug-Arab" },
      { name: "Бикамал Кәкен", lang: "kk-Cyrl" },
    ];
    const p = page(await siteOf([source(), k, muqai(), kazakhstan()]), "bikamal-kaken");
    expect(p.otherNames).toEqual([
      { name: "بىكامال كاكەن", lang: "ug-Arab", dir: "rtl" },
      { name: "Бикамал Кәкен", lang: "kk-Cyrl" },
    ]);
    expect(p.jsonLd).toMatchObject({ "@type": "Person", alternateName: ["بىكامال كاكەن", "Бикамал Кәкен"] });
  });

  it("leaves the language off links whose name is in the site's own language", async () => {
    const p = page(await siteOf([source(), kaken(), muqai(), kazakhstan()]), "adilgazy-muqai");
    expect(p.relations[0]!.other).not.toHaveProperty("lang");
    expect(p.lang).toBe("en");
  });
});

describe("what goes in the head", () => {
  it("titles a record page with its name and the archive's, and describes it in its own words", async () => {
    const site = await siteOf([source(), kaken(), muqai(), kazakhstan()]);
    expect(page(site, "adilgazy-muqai").head).toMatchObject({
      title: "Adilgazy Muqai — Test Archive",
      description: muqai().description,
      canonical: "https://example.org/people/adilgazy-muqai/",
      ogType: "profile",
    });
    expect(site.notFound.head).toMatchObject({ noindex: true });
    expect(site.notFound.head).not.toHaveProperty("canonical");
  });

  it("carries a Content-Security-Policy that names the stylesheet's hash", async () => {
    const site = await siteOf([source(), kaken(), muqai(), kazakhstan()]);
    expect(site.csp).toContain(`style-src ${site.style.hash}`);
    expect(site.csp.startsWith("default-src 'none'")).toBe(true);
  });
});
