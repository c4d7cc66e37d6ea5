import { describe, expect, it } from "vitest";
import { validateArchive } from "../../../engine/model/validate.ts";
import { ROOT } from "../../support/sites.ts";
import { base, files, kaken, muqai, SOURCE_ID, source } from "../../support/records.ts";

const validate = (...records: Record<string, any>[]) => validateArchive(ROOT, files(...records));

/** Replaces the record with the given id in the base archive by `change(record)`. */
function withChange(id: string, change: (r: Record<string, any>) => void) {
  return base().map((r) => {
    if (r.id !== id) return r;
    const copy = structuredClone(r);
    change(copy);
    return copy;
  });
}

describe("validateArchive", () => {
  it("accepts a valid archive and returns every record", async () => {
    const { archive, problems } = await validate(...base());
    expect(problems).toEqual([]);
    expect(archive?.records.map((r) => r.id).sort()).toEqual(["adilgazy-muqai", "bikamal-kaken", SOURCE_ID, "kazakhstan"].sort());
  });

  it("reports an unknown field with the closest known one", async () => {
    const { problems } = await validate(...withChange("bikamal-kaken", (r) => (r.descripton = "typo")));
    expect(problems).toEqual([
      { file: "content/people/bikamal-kaken.ts", path: "descripton", message: 'unknown field "descripton"', fix: 'did you mean "description"? Otherwise remove it.' },
    ]);
  });

  it("reports an unknown field inside a claim with the claim's fields", async () => {
    const { problems } = await validate(...withChange("bikamal-kaken", (r) => (r.claims[0].quote = "x")));
    expect(problems).toEqual([
      {
        file: "content/people/bikamal-kaken.ts",
        path: "claims[0].quote",
        message: 'unknown field "quote"',
        fix: "remove it; the fields allowed here are: id, type, text, date, dateInferred, place, assertedBy, involves, topic, sentence, age, citations, visibility",
      },
    ]);
  });

  it("reports a missing required field", async () => {
    const { problems } = await validate(...withChange("bikamal-kaken", (r) => delete r.description));
    expect(problems).toEqual([{ file: "content/people/bikamal-kaken.ts", path: "description", message: "is required but missing", fix: "add it (a string)" }]);
  });

  it("reports a value of the wrong type", async () => {
    const { problems } = await validate(...withChange("bikamal-kaken", (r) => (r.claims[0].age = "44")));
    expect(problems).toEqual([{ file: "content/people/bikamal-kaken.ts", path: "claims[0].age", message: 'should be a number, not the text "44"' }]);
  });

  it("reports a claim type that does not exist, with the nearest one", async () => {
    const { problems } = await validate(...withChange("adilgazy-muqai", (r) => (r.claims[0].type = "sentense")));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: "claims[0].type", message: 'the text "sentense" is not allowed here', fix: expect.stringMatching(/^did you mean "sentence"\?/) });
  });

  it("reports an id that differs from the file name", async () => {
    const { problems } = await validateArchive(ROOT, [{ file: "content/people/kaken.ts", exported: kaken() }, ...files(source())]);
    expect(problems).toEqual([
      {
        file: "content/people/kaken.ts",
        path: "id",
        message: 'is "bikamal-kaken" but the file is named "kaken.ts"',
        fix: 'ids are permanent and equal the file name: set id to "kaken" or rename the file to bikamal-kaken.ts',
      },
    ]);
  });

  it("reports an id that is not a slug", async () => {
    const { problems } = await validateArchive(ROOT, [{ file: "content/people/Bikamal_Kaken.ts", exported: { ...kaken(), id: "Bikamal_Kaken" } }, ...files(source())]);
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ["id", 'must be a lowercase ASCII slug (letters a–z, digits, single hyphens), e.g. "bikamal-kaken"'],
    ]);
  });

  it("reports a duplicate id in both files", async () => {
    const { problems } = await validateArchive(ROOT, [
      ...files(source(), kaken()),
      { file: "content/organizations/bikamal-kaken.ts", exported: { ...kaken(), kind: "organization", claims: [] } },
    ]);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/people/bikamal-kaken.ts: the id "bikamal-kaken" is also used by content/organizations/bikamal-kaken.ts',
      'content/organizations/bikamal-kaken.ts: the id "bikamal-kaken" is also used by content/people/bikamal-kaken.ts',
    ]);
  });

  it("reports a record in the wrong kind's folder", async () => {
    const { problems } = await validateArchive(ROOT, [...files(source()), { file: "content/places/bikamal-kaken.ts", exported: kaken() }]);
    expect(problems).toEqual([{ file: "content/places/bikamal-kaken.ts", path: "kind", message: "a person record is in content/places/", fix: "move it to content/people/" }]);
  });

  it("reports a reference to a missing id with the closest existing ids", async () => {
    const { problems } = await validate(...withChange("adilgazy-muqai", (r) => (r.relations[0].to = "bikamal-kakn")));
    expect(problems).toEqual([
      { file: "content/people/adilgazy-muqai.ts", path: "relations[0].to", message: 'refers to "bikamal-kakn", which does not exist', fix: 'did you mean "bikamal-kaken"?' },
    ]);
  });

  it("reports a reference to a record of the wrong kind", async () => {
    const { problems } = await validate(...withChange("adilgazy-muqai", (r) => (r.claims[0].place = "bikamal-kaken")));
    expect(problems).toEqual([
      { file: "content/people/adilgazy-muqai.ts", path: "claims[0].place", message: 'refers to "bikamal-kaken", a person, but must refer to a place', fix: "point it at a record of the right kind" },
    ]);
  });

  it("reports a quote that is not in its source's article text", async () => {
    const { problems } = await validate(...withChange("adilgazy-muqai", (r) => (r.claims[0].citations[0].quote = "Muqai was sentenced to ten years")));
    expect(problems).toEqual([
      {
        file: "content/people/adilgazy-muqai.ts",
        path: "claims[0].citations[0].quote",
        message: `"Muqai was sentenced to ten years" is not in the text of source "${SOURCE_ID}"`,
        fix: "copy the words exactly from seeds/japantimes-2020-10-24-kazakhs-despair-xinjiang.txt (its article text, not the page furniture); only whitespace and curly/straight quote marks may differ",
      },
    ]);
  });

  it("accepts a quote that differs only in whitespace, line breaks and quote marks", async () => {
    const { problems } = await validate(...withChange("adilgazy-muqai", (r) => (r.claims[0].citations[0].quote = 'Her story was "full of lies,\n   without a single sentence of truth," he told')));
    expect(problems).toEqual([]);
  });

  it("refuses a quote taken from the page furniture around the article", async () => {
    const { problems } = await validate(...withChange("adilgazy-muqai", (r) => (r.claims[0].citations[0].quote = "SUBSCRIBE NOW")));
    expect(problems.map((p) => p.path)).toEqual(["claims[0].citations[0].quote"]);
  });

  it("reports a seed file that is missing", async () => {
    const { problems } = await validate(...withChange(SOURCE_ID, (r) => (r.seed.file = "seeds/missing.txt")));
    expect(problems).toEqual([
      {
        file: `content/sources/${SOURCE_ID}.ts`,
        path: "seed.file",
        message: "the seed file seeds/missing.txt does not exist",
        fix: "put the source's text in seeds/ under that name, byte for byte, or correct the path",
      },
    ]);
  });

  it("reports a seed whose hash no longer matches", async () => {
    const { problems } = await validate(...withChange(SOURCE_ID, (r) => (r.seed.sha256 = "0".repeat(64))));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: "seed.sha256",
      message: `seeds/japantimes-2020-10-24-kazakhs-despair-xinjiang.txt has changed: its SHA-256 is 5d95b390d47c8374514ee067edf09dca0943241545c90ecc7bff09d5bb36365b, the record expects ${"0".repeat(64)}`,
    });
  });

  it("reports body markers that are not in the seed", async () => {
    const { problems } = await validate(...withChange(SOURCE_ID, (r) => (r.seed.bodyEnd = "The end.")));
    expect(problems.map((p) => [p.path, p.message])).toEqual([["seed.bodyEnd", "is not found in seeds/japantimes-2020-10-24-kazakhs-despair-xinjiang.txt"]]);
  });

  it("reports an impossible month", async () => {
    const { problems } = await validate(...withChange("bikamal-kaken", (r) => (r.claims[0].date = "2017-13")));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: "claims[0].date", message: expect.stringMatching(/^"2017-13" has no month 13; write an EDTF date/) });
  });

  it("reports a date range that ends before it starts", async () => {
    const { problems } = await validate(...withChange("bikamal-kaken", (r) => (r.claims[0].date = "2020/2017")));
    expect(problems).toEqual([{ file: "content/people/bikamal-kaken.ts", path: "claims[0].date", message: '"2020/2017" ends before it starts; put the earlier date first' }]);
  });

  it("reports an explanation of an inferred date without the date", async () => {
    const { problems } = await validate(...withChange("bikamal-kaken", (r) => delete r.claims[0].date));
    expect(problems).toEqual([{ file: "content/people/bikamal-kaken.ts", path: "claims[0].dateInferred", message: "explains a date, but there is no date", fix: "add the resolved date, or remove dateInferred" }]);
  });

  it("reports a public claim cited only to a withheld source", async () => {
    const { problems } = await validate(...withChange(SOURCE_ID, (r) => (r.visibility = "withheld")));
    expect(problems.map((p) => `${p.file} ${p.path}: ${p.message}`)).toEqual([
      "content/people/bikamal-kaken.ts claims[0].citations: this public claim is cited only to withheld sources",
      "content/people/adilgazy-muqai.ts claims[0].citations: this public claim is cited only to withheld sources",
      "content/people/adilgazy-muqai.ts relations[0].citations: this public relation is cited only to withheld sources",
    ]);
  });

  it("reports a claim marked public in a withheld record", async () => {
    const { problems } = await validate(
      ...withChange("bikamal-kaken", (r) => {
        r.visibility = "withheld";
        r.claims[0].visibility = "public";
      }),
    );
    expect(problems).toContainEqual({
      file: "content/people/bikamal-kaken.ts",
      path: "claims[0].visibility",
      message: 'is "public", but the record it belongs to is withheld',
      fix: 'a withheld person\'s claim can never be published: remove visibility or set it to "withheld"',
    });
  });

  it("reports a withheld record's name written into a public claim", async () => {
    const child = { kind: "person", id: "kaken-child", updated: "2026-11-27", name: "Aigerim Example", description: "A minor.", visibility: "withheld" };
    const { problems } = await validate(...withChange("bikamal-kaken", (r) => (r.claims[0].text = "Mother of Aigerim Example.")), child);
    expect(problems).toEqual([
      { file: "content/people/bikamal-kaken.ts", path: "claims[0].text", message: 'publishes "Aigerim Example", a withheld name of "kaken-child"', fix: 'reword it without the name, or mark this item visibility: "withheld"' },
    ]);
  });

  it("lets a public record refer to a withheld one", async () => {
    const child = { kind: "person", id: "kaken-child", updated: "2026-11-27", name: "Youngest child", description: "A minor.", visibility: "withheld" };
    const { problems } = await validate(
      ...withChange("bikamal-kaken", (r) => r.relations.push({ id: "child", type: "parent", to: "kaken-child", visibility: "withheld", citations: [{ source: SOURCE_ID, quote: "her youngest child" }] })),
      child,
    );
    expect(problems).toEqual([]);
  });

  it("reports two claims that share an anchor", async () => {
    const { problems } = await validate(...withChange("adilgazy-muqai", (r) => (r.relations[0].id = "sentenced")));
    expect(problems).toEqual([
      {
        file: "content/people/adilgazy-muqai.ts",
        path: "relations[0].id",
        message: 'the anchor "sentenced" is also used by claims[0].id',
        fix: "claim and relation ids are anchors on one page: make each unique within the record",
      },
    ]);
  });

  it("reports a claim id that the page already uses as a section's anchor", async () => {
    const { problems } = await validate(...withChange("adilgazy-muqai", (r) => (r.claims[0].id = "notes")));
    expect(problems).toEqual([
      {
        file: "content/people/adilgazy-muqai.ts",
        path: "claims[0].id",
        message: '"notes" is an anchor the page already uses for something else',
        fix: 'choose another id (not "main", "names", "status", "accounts", "facts", "timeline", "relations", "mentions", "notes", "cite", "excerpts", "cited-by", nor one starting "note-", "from-" or "q-")',
      },
    ]);
  });

  it("reports a record id that would take the address of a letter page", async () => {
    const { problems } = await validateArchive(ROOT, [...files(source()), { file: "content/people/letter-a.ts", exported: { ...kaken(), id: "letter-a" } }]);
    expect(problems.map((p) => [p.path, p.message])).toEqual([["id", '"letter-a" is the address of a page of the A–Z list']]);
  });

  it("reports an invalid language tag on another name", async () => {
    const { problems } = await validate(...withChange("bikamal-kaken", (r) => (r.otherNames = [{ name: "Бикамал Кәкен", lang: "kazakh_cyrillic" }])));
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ["otherNames[0].lang", '"kazakh_cyrillic" is not a valid BCP 47 language tag (e.g. "kk", "kk-Latn", "ru", "zh-Hans", "ug-Arab")'],
    ]);
  });

  it("reports every problem at once, across files", async () => {
    const records = base();
    records[1]!.claims[0].date = "2017-13";
    records[2]!.relations[0].to = "nobody";
    records[2]!.claims[0].citations[0].quote = "not in the article at all";
    const { problems, archive } = await validate(...records);
    expect(archive).toBeUndefined();
    expect(problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      "content/people/bikamal-kaken.ts claims[0].date",
      "content/people/adilgazy-muqai.ts claims[0].citations[0].quote",
      "content/people/adilgazy-muqai.ts relations[0].to",
    ]);
  });

  it("reports a file that exports something other than a record", async () => {
    const { problems } = await validateArchive(ROOT, [{ file: "content/people/x.ts", exported: "Bikamal" }]);
    expect(problems).toEqual([
      { file: "content/people/x.ts", path: "", message: "exports something that is not a record", fix: "export default person({ … }), place({ … }), organization({ … }) or source({ … })" },
    ]);
  });

  it("keeps muqai() and kaken() valid on their own", async () => {
    expect((await validate(source(), kaken(), { ...muqai(), relations: [] })).problems).toEqual([]);
  });
});
