/**
 * Dates as a synthetic source words them and as a record writes them in EDTF: the same moment, in the
 * source's words ("in late 2019", "around 2017", "two years ago") and as the archive records it
 * ("2019-36", "2017~", "2018" with `dateInferred`).
 */
import type { Random } from "./random.ts";

export interface When {
  /** The EDTF date a record writes. */
  edtf: string;
  /** How the source says it, ready to follow a verb: "in March 2018", "around 2017". */
  words: string;
  /** The year it falls in (the later one for an interval), to keep events in order. */
  year: number;
  /** Set when the date is resolved from words relative to the publication: how. */
  inferred?: string;
}

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const pad = (n: number) => String(n).padStart(2, "0");

/** "24 October 2020", for a YYYY-MM-DD day. */
export function longDay(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** A moment in [from, to] at a precision real sources use: a year, a month, a day, a part of a year, or "about". */
export function pointIn(rng: Random, from: number, to: number): When {
  const year = rng.int(from, Math.max(from, to));
  const month = rng.int(1, 12);
  switch (rng.weighted({ year: 30, month: 30, day: 8, late: 7, early: 5, spring: 4, summer: 3, half: 3, about: 7, uncertain: 3 })) {
    case "year":
      return { edtf: String(year), words: `in ${year}`, year };
    case "month":
      return { edtf: `${year}-${pad(month)}`, words: `in ${MONTHS[month - 1]} ${year}`, year };
    case "day": {
      const day = rng.int(1, 28);
      return { edtf: `${year}-${pad(month)}-${pad(day)}`, words: `on ${day} ${MONTHS[month - 1]} ${year}`, year };
    }
    case "late":
      return { edtf: `${year}-36`, words: `in late ${year}`, year };
    case "early":
      return { edtf: `${year}-33`, words: `in early ${year}`, year };
    case "spring":
      return { edtf: `${year}-21`, words: `in the spring of ${year}`, year };
    case "summer":
      return { edtf: `${year}-22`, words: `in the summer of ${year}`, year };
    case "half":
      return { edtf: `${year}-40`, words: `in the first half of ${year}`, year };
    case "about":
      return { edtf: `${year}~`, words: `around ${year}`, year };
    default:
      return { edtf: `${year}?`, words: `in what relatives believe was ${year}`, year };
  }
}

/** A birth date: a year, an approximate year, or a decade ("197X"). */
export function birthIn(rng: Random, year: number): When {
  switch (rng.weighted({ year: 70, about: 20, decade: 10 })) {
    case "year":
      return { edtf: String(year), words: `in ${year}`, year };
    case "about":
      return { edtf: `${year}~`, words: `around ${year}`, year };
    default: {
      const decade = Math.floor(year / 10);
      return { edtf: `${decade}X`, words: `in the ${decade}0s`, year };
    }
  }
}

/** A span: "between 2016 and May 2017", "from May 2017 to October 2020", or open-ended "since 2018". */
export function spanIn(rng: Random, from: number, to: number): When {
  const start = rng.int(from, Math.max(from, to - 1));
  const end = rng.int(start + 1, Math.max(start + 1, to));
  const m1 = rng.int(1, 12);
  const m2 = rng.int(1, 12);
  switch (rng.weighted({ yearMonth: 40, months: 35, since: 25 })) {
    case "yearMonth":
      return { edtf: `${start}/${end}-${pad(m2)}`, words: `between ${start} and ${MONTHS[m2 - 1]} ${end}`, year: end };
    case "months":
      return { edtf: `${start}-${pad(m1)}/${end}-${pad(m2)}`, words: `from ${MONTHS[m1 - 1]} ${start} to ${MONTHS[m2 - 1]} ${end}`, year: end };
    default:
      return { edtf: `${start}/..`, words: `since ${start}`, year: start };
  }
}

const AGO = ["", "last year", "two years ago", "three years ago", "four years ago"];

/**
 * A date a source gives relative to its publication ("two years ago", "in February"), resolved against
 * the publication day, with the explanation a record gives in `dateInferred`.
 */
export function relativeTo(rng: Random, published: string): When {
  const [y, m] = published.split("-").map(Number) as [number, number];
  const explain = (words: string) => `“${words}” in an article published on ${longDay(published)}`;
  if (m > 2 && rng.chance(0.4)) {
    const month = rng.int(1, m - 1);
    const words = `in ${MONTHS[month - 1]}`;
    return { edtf: `${y}-${pad(month)}`, words, year: y, inferred: explain(words) };
  }
  const back = rng.int(1, AGO.length - 1);
  const words = AGO[back]!;
  return { edtf: String(y - back), words, year: y - back, inferred: explain(words) };
}
