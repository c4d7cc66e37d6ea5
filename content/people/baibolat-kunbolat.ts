import { person } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default person({
  id: "baibolat-kunbolat",
  updated: "2026-11-27",
  name: "Baibolat Kunbolat",
  description: "Brother of Baimurat Nauryzbek; recorded testimony at Atajurt's offices, appealed to the Kazakh government and picketed the consulate in Almaty to demand his brother's freedom.",
  claims: [
    {
      id: "testimony",
      type: "testimony",
      text: "Recorded testimony in the Atajurt group's offices after hearing that his brother had been interned in one of the “training” centers; he first did so in late 2019, after others had already been campaigning for more than a year.",
      date: "2019-36",
      involves: ["atajurt", "baimurat-nauryzbek"],
      citations: [
        { source: src, quote: "Baibolat Kunbolat was among those to record testimonies in the group’s offices" },
        { source: src, quote: "But he first did so in late 2019, after others had already been campaigning for more than a year." },
      ],
    },
    {
      id: "appeal-letters",
      type: "appeal",
      text: "Wrote letters of appeal to the Kazakh government about his brother, first doing so in late 2019.",
      date: "2019-36",
      involves: ["kazakhstan", "baimurat-nauryzbek"],
      citations: [
        { source: src, quote: "write letters of appeal to the Kazakh government after hearing that his 30-year-old brother, Baimurat Nauryzbek, had been interned" },
        { source: src, quote: "he first did so in late 2019" },
      ],
    },
    {
      id: "held-back",
      type: "statement",
      text: "Said he had held back at first out of respect for the “neighborly relations” between Kazakhstan and China.",
      assertedBy: "baibolat-kunbolat",
      involves: ["kazakhstan", "china"],
      citations: [{ source: src, quote: "He said he had held back at first out of respect for the “neighborly relations” between Kazakhstan and China." }],
    },
    {
      id: "picket",
      type: "protest",
      text: "Picketed the consulate in Almaty to demand his brother's freedom.",
      date: "2019/2020-02",
      dateInferred: "before the sentence was confirmed to him “in February” (2020, in an article published on 24 October 2020), and after he “first did so in late 2019”",
      place: "almaty",
      involves: ["chinese-consulate-almaty", "baimurat-nauryzbek"],
      citations: [{ source: src, quote: "Kunbolat resorted to picketing the consulate in Almaty to demand Nauryzbek’s freedom" }],
    },
    {
      id: "waited-a-year",
      type: "statement",
      text: "Said they waited almost a year to raise his brother's case because there were rumors that the maximum time in a camp is a year.",
      assertedBy: "baibolat-kunbolat",
      involves: ["baimurat-nauryzbek"],
      citations: [
        {
          source: src,
          quote: "“We waited almost a year (to raise Nauryzbek’s case) because there were rumors that the maximum time in a camp is a year,” Kunbolat said.",
        },
      ],
    },
    {
      id: "regret",
      type: "statement",
      text: "Said they deeply regret the wait now.",
      assertedBy: "baibolat-kunbolat",
      involves: ["baimurat-nauryzbek"],
      citations: [{ source: src, quote: "“We deeply regret this now.”" }],
    },
  ],
  relations: [
    {
      id: "brother",
      type: "sibling",
      to: "baimurat-nauryzbek",
      role: "brother",
      citations: [{ source: src, quote: "his 30-year-old brother, Baimurat Nauryzbek" }],
    },
  ],
});
