/**
 * Small valid records for validation tests. Each test changes one thing and checks the one message.
 */
import type { LoadedFile } from "../../engine/model/load.ts";

export const SOURCE_ID = "japantimes-2020-10-24-kazakhs-despair";

export const source = () => ({
  kind: "source",
  id: SOURCE_ID,
  updated: "2026-11-27",
  sourceType: "news-article",
  title: "Kazakhs despair for relatives missing in Xinjiang",
  publisher: "The Japan Times",
  authors: ["Christopher Rickleton"],
  published: "2020-10-24",
  url: "https://www.japantimes.co.jp/news/2020/10/24/world/politics-diplomacy-world/kazakhstan-xinjiang-china/",
  language: "en",
  seed: {
    file: "seeds/japantimes-2020-10-24-kazakhs-despair-xinjiang.txt",
    sha256: "5d95b390d47c8374514ee067edf09dca0943241545c90ecc7bff09d5bb36365b",
    bodyStart: "When Bikamal Kaken’s husband vanished",
    bodyEnd: "“We deeply regret this now.”",
  },
});

export const kaken = () => ({
  kind: "person",
  id: "bikamal-kaken",
  updated: "2026-11-27",
  name: "Bikamal Kaken",
  description: "Kazakh citizen whose husband disappeared in Xinjiang.",
  claims: [
    {
      id: "age",
      type: "age",
      text: "44 years old.",
      age: 44,
      date: "2020-10",
      dateInferred: "“44-year-old” in an article published on 24 October 2020",
      citations: [{ source: SOURCE_ID, quote: "44-year-old Kaken" }],
    },
  ],
  relations: [] as unknown[],
});

export const muqai = () => ({
  kind: "person",
  id: "adilgazy-muqai",
  updated: "2026-11-27",
  name: "Adilgazy Muqai",
  description: "Retired oil worker sentenced in Xinjiang.",
  claims: [
    {
      id: "sentenced",
      type: "sentence",
      text: "Sentenced to nine years on extremism charges.",
      assertedBy: "bikamal-kaken",
      citations: [{ source: SOURCE_ID, quote: "Muqai was sentenced to nine years on extremism charges" }],
    },
  ],
  relations: [
    { id: "wife", type: "spouse", to: "bikamal-kaken", role: "husband", citations: [{ source: SOURCE_ID, quote: "Kaken and her husband, a retired oil worker" }] },
  ],
});

export const kazakhstan = () => ({
  kind: "place",
  id: "kazakhstan",
  updated: "2026-11-27",
  name: "Kazakhstan",
  description: "Country in Central Asia.",
});

const FOLDER: Record<string, string> = { person: "people", place: "places", organization: "organizations", source: "sources" };

/** Wraps records as the loader would return them, each in its kind's folder, named by its id. */
export function files(...records: Record<string, unknown>[]): LoadedFile[] {
  return records.map((r) => ({ file: `content/${FOLDER[String(r.kind)] ?? "people"}/${String(r.id)}.ts`, exported: r }));
}

/** The base archive: a source, two people and a place, all valid. */
export const base = () => [source(), kaken(), muqai(), kazakhstan()] as Record<string, any>[];
