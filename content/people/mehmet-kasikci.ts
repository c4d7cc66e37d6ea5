import { person } from "../../engine/define.ts";

const src = "japantimes-2020-10-24-kazakhs-despair";

export default person({
  id: "mehmet-kasikci",
  updated: "2026-11-27",
  name: "Mehmet Kasikci",
  description: "Doctoral student at Arizona State University who volunteered with the Atajurt rights group.",
  claims: [
    {
      id: "jail-sentences-after-releases",
      type: "statement",
      text: "Said other Kazakhs began hearing that their relatives had received jail sentences not long after the wave of releases.",
      assertedBy: "mehmet-kasikci",
      topic: "camp-releases",
      involves: ["china", "xinjiang"],
      citations: [
        { source: src, quote: "other Kazakhs began hearing their relatives had received jail sentences not long after this wave of releases" },
      ],
    },
    {
      id: "few-truly-free",
      type: "statement",
      text: "Said hundreds of thousands had probably been released from the camps, but few were truly free, and hundreds of thousands had also been sent to official prisons.",
      assertedBy: "mehmet-kasikci",
      topic: "camp-releases",
      involves: ["china", "xinjiang"],
      citations: [
        {
          source: src,
          quote:
            "“Yes, hundreds of thousands have probably been released from the camps, but few are truly free, and more importantly hundreds of thousands have also been sent to official prisons,” he said.",
        },
      ],
    },
  ],
  relations: [
    {
      id: "asu",
      type: "student",
      to: "arizona-state-university",
      role: "doctoral student",
      citations: [{ source: src, quote: "Mehmet Kasikci, a doctoral student at the Arizona State University" }],
    },
    {
      id: "atajurt",
      type: "volunteer",
      to: "atajurt",
      citations: [
        { source: src, quote: "Mehmet Kasikci, a doctoral student at the Arizona State University who volunteered with the group" },
        { source: src, quote: "the Atajurt rights group" },
      ],
    },
  ],
});
