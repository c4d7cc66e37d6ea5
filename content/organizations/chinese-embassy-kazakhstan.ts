import { organization } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default organization({
  id: "chinese-embassy-kazakhstan",
  updated: "2026-11-27",
  name: "Chinese Embassy in Kazakhstan",
  otherNames: [{ name: "China's mission in Kazakhstan", lang: "en", source: src, note: "as the article also refers to it" }],
  description: "China's diplomatic mission in Kazakhstan, whose Ambassador is Zhang Xiao and of which Gu Ming is a member.",
  claims: [
    {
      id: "ignored-request",
      type: "event",
      text: "Ignored a request to confirm the correspondence between Gu Ming and Baibolat Kunbolat via the WeChat messaging app.",
      involves: ["gu-ming", "baibolat-kunbolat"],
      citations: [{ source: src, quote: "The Chinese Embassy ignored a request to confirm the correspondence via the WeChat messaging app." }],
    },
  ],
  relations: [
    {
      id: "mission-of",
      type: "mission-of",
      to: "china",
      citations: [{ source: src, quote: "China’s mission in Kazakhstan" }],
    },
    {
      id: "located-in",
      type: "located-in",
      to: "kazakhstan",
      citations: [{ source: src, quote: "China’s mission in Kazakhstan" }],
    },
  ],
});
