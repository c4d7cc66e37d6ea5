import { person } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default person({
  id: "gu-ming",
  updated: "2026-11-27",
  name: "Gu Ming",
  otherNames: [{ name: "Gu", lang: "en", source: src, note: "surname, as the article shortens it" }],
  description: "Member of China's mission in Kazakhstan who confirmed Baimurat Nauryzbek's 10-year sentence to his brother and warned the brother against further protests.",
  claims: [
    {
      id: "confirmed-sentence",
      type: "statement",
      text: "Confirmed to Baibolat Kunbolat, after Kunbolat picketed the consulate in Almaty, that his brother Baimurat Nauryzbek had a 10-year sentence for inciting racial hatred.",
      date: "2020-02",
      dateInferred: "“in February”, in an article published on 24 October 2020",
      involves: ["baibolat-kunbolat", "baimurat-nauryzbek"],
      citations: [
        {
          source: src,
          quote:
            "His brother’s 10-year sentence for inciting racial hatred was confirmed to him in February by a member of China’s mission in Kazakhstan, Gu Ming, after Kunbolat resorted to picketing the consulate in Almaty",
        },
      ],
    },
    {
      id: "threat",
      type: "threat",
      text: "Informed Baibolat Kunbolat that the embassy would “engage with the Kazakhstan government to have action taken against you” if Kunbolat continued his protests.",
      involves: ["baibolat-kunbolat", "chinese-embassy-kazakhstan", "kazakhstan"],
      citations: [
        {
          source: src,
          quote: "Gu also informed Kunbolat that the embassy would “engage with the Kazakhstan government to have action taken against you” if Kunbolat continued his protests",
        },
      ],
    },
    {
      id: "reform",
      type: "statement",
      text: "Said Kunbolat's protests could negatively affect Baimurat Nauryzbek's “reform”.",
      assertedBy: "gu-ming",
      involves: ["baibolat-kunbolat", "baimurat-nauryzbek"],
      citations: [{ source: src, quote: "which Gu said could negatively affect Nauryzbek’s “reform”" }],
    },
  ],
  relations: [
    {
      id: "mission",
      type: "diplomat",
      to: "chinese-embassy-kazakhstan",
      role: "member of China's mission in Kazakhstan",
      citations: [
        { source: src, quote: "a member of China’s mission in Kazakhstan, Gu Ming" },
        { source: src, quote: "The diplomat told Kunbolat" },
      ],
    },
  ],
});
