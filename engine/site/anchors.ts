/** Stable anchors for things that have no id of their own. */
import { createHash } from "node:crypto";
import { normalizeForQuote } from "../model/quote.ts";

/**
 * The anchor of a quoted excerpt on its source page: derived from the quote's words (normalized as the
 * quote check does), so it stays the same across builds and for every record that cites it.
 */
export function quoteAnchor(quote: string): string {
  return "q-" + createHash("sha256").update(normalizeForQuote(quote)).digest("hex").slice(0, 10);
}
