/** /404.html: served for any missing address, so every link here is absolute (with the path prefix). */
import type { Site } from "../engine/site/model.ts";
import { html } from "../engine/site/html.ts";
import { page } from "./parts/base.ts";
import { searchForm } from "./parts/search.ts";

export const data = { permalink: "/404.html", eleventyExcludeFromCollections: true };

export function render(data: { site: Site }): string {
  const s = data.site;
  const main = html`<h1>Page not found</h1><p>There is no page at this address. The link may be mistyped or cut short; records keep their addresses, so try searching for the name.</p>${searchForm(
    s,
  )}<h2>Browse the archive</h2><ul><li><a href="${s.home}">Home</a></li>${s.counts.map((c) => html`<li><a href="${c.href}">${c.label}</a> (${c.count})</li>`)}</ul>`;
  return page({ site: s, head: s.notFound.head, main });
}
