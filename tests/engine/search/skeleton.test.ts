import { describe, expect, it } from "vitest";
import { fold, skeleton } from "../../../engine/search/skeleton.ts";

describe("skeleton", () => {
  it.each([
    [["Muqai", "Mukai", "Muqay", "Mukay", "Мұқай", "Мукай"], "mukai"],
    [["Adilgazy", "Adilghazy", "Adilgazi", "Adilgaziy", "Әділғазы", "Адилгазы", "ئادىلغازى"], "adilgazi"],
    [["Nauryzbek", "Naurizbek", "Наурызбек"], "naurizbek"],
    [["Uzynagash", "Uzynaghash", "Uzinagash", "Ұзынағаш", "Узынагаш"], "uzinagas"],
    [["Kasikci", "Kasıkçı", "Kaşıkçı"], "kasikci"],
    [["Baimurat", "Baymurat", "Баймурат"], "baimurat"],
  ])("folds every spelling of %j to one key", (spellings, key) => {
    for (const s of spellings) expect(skeleton(s), s).toEqual([key]);
  });

  it("keeps names that sound different apart", () => {
    expect(skeleton("Kaken")).not.toEqual(skeleton("Kunbolat"));
    expect(skeleton("Gu Ming")).toEqual(["gu", "ming"]);
  });
});

describe("fold", () => {
  it("removes diacritics from Latin letters only", () => {
    expect(fold("Kaşıkçı Ådil")).toBe("kasıkcı adil");
    expect(fold("Мұқай")).toBe("мұқай");
    expect(fold("ئادىل")).toBe("ئادىل");
  });
});
