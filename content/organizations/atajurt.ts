import { organization } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default organization({
  id: "atajurt",
  updated: "2026-11-27",
  name: "Atajurt",
  description: "Rights group that posted video testimonies from hundreds of Kazakhs whose relatives went missing in Xinjiang; Kazakh authorities have refused it registration.",
  claims: [
    {
      id: "rights-group",
      type: "description",
      text: "A rights group.",
      citations: [{ source: src, quote: "the Atajurt rights group" }],
    },
    {
      id: "video-testimonies",
      type: "activism",
      text: "Posted video testimonies recorded by hundreds of Kazakhs whose relatives had gone missing in Xinjiang.",
      involves: ["xinjiang"],
      citations: [
        { source: src, quote: "posted video testimonies recorded by hundreds of Kazakhs whose relatives had gone missing in the western region" },
      ],
    },
    {
      id: "activism-hub",
      type: "description",
      text: "Kazakhstan's emergence as a hub for activism against Beijing's policies in Xinjiang was largely due to the group.",
      involves: ["kazakhstan", "china", "xinjiang"],
      citations: [
        { source: src, quote: "Kazakhstan has emerged as a hub for activism against Beijing’s policies in Xinjiang" },
        { source: src, quote: "That was largely due to the Atajurt rights group" },
      ],
    },
    {
      id: "registration-refused",
      type: "pressure",
      text: "Came under pressure from Kazakh authorities, who have refused it registration.",
      involves: ["kazakhstan"],
      citations: [{ source: src, quote: "The group came under pressure from Kazakh authorities, who have refused it registration" }],
    },
    {
      id: "leader-extremism-charges",
      type: "pressure",
      text: "One of its leaders avoided jail on extremism charges only after foreign media coverage and public outcry.",
      involves: ["kazakhstan"],
      citations: [{ source: src, quote: "with one of its leaders only beating jail on extremism charges after foreign media coverage and public outcry" }],
    },
    {
      id: "pressure-on-beijing",
      type: "statement",
      text: "The video appeals and the media attention they attracted played a role in pressuring Beijing.",
      assertedBy: { label: "many in Kazakhstan" },
      involves: ["china", "kazakhstan"],
      citations: [
        { source: src, quote: "Many in Kazakhstan believe the video appeals and the media attention they attracted played a role in pressuring Beijing." },
      ],
    },
  ],
});
