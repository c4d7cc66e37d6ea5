import { organization } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default organization({
  id: "us-embassy-kazakhstan",
  updated: "2026-11-27",
  name: "U.S. Embassy in Kazakhstan",
  description: "Embassy of the United States in Kazakhstan, which reprinted Bikamal Kaken's account of her family's ordeal.",
  claims: [
    {
      id: "reprinted-kaken-account",
      type: "event",
      text: "Reprinted Bikamal Kaken's account of her family's ordeal.",
      involves: ["bikamal-kaken"],
      citations: [{ source: src, quote: "Kaken’s account of her family’s ordeal, which was reprinted by the U.S. Embassy in Kazakhstan" }],
    },
  ],
  relations: [
    {
      id: "mission-of",
      type: "mission-of",
      to: "united-states",
      citations: [{ source: src, quote: "the U.S. Embassy in Kazakhstan" }],
    },
    {
      id: "located-in",
      type: "located-in",
      to: "kazakhstan",
      citations: [{ source: src, quote: "the U.S. Embassy in Kazakhstan" }],
    },
  ],
});
