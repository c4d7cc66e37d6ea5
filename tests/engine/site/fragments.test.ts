import { describe, expect, it } from "vitest";
import { exactSpan, textFragmentUrl } from "../../../engine/site/fragments.ts";

describe("textFragmentUrl", () => {
  it("points at a short quote by all its words", () => {
    expect(textFragmentUrl("https://example.org/a", "a retired oil worker")).toBe("https://example.org/a#:~:text=a%20retired%20oil%20worker");
  });

  it("points at a long quote by its first and last words", () => {
    expect(textFragmentUrl("https://example.org/a", "one two three four five six seven eight nine")).toBe("https://example.org/a#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine");
  });

  it("encodes the hyphen, comma and ampersand that the directive syntax reserves", () => {
    expect(textFragmentUrl("https://example.org/a", "47-year-old, A & B")).toBe("https://example.org/a#:~:text=47%2Dyear%2Dold%2C%20A%20%26%20B");
  });

  it("adds the directive to an address that already has a fragment", () => {
    expect(textFragmentUrl("https://example.org/a#top", "word")).toBe("https://example.org/a#top:~:text=word");
  });
});

describe("exactSpan", () => {
  const body = "She said: “His only crime is his Kazakh identity,” and left.\nKaken’s   account";

  it("finds a quote written with straight quote marks as the source writes it, with curly ones", () => {
    expect(exactSpan(body, '"His only crime is his Kazakh identity,"')).toBe("“His only crime is his Kazakh identity,”");
    expect(exactSpan(body, "Kaken's account")).toBe("Kaken’s account");
  });

  it("treats regular-expression characters in a quote as plain text", () => {
    expect(exactSpan("costs (about) $5.", "(about) $5.")).toBe("(about) $5.");
    expect(exactSpan("costs about 5", "(about)")).toBeUndefined();
  });
});
