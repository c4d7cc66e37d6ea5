/**
 * Dates as a reader sees them: the words ("May 2017", "late 2019", "c. 2020") and, where HTML has an
 * exact equivalent, a machine-readable `datetime` for a `<time>` element. Pure functions only.
 */
import { dateSortKey, formatDate, parseDate } from "../model/dates.ts";

/** One piece of a shown date; a piece with `datetime` renders as `<time datetime>`. */
export interface DatePart {
  text: string;
  datetime?: string;
}

/** A date ready to show. */
export interface DateView {
  /** The whole date in words: "May 2017 – October 2020". */
  label: string;
  /** The same words in pieces, so that each exact end can be a `<time>`. */
  parts: DatePart[];
  /** How the date was worked out, when the source does not state it. */
  inferred?: string;
}

/**
 * The HTML `datetime` value of one EDTF point, only when it means exactly what HTML means: a plain
 * year, month or day. "2019-36" (late 2019), "2017~" (about 2017) or "2017-05-XX" have none, so a
 * machine never reads them as more precise than the source.
 * https://html.spec.whatwg.org/multipage/text-level-semantics.html#datetime-value
 */
export function htmlDatetime(point: string): string | undefined {
  return /^(?!0000)\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/.test(point) ? point : undefined;
}

const part = (point: string): DatePart => {
  const datetime = htmlDatetime(point);
  return { text: formatDate(point), ...(datetime ? { datetime } : {}) };
};

/** Shows an EDTF date (a point or an interval), with how it was inferred when it was. */
export function dateView(value: string, inferred?: string): DateView {
  let parts: DatePart[];
  if (!value.includes("/")) parts = [part(value)];
  else {
    const [start = "", end = ""] = value.split("/");
    if (!start || start === "..") parts = [{ text: "until " }, part(end)];
    else if (!end || end === "..") parts = [{ text: "since " }, part(start)];
    else parts = [part(start), { text: " – " }, part(end)];
  }
  return { label: formatDate(value), parts, ...(inferred ? { inferred } : {}) };
}

/** A day written YYYY-MM-DD (a record's `updated`, a source's `published`), shown in words. */
export function dayView(day: string): DateView {
  return dateView(day);
}

/**
 * Where a date sits on a timeline: the middle of the span it can mean. "2017" (the whole year) then
 * sorts after "May 2017", which reads right: a thing known only by its year is not placed before
 * everything else that year. Undated sorts last.
 */
export function timelineKey(value: string | undefined): number {
  if (!value) return Number.POSITIVE_INFINITY;
  let key = keys.get(value);
  if (key === undefined) keys.set(value, (key = computeKey(value)));
  return key;
}

// Parsing EDTF is slow next to sorting, and an archive uses few distinct dates: each is parsed once.
const keys = new Map<string, number>();

function computeKey(value: string): number {
  const parsed = parseDate(value);
  if (!parsed.ok) return Number.POSITIVE_INFINITY;
  const { min, max } = parsed;
  if (Number.isFinite(min) && Number.isFinite(max)) return (min + max) / 2;
  if (Number.isFinite(min)) return min;
  if (Number.isFinite(max)) return max;
  return Number.POSITIVE_INFINITY;
}

const earliest = new Map<string, number>();

/** `dateSortKey` (the earliest moment a date can mean), each distinct date parsed once. */
export function earliestKey(value: string | undefined): number {
  if (!value) return dateSortKey(value);
  let key = earliest.get(value);
  if (key === undefined) earliest.set(value, (key = dateSortKey(value)));
  return key;
}
