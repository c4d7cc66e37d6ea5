import { person } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

// A minor: the source does not name this child, and the record is withheld from every output.
export default person({
  id: "kaken-youngest-child",
  updated: "2026-11-27",
  visibility: "withheld",
  name: "Youngest child of Bikamal Kaken",
  description: "Youngest child of Bikamal Kaken, a minor; the source gives no name.",
  claims: [
    {
      id: "age",
      type: "age",
      text: "Aged 3.",
      age: 3,
      date: "2020-10",
      dateInferred: "“now 3 years old”, in an article published on 24 October 2020",
      citations: [{ source: src, quote: "her youngest child, now 3 years old" }],
    },
    {
      id: "birth",
      type: "birth",
      text: "Born after the family moved to Kazakhstan.",
      date: "2016-10/2017-10",
      dateInferred: "“now 3 years old”, in an article published on 24 October 2020",
      citations: [{ source: src, quote: "moved to Kazakhstan when she was pregnant with her youngest child, now 3 years old" }],
    },
  ],
});
