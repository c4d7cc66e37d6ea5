/**
 * One claim as a list item: its date, its words (linked to the record it belongs to when that is
 * another), its citations, and where, who says so and how the date was worked out. The item's `id` is
 * the claim's anchor, so a single fact can be linked.
 */
import type { AccountGroup, ClaimView, RelationView } from "../../engine/site/model.ts";
import { html, type Trusted } from "../../engine/site/html.ts";
import { recordLink } from "./names.ts";
import { refs } from "./notes.ts";
import { when } from "./dates.ts";

/**
 * "In Xinjiang. According to Zhang Xiao. Date inferred: …" — only the parts the claim has. Who says
 * so is left out where it is already plain: in an account (headed by it) or when the subject says it.
 */
function meta(c: ClaimView, withAsserter: boolean): Trusted {
  const parts: Trusted[] = [];
  if (c.place) parts.push(html`In ${recordLink(c.place)}.`);
  if (withAsserter && c.assertedBy && !c.assertedBySubject) parts.push(html`According to ${c.assertedBy.link ? recordLink(c.assertedBy.link) : c.assertedBy.label}.`);
  if (c.when?.inferred) parts.push(html`Date inferred: ${c.when.inferred}.`);
  return parts.length ? html`<p class="meta">${parts.map((p, i) => html`${i ? " " : ""}${p}`)}</p>` : html``;
}

/**
 * The claim's words, led by the record it belongs to when shown on another record's page (unless,
 * in an account, that record is already named as the one who gives it).
 */
function words(c: ClaimView, inAccount = false): Trusted {
  const lead = c.on && !(inAccount && c.assertedBySubject);
  return html`<p>${lead && c.on ? html`${recordLink(c.on.link, c.on.href)}: ` : ""}${c.html}${refs(c.notes)}</p>`;
}

/** A claim in a timeline, a list of facts or the mentions from other records. */
export function claim(c: ClaimView): Trusted {
  return html`<li id="${c.anchor}">${c.when ? html`<p class="when">${when(c.when)}</p>` : ""}${words(c)}${meta(c, true)}</li>`;
}

/** A list of claims, or nothing when there are none; `after` follows the list (a link to the rest). */
export function claimList(id: string, heading: string, claims: readonly ClaimView[], intro?: Trusted | string, after?: Trusted): Trusted {
  if (claims.length === 0) return html``;
  return html`<section id="${id}"><h2>${heading}</h2>${intro ? html`<p>${intro}</p>` : ""}<ul class="claims">${claims.map(claim)}</ul>${after ?? ""}</section>`;
}

/** Differing accounts of one matter side by side, each headed by who gives it. */
export function accounts(groups: readonly AccountGroup[]): Trusted {
  if (groups.length === 0) return html``;
  return html`<section id="accounts"><h2>Who says what</h2><p>Accounts of the same matter differ. Each is shown with who gives it and its source.</p>${groups.map(
    (g) =>
      html`<ul class="accounts">${g.accounts.map(
        (c) =>
          html`<li id="${c.anchor}"><p class="who">${c.assertedBy ? html`According to ${c.assertedBy.link ? recordLink(c.assertedBy.link) : c.assertedBy.label}` : "As the source reports it"}</p>${
            c.when ? html`<p class="when">${when(c.when)}</p>` : ""
          }${words(c, true)}${meta(c, false)}</li>`,
      )}</ul>`,
  )}</section>`;
}

/** Ties to other records, in both directions; `after` follows the list (a link to the rest). */
export function relations(list: readonly RelationView[], after?: Trusted): Trusted {
  if (list.length === 0) return html``;
  return html`<section id="relations"><h2>Connections</h2><ul class="claims">${list.map(relation)}</ul>${after ?? ""}</section>`;
}

/** One tie: "Spouse: Bikamal Kaken, as husband [3]". */
export function relation(r: RelationView): Trusted {
  return html`<li id="${r.anchor}"><p>${r.label} ${recordLink(r.other)}${r.role ? html`, ${r.role}` : ""}${r.when ? html` (${when(r.when)})` : ""}${refs(r.notes)}</p>${
    r.when?.inferred ? html`<p class="meta">Date inferred: ${r.when.inferred}.</p>` : ""
  }</li>`;
}
