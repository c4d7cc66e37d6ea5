import { describe, expect, it } from "vitest";
import { QuoteIndex, extractBody, normalizeForQuote } from "../../../engine/model/quote.ts";

describe("normalizeForQuote", () => {
  it("folds curly quote marks to straight ones and runs of whitespace to one space", () => {
    expect(normalizeForQuote("“full of lies,”\n  he said — Kaken’s")).toBe('"full of lies," he said — Kaken\'s');
  });
});

describe("QuoteIndex", () => {
  const index = new QuoteIndex("Kaken’s husband vanished.\n\n“I am so worried,” she said.");
  it("finds a quote across a line break with straight quote marks", () => {
    expect(index.has('vanished. "I am so worried,"')).toBe(true);
  });
  it("does not find a quote whose words differ", () => {
    expect(index.has("Kaken's husband disappeared")).toBe(false);
  });
  it("does not tolerate a change of case", () => {
    expect(index.has("kaken’s husband")).toBe(false);
  });
});

describe("extractBody", () => {
  it("cuts page furniture before the start marker and after the end marker", () => {
    expect(extractBody("SHARE\nBody starts. Body ends.\nSUBSCRIBE", "Body starts", "ends.")).toEqual({ body: "Body starts. Body ends.", missing: [] });
  });
  it("says which marker is missing", () => {
    expect(extractBody("text", "nope", "text").missing).toEqual(["bodyStart"]);
  });
});
