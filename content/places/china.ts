import { place } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default place({
  id: "china",
  updated: "2026-11-27",
  name: "China",
  otherNames: [{ name: "Beijing", lang: "en", source: src, note: "metonym for the Chinese government" }],
  description: "Country that includes the Xinjiang region, where rights groups say more than 1 million people have been rounded up; it calls the detention centers vocational training facilities.",
  claims: [
    {
      id: "defends-xinjiang-policies",
      type: "policy",
      text: "Has robustly defended its policies in the Xinjiang region.",
      involves: ["xinjiang"],
      citations: [{ source: src, quote: "Beijing has robustly defended its policies in the Xinjiang region" }],
    },
    {
      id: "graduated",
      type: "statement",
      text: "Began boasting in 2019 that most citizens had “graduated” from the centers.",
      date: "2019",
      assertedBy: "china",
      topic: "camp-releases",
      involves: ["xinjiang"],
      citations: [{ source: src, quote: "In 2019, China began boasting that most citizens had “graduated” from the centers" }],
    },
  ],
});
