/**
 * A source's cited excerpts: each quote with its own anchor, the claims that cite it, and a link to
 * the words in the original. Only what records cite is shown, never the whole work.
 */
import type { ExcerptView } from "../../engine/site/model.ts";
import { html, type Trusted } from "../../engine/site/html.ts";
import { name } from "./names.ts";

export function excerpt(e: ExcerptView): Trusted {
  return html`<li id="${e.anchor}"><blockquote${e.lang ? html` lang="${e.lang}"` : ""}><p>${e.quote}</p></blockquote><p class="meta" data-pagefind-ignore>Cited for ${e.citedBy.map(
    (c, i) => html`${i ? ", " : ""}<a href="${c.href}">${name(c.link)} (${c.what})</a>`,
  )}. <a href="${e.originalHref}">In the original</a></p></li>`;
}

export function excerptList(list: readonly ExcerptView[]): Trusted {
  return html`<ol class="excerpts">${list.map(excerpt)}</ol>`;
}
