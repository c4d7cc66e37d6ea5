/**
 * Citations: "[1]" links beside each claim, and the numbered notes at the foot of the page, each with
 * the quote, a link to it on the source page (named by publisher and date, which tell notes apart
 * better than a title repeated in every note) and a link on to the original. Kept out of the search
 * index, which should hold what records say, not bibliographies.
 */
import type { NoteRef, NoteView } from "../../engine/site/model.ts";
import { html, type Trusted } from "../../engine/site/html.ts";
import { date } from "./dates.ts";

/** The note references of one claim: " [1][2]". */
export function refs(notes: readonly NoteRef[]): Trusted {
  if (notes.length === 0) return html``;
  return html` <span class="refs" data-pagefind-ignore>${notes.map((r) => html`<a href="${r.href}" aria-label="Note ${r.n}">[${r.n}]</a>`)}</span>`;
}

/** The numbered notes. Each list item's number is its note's number. */
export function notesList(notes: readonly NoteView[]): Trusted {
  if (notes.length === 0) return html``;
  return html`<section id="notes" data-pagefind-ignore><h2>Notes</h2><ol class="notes">${notes.map(
    (n) =>
      html`<li id="${n.anchor}"><q${n.lang ? html` lang="${n.lang}"` : ""}>${n.quote}</q><br><a href="${n.href}">${n.publisher}, ${date(n.published)}</a> (<a href="${n.originalHref}">original</a>)</li>`,
  )}</ol></section>`;
}
