import { place } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default place({
  id: "uzynagash",
  updated: "2026-11-27",
  name: "Uzynagash",
  otherNames: [{ name: "Uzynaghash", lang: "en", source: src, note: "AFP dateline spelling" }],
  description: "Provincial town in Kazakhstan, around 60 kilometers from Almaty.",
  claims: [
    {
      id: "provincial-town",
      type: "description",
      text: "A provincial town around 60 kilometers from Almaty.",
      involves: ["almaty"],
      citations: [{ source: src, quote: "the provincial town of Uzynagash, around 60 kilometers from Kazakhstan’s largest city, Almaty" }],
    },
  ],
  relations: [
    {
      id: "in-kazakhstan",
      type: "located-in",
      to: "kazakhstan",
      citations: [{ source: src, quote: "the provincial town of Uzynagash, around 60 kilometers from Kazakhstan’s largest city, Almaty" }],
    },
  ],
});
