import { place } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default place({
  id: "united-states",
  updated: "2026-11-27",
  name: "United States",
  otherNames: [{ name: "U.S.", lang: "en", source: src, note: "abbreviation used by the article" }],
  description: "Country whose embassy in Kazakhstan reprinted Bikamal Kaken's account; its diplomats were in an online spat with Chinese diplomats.",
  claims: [
    {
      id: "diplomatic-spat",
      type: "event",
      text: "U.S. and Chinese diplomats had an online spat, during which Adilgazy Muqai's fate was revealed.",
      date: "2020",
      dateInferred: "his fate was revealed in the spat, and news of his sentence “emerged three years after his disappearance” “during a 2017 visit to Xinjiang”",
      involves: ["china", "adilgazy-muqai"],
      citations: [{ source: src, quote: "it would be revealed during a spat online between U.S. and Chinese diplomats" }],
    },
  ],
});
