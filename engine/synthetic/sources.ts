/**
 * Synthetic sources and their texts. Each claim's quote is written as a sentence into a source as the
 * claim is made, so every quote is in its source by construction; the text is assembled at the end,
 * between page furniture that the record's `bodyStart`/`bodyEnd` cut off, and its SHA-256 recorded.
 */
import { createHash } from "node:crypto";
import type { SourceInput } from "../model/schema.ts";
import type { Random } from "./random.ts";
import { longDay } from "./when.ts";
import { slugify } from "./names.ts";

/** A source while the archive is being made: its details, and the sentences written into it so far. */
export interface SourceDraft {
  id: string;
  withheld: boolean;
  sourceType: SourceInput["sourceType"];
  title: string;
  publisher: string;
  published: string;
  authors: string[];
  credit?: string;
  dateline: string;
  /** Hard-wraps its text at 78 columns, as captures of testimonies often are (quotes then cross lines). */
  wrapped: boolean;
  paragraphs: string[][];
}

const PUBLISHERS = [
  { name: "The Steppe Herald", domain: "steppe-herald.example", type: "news-article" },
  { name: "Tarim Review", domain: "tarim-review.example", type: "news-article" },
  { name: "Central Asia Wire", domain: "ca-wire.example", type: "news-article" },
  { name: "Almaty Evening", domain: "almaty-evening.example", type: "news-article" },
  { name: "Ili Valley Monitor", domain: "ili-monitor.example", type: "report" },
  { name: "Relatives' Testimony Project", domain: "testimony-project.example", type: "testimony" },
  { name: "Northern Silk Road Journal", domain: "nsr-journal.example", type: "news-article" },
  { name: "Open Records Initiative", domain: "open-records.example", type: "document" },
] as const;

const AUTHORS = ["Dana Sultan", "Marek Lind", "Ayumi Koga", "Olzhas Beisen", "Ruth Adler", "Timur Akhmet", "Leila Nasser", "Chris Rowan", "Zarina Yusup", "Tom Bekker"];
const CREDITS = ["AFP", "Reuters", "staff reporter", "translated by volunteers"];
const TOPICS = ["relatives search for the missing", "families wait for word from Xinjiang", "a town counts its absent", "letters that were never answered", "testimonies of detention", "the sentences no one announced", "voices from the border", "a registry of the disappeared"];

/** Sentences of an article that no claim quotes: they make each text read, and be searched, like a real one. */
const FILLER = [
  "Requests for comment sent to the regional government went unanswered.",
  "The accounts could not be independently verified.",
  "Several relatives asked that their names not be published, fearing reprisals.",
  "Rights groups say the true number of people held is unknown.",
  "Officials have described the facilities as voluntary training centers.",
  "Most of the families interviewed crossed the border years ago.",
  "Phone calls to the local police station were not answered.",
  "Some relatives have written dozens of letters to embassies and ministries.",
  "The families keep folders of documents, photographs and receipts.",
  "Travel between the two countries became far harder after 2017.",
  "Messages sent on social media were often deleted within hours.",
  "Diplomats have said they raise individual cases privately.",
];

const HEADER = ["SHARE", "Print", "Listen to this article", "Advertisement"];
const FOOTER = ["Subscribe for unlimited access to our journalism.", "Related coverage", "© All rights reserved.", "Sign up for the weekly newsletter."];

/** A new source, dated between `from` and `to` (years). */
export function makeSource(rng: Random, id: (base: string) => string, from: number, to: number, withheld: boolean): SourceDraft {
  const pub = rng.pick(PUBLISHERS);
  const year = rng.int(from, to);
  const published = `${year}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
  const topic = rng.pick(TOPICS);
  const title = `${topic[0]!.toUpperCase()}${topic.slice(1)}`;
  const sourceId = id(`${slugify(pub.name).replace(/^the-/, "")}-${published}-${slugify(topic).split("-").slice(0, 3).join("-")}`);
  return {
    id: sourceId,
    withheld,
    sourceType: pub.type,
    title,
    publisher: pub.name,
    published,
    authors: rng.chance(0.8) ? [rng.pick(AUTHORS)] : [],
    ...(rng.chance(0.3) ? { credit: rng.pick(CREDITS) } : {}),
    dateline: rng.pick(["ALMATY", "ZHARKENT", "ASTANA", "ISTANBUL", "BISHKEK", "UZYNAGASH"]),
    wrapped: pub.type === "testimony" || rng.chance(0.15),
    paragraphs: [],
  };
}

/** Writes a sentence into the source (a new paragraph now and then, and an unquoted sentence sometimes). */
export function write(rng: Random, src: SourceDraft, sentence: string): void {
  const last = src.paragraphs[src.paragraphs.length - 1];
  if (!last || last.length >= rng.int(2, 4)) src.paragraphs.push([sentence]);
  else last.push(sentence);
  if (rng.chance(0.15)) src.paragraphs[src.paragraphs.length - 1]!.push(rng.pick(FILLER));
}

/** Wraps a paragraph at `width` columns. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

/** The first or last few words of a line. */
const firstWords = (line: string, n: number) => line.split(" ").slice(0, n).join(" ");
const lastWords = (line: string, n: number) => line.split(" ").slice(-n).join(" ");

/** The source's captured text and its record. */
export function finishSource(rng: Random, src: SourceDraft, updated: string): { text: string; record: SourceInput } {
  if (src.paragraphs.length === 0) src.paragraphs.push([rng.pick(FILLER)]);
  const body = src.paragraphs.map((p, i) => {
    const text = (i === 0 ? `${src.dateline} — ` : "") + p.join(" ");
    return src.wrapped ? wrap(text, 78) : text;
  });
  const header = [`• ${src.credit ?? src.publisher}`, ...rng.shuffle(HEADER).slice(0, 2).map((h) => `  • ${h}`), "", src.title, ...(src.authors.length ? [`By ${src.authors.join(" and ")}`] : []), longDay(src.published), ""];
  const footer = ["", ...rng.shuffle(FOOTER).slice(0, 2)];
  const text = [...header, body.join("\n\n"), ...footer].join("\n") + "\n";
  const firstLine = body[0]!.split("\n")[0]!;
  const lastLine = body[body.length - 1]!.split("\n").at(-1)!;
  const record: SourceInput = {
    kind: "source",
    id: src.id,
    updated,
    ...(src.withheld ? { visibility: "withheld" as const } : {}),
    sourceType: src.sourceType,
    title: src.title,
    description: `${src.publisher}: ${src.title.toLowerCase()} (${src.published.slice(0, 4)}).`,
    publisher: src.publisher,
    ...(src.credit ? { credit: src.credit } : {}),
    authors: src.authors,
    published: src.published,
    url: `https://${PUBLISHERS.find((p) => p.name === src.publisher)!.domain}/${src.published.replace(/-/g, "/")}/${src.id}`,
    language: "en",
    seed: {
      file: `seeds/${src.id}.txt`,
      sha256: createHash("sha256").update(text, "utf8").digest("hex"),
      bodyStart: firstWords(firstLine, 6),
      bodyEnd: lastWords(lastLine, 5),
    },
  };
  return { text, record };
}
