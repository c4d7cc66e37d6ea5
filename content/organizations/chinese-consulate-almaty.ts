import { organization } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default organization({
  id: "chinese-consulate-almaty",
  updated: "2026-11-27",
  name: "Chinese Consulate in Almaty",
  description: "The consulate in Almaty that Baibolat Kunbolat picketed to demand his brother Baimurat Nauryzbek's freedom.",
  relations: [
    {
      id: "located-in",
      type: "located-in",
      to: "almaty",
      citations: [{ source: src, quote: "picketing the consulate in Almaty" }],
    },
  ],
});
