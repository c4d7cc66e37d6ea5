/** The home page: what the archive is, how many records of each kind, search, and what changed lately. */
import type { Site } from "../engine/site/model.ts";
import { html } from "../engine/site/html.ts";
import { page } from "./parts/base.ts";
import { recordLink } from "./parts/names.ts";
import { date } from "./parts/dates.ts";
import { searchForm } from "./parts/search.ts";

export const data = { permalink: "/index.html", eleventyExcludeFromCollections: true };

export function render(data: { site: Site }): string {
  const s = data.site;
  const main = html`<h1>${s.config.title}</h1><p class="lead">${s.config.description}</p>${searchForm(s)}<h2>In the archive</h2><ul>${s.counts.map(
    (c) => html`<li><a href="${c.href}">${c.label}</a>: ${c.count}</li>`,
  )}</ul><h2>How to read a record</h2><p>Each record says what its sources say, and no more. Every fact carries a number in brackets, such as [1], that leads to the words of its source at the foot of the page, and from there to the source itself. Where accounts differ, for example a family’s and a government’s, they are shown side by side under “Who says what”. Dates are as precise as the sources allow; a date worked out from a source rather than stated in it is marked “inferred”.</p><h2>Recently updated</h2><ul class="plain">${s.recent.map(
    (r) => html`<li>${recordLink(r.link)} <span class="meta">(${date(r.when)})</span><br>${r.description}</li>`,
  )}</ul>`;
  return page({ site: s, head: s.index.head, main });
}
