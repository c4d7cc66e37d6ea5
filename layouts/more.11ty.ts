/**
 * Pages that continue a long section of a record page — the many facts that mention a hub, its many
 * connections, a source's many excerpts — so that the record page itself stays within its budget.
 */
import type { MorePage, Site } from "../engine/site/model.ts";
import { html } from "../engine/site/html.ts";
import { page } from "./parts/base.ts";
import { name, recordLink } from "./parts/names.ts";
import { claim, relation } from "./parts/claims.ts";
import { excerptList } from "./parts/excerpts.ts";
import { notesList } from "./parts/notes.ts";

export const data = {
  pagination: { data: "site.more", size: 1, alias: "more", addAllPagesToCollections: false },
  permalink: (data: { more: MorePage }) => `${data.more.url}index.html`,
  eleventyExcludeFromCollections: true,
};

export function render(data: { more: MorePage; site: Site }): string {
  const m = data.more;
  const pager =
    m.prev || m.next
      ? html`<nav aria-label="Pages"><ul class="pager">${m.prev ? html`<li><a href="${m.prev}" rel="prev">Previous page</a></li>` : ""}${
          m.next ? html`<li><a href="${m.next}" rel="next">Next page</a></li>` : ""
        }</ul></nav>`
      : "";
  const main = html`<p class="kind">${m.record.kind === "source" ? "Source" : "Record"}: ${recordLink(m.record)}</p><h1>${m.heading}: ${name(m.record)}</h1>${
    m.pages > 1 ? html`<p>Page ${m.page} of ${m.pages}. <a href="${m.up}">Back to the record</a></p>` : html`<p><a href="${m.up}">Back to the record</a></p>`
  }${m.claims.length ? html`<ul class="claims">${m.claims.map(claim)}</ul>` : ""}${m.relations.length ? html`<ul class="claims">${m.relations.map(relation)}</ul>` : ""}${
    m.excerpts.length ? excerptList(m.excerpts) : ""
  }${pager}${notesList(m.notes)}`;
  return page({ site: data.site, head: m.head, main });
}
