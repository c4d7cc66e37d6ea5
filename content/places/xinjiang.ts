import { place } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default place({
  id: "xinjiang",
  updated: "2026-11-27",
  name: "Xinjiang",
  description: "Region in northwestern China where, rights groups say, more than 1 million people, mostly Muslims from Turkic-speaking groups, have been rounded up.",
  claims: [
    {
      id: "facilities-alarm",
      type: "description",
      text: "Had a mushrooming network of facilities for the massive incarceration of mostly Muslim minority citizens.",
      date: "2017",
      dateInferred: "“at the time of Adilgazy Muqai’s disappearance”, which the article places during “a 2017 visit to Xinjiang”",
      assertedBy: { label: "rights groups" },
      topic: "xinjiang-detentions",
      citations: [
        {
          source: src,
          quote: "were sounding the alarm over a mushrooming network of facilities for the massive incarceration of mostly Muslim minority citizens in Xinjiang",
        },
      ],
    },
    {
      id: "rounded-up",
      type: "description",
      text: "More than 1 million people, mostly Muslims from Turkic-speaking groups such as Uighurs and Kazakhs, have been rounded up in Xinjiang on vague extremism and separatism pretexts.",
      assertedBy: { label: "rights groups" },
      topic: "xinjiang-detentions",
      citations: [
        {
          source: src,
          quote:
            "more than 1 million people — mostly Muslims from Turkic speaking groups such as Uighurs and Kazakhs — have been rounded up on vague extremism and separatism pretexts, rights groups say",
        },
      ],
    },
    {
      id: "vocational-training",
      type: "statement",
      text: "The sprawling network of detention centers in the region are vocational “training” facilities used to counter extremism, where attendance is voluntary.",
      assertedBy: "china",
      topic: "xinjiang-detentions",
      involves: ["china"],
      citations: [
        {
          source: src,
          quote: "China claims the sprawling network of detention centers are vocational “training” facilities used to counter extremism where attendance is voluntary.",
        },
      ],
    },
    {
      id: "forced-abortions",
      type: "policy",
      text: "Authorities in the region were forcing women from minority groups to have abortions.",
      assertedBy: { label: "reports heard by Bikamal Kaken and her husband" },
      involves: ["bikamal-kaken", "adilgazy-muqai"],
      citations: [{ source: src, quote: "hearing reports that Xinjiang authorities were forcing women from minority groups to have abortions" }],
    },
    {
      id: "kazakh-family-ties",
      type: "description",
      text: "Thousands of Kazakhs have family ties in Xinjiang.",
      citations: [{ source: src, quote: "where thousands of Kazakhs have family ties" }],
    },
  ],
  relations: [
    {
      id: "in-china",
      type: "located-in",
      to: "china",
      citations: [{ source: src, quote: "Xinjiang in northwestern China" }],
    },
  ],
});
