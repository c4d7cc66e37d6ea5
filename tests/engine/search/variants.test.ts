import { describe, expect, it } from "vitest";
import { latinUnits, latinVariants, nameVariants, toCyrillic } from "../../../engine/search/variants.ts";
import { LATIN_TO_CYRILLIC_RUSSIAN } from "../../../engine/search/rules.ts";

describe("latinUnits", () => {
  it("reads digraphs as one unit", () => {
    expect(latinUnits("zhanghash")).toEqual(["zh", "a", "ng", "h", "a", "sh"]);
  });
});

describe("latinVariants", () => {
  it("swaps the romanisations Kazakh and Uyghur names are written with", () => {
    expect(latinVariants("muqai")).toEqual(expect.arrayContaining(["muqai", "mukai", "muqay", "mukay"]));
    expect(latinVariants("adilgazy")).toEqual(expect.arrayContaining(["adilghazy", "adilgazi", "adilghazi"]));
  });
  it("never splits a digraph", () => {
    expect(latinVariants("uzynagash").some((v) => v.endsWith("skh") || v.endsWith("sx"))).toBe(false);
  });
  it("stops at its limit", () => {
    expect(latinVariants("qyqyqyqyqy", 5)).toHaveLength(5);
  });
});

describe("toCyrillic", () => {
  it("writes a name as Russian-language outlets do", () => {
    expect(toCyrillic("nauryzbek", LATIN_TO_CYRILLIC_RUSSIAN)).toBe("наурызбек");
    expect(toCyrillic("muqai", LATIN_TO_CYRILLIC_RUSSIAN)).toBe("мукай");
  });
});

describe("nameVariants", () => {
  it("gives Latin and Cyrillic spellings of a Latin name", () => {
    expect(nameVariants("Adilgazy Muqai")).toEqual(expect.arrayContaining(["adilghazy", "mukai", "muqay", "адилгазы", "мукай", "муқай"]));
  });
  it("gives Latin spellings of a Cyrillic name, and its Russian-style form", () => {
    expect(nameVariants("Мұқай")).toEqual(expect.arrayContaining(["muqai", "mukai", "мукай"]));
  });
  it("gives pinyin for a name in Chinese characters", () => {
    expect(nameVariants("张晓")).toEqual(expect.arrayContaining(["zhang", "xiao"]));
  });
  it("gives Latin spellings of a Uyghur name in Arabic script", () => {
    expect(nameVariants("ئادىلغازى")).toEqual(expect.arrayContaining(["adilghazi", "adilgazi"]));
  });
  it("does not repeat the name's own words", () => {
    expect(nameVariants("Gu Ming")).not.toContain("gu");
  });
});
