import { place } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default place({
  id: "kazakhstan",
  updated: "2026-11-27",
  name: "Kazakhstan",
  description: "Country neighboring China that has emerged as a hub for activism against Beijing's policies in Xinjiang.",
  claims: [
    {
      id: "activism-hub",
      type: "description",
      text: "Has emerged as a hub for activism against Beijing's policies in Xinjiang.",
      involves: ["china", "xinjiang"],
      citations: [{ source: src, quote: "Kazakhstan has emerged as a hub for activism against Beijing’s policies in Xinjiang" }],
    },
    {
      id: "neighbor-of-china",
      type: "description",
      text: "Neighbors China.",
      involves: ["china"],
      citations: [{ source: src, quote: "in neighboring Kazakhstan" }],
    },
    {
      id: "close-relations-with-china",
      type: "description",
      text: "Its government has close relations with the Chinese government.",
      involves: ["china"],
      citations: [{ source: src, quote: "Despite close relations between the two governments" }],
    },
    {
      id: "kazakhs-allowed-to-leave",
      type: "statement",
      text: "Said Beijing had allowed hundreds of ethnic Kazakhs with Kazakhstan residence permits to leave China and reunite with families across the border.",
      assertedBy: "kazakhstan",
      topic: "camp-releases",
      involves: ["china"],
      citations: [
        {
          source: src,
          quote: "Kazakhstan said Beijing had allowed hundreds of ethnic Kazakhs with Kazakhstan residence permits to leave China and reunite with families across the border",
        },
      ],
    },
  ],
});
