import { describe, expect, it } from "vitest";
import { searchDocument } from "../../../engine/search/documents.ts";
import { buildSite, type NamedPage } from "../../../engine/site/model.ts";
import { validateArchive } from "../../../engine/model/validate.ts";
import { resolveSiteConfig } from "../../../engine/site/config.ts";
import { ROOT } from "../../support/sites.ts";
import { base, files } from "../../support/records.ts";

async function page(id: string, change?: (r: Record<string, any>) => void) {
  const records = base();
  const r = records.find((x) => x.id === id)!;
  change?.(r);
  const { archive, problems } = await validateArchive(ROOT, files(...records));
  if (!archive) throw new Error(JSON.stringify(problems));
  const site = buildSite(archive, resolveSiteConfig({ title: "T", description: "D", url: "https://x.example", pathPrefix: "/archive/" }, {}));
  return site.pages.find((p) => p.id === id) as NamedPage;
}

describe("searchDocument", () => {
  it("gives the preferred name the highest weight and the page's prefixed address", async () => {
    const doc = searchDocument(await page("adilgazy-muqai"), "en");
    expect(doc.url).toBe("/archive/people/adilgazy-muqai/");
    expect(doc.content).toContain('<h1 data-pagefind-meta="title" data-pagefind-weight="10">Adilgazy Muqai</h1>');
  });

  it("indexes generated spellings, in Latin and Cyrillic", async () => {
    const doc = searchDocument(await page("adilgazy-muqai"), "en");
    for (const variant of ["mukai", "muqay", "мукай", "adilghazy"]) expect(doc.content).toContain(variant);
  });

  it("carries kind and status as filters and the names as meta, none of them as indexed words", async () => {
    const doc = searchDocument(await page("adilgazy-muqai"), "en");
    expect(doc.content).toContain('<span data-pagefind-filter="kind:person"></span>');
    expect(doc.content).toContain('<span data-pagefind-filter="status:sentenced"></span>');
    expect(doc.content).toContain('<span data-pagefind-meta="names:Adilgazy Muqai"></span>');
  });

  it("escapes what it puts into markup", async () => {
    const doc = searchDocument(await page("bikamal-kaken", (r) => (r.description = 'A <b>"bold"</b> & risky line.')), "en");
    expect(doc.content).toContain("A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp; risky line.");
    expect(doc.content).not.toContain("<b>");
  });

  it("leaves withheld other names out of the document", async () => {
    const doc = searchDocument(await page("bikamal-kaken", (r) => (r.otherNames = [{ name: "Secretova", lang: "kk-Latn", visibility: "withheld" }])), "en");
    expect(doc.content.toLowerCase()).not.toContain("secretova");
    expect(doc.content).not.toContain("sekretova");
  });
});
