/** "Cite this page": the page's title, the archive's name, its permanent address and when it was last revised. */
import type { CiteView } from "../../engine/site/model.ts";
import { html, type Trusted } from "../../engine/site/html.ts";
import { date } from "./dates.ts";

export function citeBlock(c: CiteView): Trusted {
  return html`<section id="cite" data-pagefind-ignore><h2>Cite this page</h2><p>“${c.title}”, <cite>${c.archive}</cite>, last updated ${date(c.updated)}. <a href="${c.url}">${c.url}</a></p></section>`;
}
