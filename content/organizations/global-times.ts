import { organization } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default organization({
  id: "global-times",
  updated: "2026-11-27",
  name: "Global Times",
  description: "State-owned Chinese newspaper in which Ambassador Zhang Xiao said Adilgazy Muqai had been sentenced and called Bikamal Kaken's account lies.",
  claims: [
    {
      id: "newspaper",
      type: "description",
      text: "A Chinese newspaper.",
      citations: [{ source: src, quote: "the Global Times, a Chinese newspaper" }],
    },
  ],
  relations: [
    {
      id: "state-owned",
      type: "state-owned-by",
      to: "china",
      citations: [
        { source: src, quote: "Zhang Xiao told a state-owned news outlet" },
        { source: src, quote: "he told the Global Times, a Chinese newspaper" },
      ],
    },
  ],
});
