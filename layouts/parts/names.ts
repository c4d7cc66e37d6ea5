/**
 * Names in their own language and direction. A name in another language than the page carries `lang`;
 * a right-to-left name (Arabic script) is isolated in `<bdi dir="rtl">` so that it neither takes on
 * nor disturbs the direction of the English around it.
 */
import type { Link, NameView } from "../../engine/site/model.ts";
import { html, type Trusted } from "../../engine/site/html.ts";

/** A name, marked with its language and direction where they differ from the page's. */
export function name(n: { name: string; lang?: string; dir?: "rtl" }): Trusted {
  if (n.dir === "rtl") return html`<bdi${n.lang ? html` lang="${n.lang}"` : ""} dir="rtl">${n.name}</bdi>`;
  if (n.lang) return html`<span lang="${n.lang}">${n.name}</span>`;
  return html`${n.name}`;
}

/** A link to a record, its name marked as above. */
export function recordLink(l: Link, href: string = l.href): Trusted {
  return html`<a href="${href}">${name(l)}</a>`;
}

/** The list of other names and spellings, each in its own language, with its note and source. */
export function otherNames(names: readonly NameView[]): Trusted {
  if (names.length === 0) return html``;
  return html`<section id="names"><h2>Other names and spellings</h2><ul class="plain">${names.map(
    (n) =>
      html`<li>${name(n)}${n.note || n.source ? html` <span class="meta">(${n.note ?? ""}${n.note && n.source ? "; " : ""}${n.source ? html`used in ${recordLink(n.source)}` : ""})</span>` : ""}</li>`,
  )}</ul></section>`;
}
