import { person } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default person({
  id: "adilgazy-muqai",
  updated: "2026-11-27",
  name: "Adilgazy Muqai",
  description: "Retired oil worker, husband of Bikamal Kaken, who vanished during a 2017 visit to Xinjiang; China's ambassador in Kazakhstan said he was sentenced to nine years on extremism charges.",
  claims: [
    {
      id: "age",
      type: "age",
      text: "Aged 47.",
      age: 47,
      date: "2020-10",
      dateInferred: "“47-year-old”, his age as given in an article published on 24 October 2020",
      citations: [{ source: src, quote: "47-year-old Muqai" }],
    },
    {
      id: "occupation",
      type: "occupation",
      text: "Retired oil worker.",
      citations: [{ source: src, quote: "her husband, a retired oil worker" }],
    },
    {
      id: "native-region",
      type: "origin",
      text: "Xinjiang is his native region.",
      place: "xinjiang",
      citations: [{ source: src, quote: "lured back to his native region" }],
    },
    {
      id: "residency",
      type: "residence",
      text: "Had the right of residency in Kazakhstan but was not a passport holder.",
      place: "kazakhstan",
      citations: [{ source: src, quote: "who had right of residency in Kazakhstan but was not a passport-holder" }],
    },
    {
      id: "lured-back",
      type: "event",
      text: "Was lured back to his native region by his former employers.",
      date: "2017-05",
      place: "xinjiang",
      citations: [{ source: src, quote: "was lured back to his native region in May 2017 by his former employers" }],
    },
    {
      id: "pension-threat",
      type: "pressure",
      text: "His former employers said the company pension his family lived on could be canceled if he failed to attend a meeting.",
      involves: ["bikamal-kaken"],
      citations: [
        { source: src, quote: "They said the company pension that his family subsisted on could be canceled if he failed to attend a meeting." },
      ],
    },
    {
      id: "disappearance",
      type: "disappearance",
      text: "Vanished during a visit to Xinjiang.",
      date: "2017",
      place: "xinjiang",
      involves: ["bikamal-kaken"],
      citations: [{ source: src, quote: "When Bikamal Kaken’s husband vanished during a 2017 visit to Xinjiang" }],
    },
    {
      id: "victim-of-system",
      type: "detention",
      text: "His wife heard that he had fallen victim to the system of detention facilities in Xinjiang.",
      place: "xinjiang",
      involves: ["bikamal-kaken"],
      citations: [{ source: src, quote: "Kaken heard that her husband had fallen victim to the system." }],
    },
    {
      id: "jailed",
      type: "detention",
      text: "Jailed by China.",
      involves: ["china"],
      citations: [{ source: src, quote: "the country that had jailed him" }],
    },
    {
      id: "sentence",
      type: "sentence",
      text: "Sentenced to nine years in prison on extremism charges.",
      sentence: { years: 9, charge: "extremism" },
      date: "2017/2020",
      dateInferred:
        "after his disappearance “during a 2017 visit to Xinjiang” and before news of the sentence “emerged three years after his disappearance”",
      assertedBy: "zhang-xiao",
      topic: "muqai-guilt",
      involves: ["zhang-xiao", "global-times", "china"],
      citations: [
        { source: src, quote: "Zhang Xiao told a state-owned news outlet that Muqai was sentenced to nine years on extremism charges" },
        { source: src, quote: "a nine-year prison sentence for extremist crimes" },
      ],
    },
    {
      id: "innocent",
      type: "statement",
      text: "Is innocent; “his only crime is his Kazakh identity”.",
      assertedBy: "bikamal-kaken",
      topic: "muqai-guilt",
      involves: ["bikamal-kaken"],
      citations: [
        { source: src, quote: "insists her husband is innocent" },
        { source: src, quote: "“His only crime is his Kazakh identity,” she said." },
      ],
    },
    {
      id: "sentence-revealed",
      type: "event",
      text: "News of his sentence emerged three years after his disappearance, from a senior diplomat of China, the country that had jailed him.",
      date: "2020",
      dateInferred: "“three years after his disappearance” “during a 2017 visit to Xinjiang”",
      involves: ["zhang-xiao", "china", "bikamal-kaken"],
      citations: [
        { source: src, quote: "news of Muqai’s sentence finally emerged three years after his disappearance" },
        { source: src, quote: "a senior diplomat of the country that had jailed him" },
      ],
    },
  ],
  relations: [
    {
      id: "wife",
      type: "spouse",
      to: "bikamal-kaken",
      role: "husband",
      citations: [{ source: src, quote: "When Bikamal Kaken’s husband vanished" }],
    },
  ],
});
