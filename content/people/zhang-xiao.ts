import { person } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default person({
  id: "zhang-xiao",
  updated: "2026-11-27",
  name: "Zhang Xiao",
  description: "China's Ambassador in Kazakhstan, who told the Global Times that Adilgazy Muqai was sentenced to nine years and dismissed Bikamal Kaken's account as lies.",
  claims: [
    {
      id: "full-of-lies",
      type: "denial",
      text: "Dismissed Bikamal Kaken's account of her family's ordeal, telling the Global Times that her story was “full of lies, without a single sentence of truth”.",
      date: "2020",
      dateInferred:
        "the same interview in which he revealed Adilgazy Muqai's sentence, news of which “emerged three years after his disappearance” in 2017",
      assertedBy: "zhang-xiao",
      topic: "kaken-account",
      involves: ["global-times", "adilgazy-muqai", "bikamal-kaken"],
      citations: [
        { source: src, quote: "in the same interview dismissed Kaken’s account of her family’s ordeal" },
        { source: src, quote: "Her story was “full of lies, without a single sentence of truth,” he told the Global Times" },
      ],
    },
  ],
  relations: [
    {
      id: "ambassador",
      type: "diplomat",
      to: "chinese-embassy-kazakhstan",
      role: "Ambassador",
      citations: [
        { source: src, quote: "China’s Ambassador in Kazakhstan Zhang Xiao" },
        { source: src, quote: "a senior diplomat of the country that had jailed him" },
      ],
    },
  ],
});
