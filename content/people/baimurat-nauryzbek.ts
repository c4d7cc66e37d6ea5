import { person } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default person({
  id: "baimurat-nauryzbek",
  updated: "2026-11-27",
  name: "Baimurat Nauryzbek",
  description: "Brother of Baibolat Kunbolat, who heard he had been interned in a “training” center; a Chinese diplomat said he was sentenced to 10 years for inciting racial hatred.",
  claims: [
    {
      id: "age",
      type: "age",
      text: "Aged 30.",
      age: 30,
      date: "2020-10",
      dateInferred: "“30-year-old brother”, his age as given in an article published on 24 October 2020",
      citations: [{ source: src, quote: "his 30-year-old brother, Baimurat Nauryzbek" }],
    },
    {
      id: "interned",
      type: "detention",
      text: "His brother heard that he had been interned in one of the “training” centers.",
      place: "xinjiang",
      involves: ["baibolat-kunbolat"],
      citations: [{ source: src, quote: "after hearing that his 30-year-old brother, Baimurat Nauryzbek, had been interned in one of the “training” centers" }],
    },
    {
      id: "sentence",
      type: "sentence",
      text: "Sentenced to 10 years for inciting racial hatred; convicted in 2018 over an internet forum post that he allegedly wrote in 2012, as well as other posts.",
      sentence: { years: 10, charge: "inciting racial hatred" },
      date: "2018",
      assertedBy: "gu-ming",
      involves: ["gu-ming", "baibolat-kunbolat", "china"],
      citations: [
        { source: src, quote: "His brother’s 10-year sentence for inciting racial hatred was confirmed to him in February by a member of China’s mission in Kazakhstan, Gu Ming" },
        { source: src, quote: "The diplomat told Kunbolat his brother was convicted in 2018 over an internet forum post that he allegedly wrote in 2012 as well as other posts." },
      ],
    },
  ],
});
