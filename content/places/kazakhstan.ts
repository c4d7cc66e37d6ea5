import { place } from "../../engine/define.ts";

export default place({
  id: "kazakhstan",
  updated: "2026-11-27",
  name: "Kazakhstan",
  description: "Central Asian country bordering Xinjiang, home to many ethnic Kazakhs with relatives in China.",
  claims: [
    {
      id: "activism-hub",
      type: "description",
      text: "Has emerged as a hub for activism against Beijing's policies in Xinjiang.",
      citations: [{ source: "japantimes-2020-10-24-kazakhs-despair", quote: "Kazakhstan has emerged as a hub for activism against Beijing’s policies in Xinjiang" }],
    },
  ],
});
