/**
 * Finding a quote in its source's text. Only whitespace, line breaks and curly versus straight quote
 * marks may differ between the two; everything else (case, dashes, spelling) must match exactly, so that
 * a quote on a page is always the source's own words.
 */

const SINGLE = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE = /[\u201C\u201D\u201E\u201F\u2033]/g;

/** Folds the differences a quote may have from its source into one form. */
export function normalizeForQuote(text: string): string {
  return text.replace(SINGLE, "'").replace(DOUBLE, '"').replace(/\s+/g, " ").trim();
}

/**
 * Cuts the source's own text out of a captured file: what lies between the first `start` marker and
 * the end of the last `end` marker (page furniture outside them is not the source's text).
 */
export function extractBody(text: string, start?: string, end?: string): { body: string; missing: ("bodyStart" | "bodyEnd")[] } {
  const missing: ("bodyStart" | "bodyEnd")[] = [];
  let from = 0;
  let to = text.length;
  if (start !== undefined) {
    const at = text.indexOf(start);
    if (at < 0) missing.push("bodyStart");
    else from = at;
  }
  if (end !== undefined) {
    const at = text.lastIndexOf(end);
    if (at < 0) missing.push("bodyEnd");
    else to = at + end.length;
  }
  return { body: text.slice(from, to), missing };
}

/** A source text prepared once for many quote look-ups. */
export class QuoteIndex {
  readonly normalized: string;
  constructor(readonly body: string) {
    this.normalized = normalizeForQuote(body);
  }
  /** Whether the quote is in the text, allowing only the tolerated differences. */
  has(quote: string): boolean {
    const q = normalizeForQuote(quote);
    return q.length > 0 && this.normalized.includes(q);
  }
}
