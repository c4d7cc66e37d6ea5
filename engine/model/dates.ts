/**
 * Dates in EDTF (Extended Date/Time Format, ISO 8601-2), parsed by the `edtf` library: imprecise
 * dates (a year, a month, a quarter, "about 2017") and intervals. Pure functions only.
 */
import edtf from "edtf";

export type ParsedDate =
  | { ok: true; value: string; min: number; max: number }
  | { ok: false; message: string };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Parsed dates by their text: an archive repeats a few thousand dates across its claims. */
const parsedDates = new Map<string, ParsedDate>();

/** Parses an EDTF string (once per distinct text); on failure says why in words an author can act on. */
export function parseDate(value: string): ParsedDate {
  let parsed = parsedDates.get(value);
  if (!parsed) parsedDates.set(value, (parsed = parseDateUncached(value)));
  return parsed;
}

function parseDateUncached(value: string): ParsedDate {
  const hint = 'write an EDTF date such as "2017", "2017-05", "2017-05-14", "2019-36" (late 2019), "2017~" (about 2017) or "2017-05/2020-10"';
  if (typeof value !== "string" || value.trim() === "") return { ok: false, message: `is empty; ${hint}` };
  let parsed: { min: number; max: number };
  try {
    parsed = edtf(value);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const m = /^(\d{4})-(\d{2})/.exec(value);
    if (m && Number(m[2]) > 12 && Number(m[2]) < 21) return { ok: false, message: `"${value}" has no month ${m[2]}; ${hint}` };
    if (/invalid upper bound|invalid interval/i.test(text)) return { ok: false, message: `"${value}" ends before it starts; put the earlier date first` };
    if (/invalid/i.test(text)) return { ok: false, message: `"${value}" is not a real date (${text.split("\n")[0]}); ${hint}` };
    return { ok: false, message: `"${value}" is not a valid EDTF date; ${hint}` };
  }
  if (!Number.isFinite(parsed.min) || !Number.isFinite(parsed.max)) return { ok: true, value, min: parsed.min, max: parsed.max };
  if (parsed.max < parsed.min) return { ok: false, message: `"${value}" ends before it starts; put the earlier date first` };
  return { ok: true, value, min: parsed.min, max: parsed.max };
}

/** A sort key: the earliest moment the date can mean (undated sorts last). */
export function dateSortKey(value: string | undefined): number {
  if (!value) return Number.POSITIVE_INFINITY;
  const parsed = parseDate(value);
  return parsed.ok && Number.isFinite(parsed.min) ? parsed.min : Number.POSITIVE_INFINITY;
}

const SEASONS: Record<string, string> = {
  "21": "spring", "22": "summer", "23": "autumn", "24": "winter",
  // Quarters: the first and last read as the article would say them, the middle two by their months.
  "33": "early", "34": "April–June", "35": "July–September", "36": "late",
  "37": "early", "38": "mid", "39": "late",
  "40": "the first half of", "41": "the second half of",
};

/** Shows one EDTF date (not an interval) in plain English, honest about its precision. */
function formatPoint(value: string): string {
  let core = value;
  let prefix = "";
  let suffix = "";
  if (/[~%]$/.test(core)) prefix = "c. ";
  if (/[?%]$/.test(core)) suffix = " (uncertain)";
  core = core.replace(/[~?%]$/, "");
  const season = /^(\d{4})-(2[1-9]|3\d|4[01])$/.exec(core);
  if (season) return `${prefix}${SEASONS[season[2]!] ?? "part of"} ${season[1]}${suffix}`;
  const decade = /^(\d{3})X$/.exec(core);
  if (decade) return `${prefix}the ${decade[1]}0s${suffix}`;
  const parts = core.split("-");
  const [y, m, d] = parts;
  if (!m || m === "XX") return `${prefix}${y}${suffix}`;
  const month = MONTHS[Number(m) - 1];
  if (!d || d === "XX") return `${prefix}${month} ${y}${suffix}`;
  return `${prefix}${Number(d)} ${month} ${y}${suffix}`;
}

/**
 * Shows an EDTF date for a reader: "May 2017", "late 2019", "c. 2020", "2012 (uncertain)",
 * "May 2017 – October 2020". Unknown ends of an interval read "until"/"since".
 */
export function formatDate(value: string): string {
  if (!value.includes("/")) return formatPoint(value);
  const [start, end] = value.split("/");
  if (!start || start === "..") return `until ${formatPoint(end!)}`;
  if (!end || end === "..") return `since ${formatPoint(start)}`;
  return `${formatPoint(start)} – ${formatPoint(end)}`;
}

/** The year a date falls in, when it names one (for "reported 2020"). */
export function dateYear(value: string): number | undefined {
  const m = /^(\d{4})/.exec(value);
  return m ? Number(m[1]) : undefined;
}
