import { place } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default place({
  id: "almaty",
  updated: "2026-11-27",
  name: "Almaty",
  description: "Kazakhstan's largest city.",
  claims: [
    {
      id: "largest-city",
      type: "description",
      text: "Kazakhstan's largest city.",
      citations: [{ source: src, quote: "Kazakhstan’s largest city, Almaty" }],
    },
  ],
  relations: [
    {
      id: "in-kazakhstan",
      type: "located-in",
      to: "kazakhstan",
      citations: [{ source: src, quote: "Kazakhstan’s largest city, Almaty" }],
    },
  ],
});
