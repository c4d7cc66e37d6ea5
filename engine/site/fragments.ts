/**
 * Links that open the original at the quoted words, using URL text fragments
 * (`#:~:text=start,end`), which browsers that support them scroll to and highlight; others simply
 * open the page. https://wicg.github.io/scroll-to-text-fragment/
 */

/**
 * The quote exactly as the source's text writes it. A quote in the archive may use straight quote
 * marks where the source has curly ones (the quote check allows it), but a text fragment must match
 * the page's own characters.
 */
export function exactSpan(body: string, quote: string): string | undefined {
  // Most quotes are copied exactly: find those without building a pattern.
  const plain = quote.trim();
  if (plain && body.includes(plain)) return plain.replace(/\s+/g, " ");
  const pattern = quote
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/['\u2018\u2019\u201A\u201B\u2032]/g, "['\u2018\u2019\u201A\u201B\u2032]")
        .replace(/["\u201C\u201D\u201E\u201F\u2033]/g, '["\u201C\u201D\u201E\u201F\u2033]'),
    )
    .join("\\s+");
  return pattern ? new RegExp(pattern, "u").exec(body)?.[0].replace(/\s+/g, " ") : undefined;
}

/** Encodes text for a text directive: as a URI component, and also `-`, which the syntax reserves. */
const encode = (text: string) => encodeURIComponent(text).replace(/-/g, "%2D");

/**
 * The original's address, pointing at the quote. A quote of more than `words` words is given by its
 * first and last words (`textStart,textEnd`), which keeps the address short.
 */
export function textFragmentUrl(url: string, quote: string, words = 4): string {
  const tokens = quote.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return url;
  const directive =
    tokens.length <= words * 2 ? encode(tokens.join(" ")) : `${encode(tokens.slice(0, words).join(" "))},${encode(tokens.slice(-words).join(" "))}`;
  return `${url}${url.includes("#") ? "" : "#"}:~:text=${directive}`;
}
