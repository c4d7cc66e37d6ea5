import { person } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default person({
  id: "bikamal-kaken",
  updated: "2026-11-27",
  name: "Bikamal Kaken",
  description: "China-born ethnic Kazakh, now a Kazakh citizen, whose husband Adilgazy Muqai vanished during a 2017 visit to Xinjiang and was later reported sentenced to nine years.",
  claims: [
    {
      id: "origin",
      type: "origin",
      text: "Born in China; an ethnic Kazakh.",
      citations: [{ source: src, quote: "a China-born ethnic Kazakh" }],
    },
    {
      id: "citizenship",
      type: "citizenship",
      text: "A citizen of Kazakhstan.",
      date: "2020-10",
      dateInferred: "“now a Kazakh citizen”, in an article published on 24 October 2020",
      citations: [{ source: src, quote: "a China-born ethnic Kazakh who is now a Kazakh citizen" }],
    },
    {
      id: "age",
      type: "age",
      text: "Aged 44.",
      age: 44,
      date: "2020-10",
      dateInferred: "“44-year-old”, her age as given in an article published on 24 October 2020",
      citations: [{ source: src, quote: "44-year-old Kaken" }],
    },
    {
      id: "daughters",
      type: "family",
      text: "Has two young daughters.",
      citations: [{ source: src, quote: "pressing her two young daughters tightly to her body" }],
    },
    {
      id: "move-to-kazakhstan",
      type: "move",
      text: "Moved to Kazakhstan with her husband while she was pregnant with her youngest child, after hearing reports that Xinjiang authorities were forcing women from minority groups to have abortions.",
      date: "2016/2017-05",
      dateInferred:
        "while she was pregnant with a child “now 3 years old” in an article published on 24 October 2020 (so born between late 2016 and late 2017), and before her husband was “lured back” to Xinjiang “in May 2017”",
      place: "kazakhstan",
      involves: ["adilgazy-muqai", "xinjiang"],
      citations: [
        {
          source: src,
          quote:
            "Kaken and her husband, a retired oil worker, moved to Kazakhstan when she was pregnant with her youngest child, now 3 years old, after hearing reports that Xinjiang authorities were forcing women from minority groups to have abortions.",
        },
      ],
    },
    {
      id: "residence",
      type: "residence",
      text: "Rents a studio apartment in the provincial town of Uzynagash.",
      place: "uzynagash",
      citations: [{ source: src, quote: "pay rent for a studio apartment in the provincial town of Uzynagash" }],
    },
    {
      id: "occupation",
      type: "occupation",
      text: "Sews clothes and accepts charity to pay her rent.",
      citations: [{ source: src, quote: "Kaken, who sews clothes and accepts charity to pay rent" }],
    },
    {
      id: "learned-of-sentence",
      type: "event",
      text: "Learned three years after her husband's disappearance that he had been given a nine-year prison sentence for extremist crimes.",
      date: "2020",
      dateInferred: "“three agonizing years later” after his disappearance “during a 2017 visit to Xinjiang”",
      involves: ["adilgazy-muqai"],
      citations: [
        { source: src, quote: "three agonizing years later, she learned he had met an even worse judgment: a nine-year prison sentence for extremist crimes" },
      ],
    },
    {
      id: "fears-for-husband",
      type: "statement",
      text: "Said she was very worried and that the Chinese authorities would destroy her husband in jail.",
      assertedBy: "bikamal-kaken",
      involves: ["adilgazy-muqai", "china"],
      citations: [{ source: src, quote: "“I am so worried. The Chinese (authorities) will destroy him in jail,” Kaken" }],
    },
    {
      id: "account-of-ordeal",
      type: "testimony",
      text: "Gave an account of her family's ordeal, which the U.S. Embassy in Kazakhstan reprinted.",
      topic: "kaken-account",
      assertedBy: "bikamal-kaken",
      involves: ["us-embassy-kazakhstan", "adilgazy-muqai"],
      citations: [{ source: src, quote: "Kaken’s account of her family’s ordeal, which was reprinted by the U.S. Embassy in Kazakhstan" }],
    },
    {
      id: "one-of-many-relatives",
      type: "description",
      text: "One of a growing number of relatives in Kazakhstan to discover that missing family members were not in the centers, as previously thought, but serving jail time.",
      involves: ["kazakhstan"],
      citations: [
        {
          source: src,
          quote:
            "in neighboring Kazakhstan, 44-year-old Kaken is just one of a growing number of relatives to discover their missing family members are not in the centers as previously thought, but serving hard jail time instead",
        },
      ],
    },
  ],
  relations: [
    {
      id: "youngest-child",
      type: "parent",
      to: "kaken-youngest-child",
      visibility: "withheld",
      citations: [{ source: src, quote: "when she was pregnant with her youngest child, now 3 years old" }],
    },
  ],
});
