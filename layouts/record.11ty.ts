/**
 * One page per public record: /people/<id>/, /places/<id>/, /organizations/<id>/, /sources/<id>/.
 * Everything shown comes from the site model (engine/site/model.ts); this file only renders it.
 */
import type { NamedPage, Page, Site, SourcePage } from "../engine/site/model.ts";
import { html, type Trusted } from "../engine/site/html.ts";
import { page } from "./parts/base.ts";
import { name, otherNames, recordLink } from "./parts/names.ts";
import { accounts, claimList, relations } from "./parts/claims.ts";
import { excerptList } from "./parts/excerpts.ts";
import { notesList } from "./parts/notes.ts";
import { citeBlock } from "./parts/cite.ts";
import { date } from "./parts/dates.ts";

export const data = {
  pagination: { data: "site.pages", size: 1, alias: "record", addAllPagesToCollections: false },
  permalink: (data: { record: Page }) => `${data.record.url}index.html`,
  eleventyExcludeFromCollections: true,
};

/** The kind line above the name; for a place, where it is (outermost first). */
function kindLine(p: NamedPage): Trusted {
  if (p.within.length === 0) return html`<p class="kind">${p.kindLabel}</p>`;
  return html`<nav class="crumbs" aria-label="Where it is"><ol>${p.within.map((l) => html`<li>${recordLink(l)}</li>`)}<li aria-current="page">${name(p.self)}</li></ol></nav><p class="kind">${p.kindLabel}</p>`;
}

function status(p: NamedPage): Trusted {
  if (!p.status) return html``;
  return html`<div class="status" id="status"><p>${p.status.summary} <a href="${p.status.href}">See the claim</a>${
    p.status.disputedHref ? html`; <a href="${p.status.disputedHref}">other accounts differ</a>` : ""
  }.</p><p class="meta">Reported at some point as: ${p.statuses.map((s, i) => html`${i ? ", " : ""}<span data-pagefind-filter="status">${s}</span>`)}.</p></div>`;
}

function namedMain(p: NamedPage): Trusted {
  return html`${kindLine(p)}<h1 lang="${p.lang}">${name({ name: p.name, ...(p.dir ? { dir: p.dir } : {}) })}</h1><p class="lead">${p.description}</p>${status(p)}${otherNames(p.otherNames)}${accounts(p.accounts)}${claimList(
    "facts",
    "Facts",
    p.facts,
  )}${claimList("timeline", "Timeline", p.timeline)}${relations(
    p.relations,
    p.relationsMore ? html`<p><a href="${p.relationsMore.href}">All ${p.relationsMore.count} connections of ${name(p.self)}</a></p>` : undefined,
  )}${claimList(
    "mentions",
    "In other records",
    p.mentions,
    html`Facts recorded on other pages that concern ${name(p.self)}${p.mentionsMore ? html`: the first ${p.mentions.length} of ${p.mentionsMore.count}` : ""}.`,
    p.mentionsMore ? html`<p><a href="${p.mentionsMore.href}">All ${p.mentionsMore.count} facts on other records that concern ${name(p.self)}</a></p>` : undefined,
  )}${notesList(p.notes)}${citeBlock(p.cite)}`;
}

function sourceMain(p: SourcePage): Trusted {
  const d = p.details;
  const o = d.original;
  return html`<p class="kind">${p.kindLabel}: ${d.sourceType}</p><h1 lang="${p.lang}">${name({ name: p.name, ...(p.dir ? { dir: p.dir } : {}) })}</h1><p class="lead">${p.description}</p><dl><dt>Publisher</dt><dd>${d.publisher}</dd>${
    d.credit ? html`<dt>Credit</dt><dd>${d.credit}</dd>` : ""
  }${d.authors.length ? html`<dt>${d.authors.length > 1 ? "Authors" : "Author"}</dt><dd>${d.authors.join(", ")}</dd>` : ""}<dt>Published</dt><dd>${date(d.published)}</dd>${
    o
      ? html`<dt>First published</dt><dd>${o.publisher}${o.published ? html`, ${date(o.published)}` : ""}${o.title ? html`, as “${o.title}”` : ""}${o.dateline ? html` (dateline ${o.dateline})` : ""}</dd>`
      : ""
  }<dt>Original</dt><dd><a href="${d.url}">${d.url}</a></dd></dl><p>This page shows only the excerpts that records in the archive cite, not the whole work. Read it in full at the original.</p>${
    p.citedBy.length ? html`<section id="cited-by"><h2>Records that cite it</h2><ul>${p.citedBy.map((l) => html`<li>${recordLink(l)}</li>`)}</ul></section>` : ""
  }${
    p.excerpts.length
      ? html`<section id="excerpts"><h2>Cited excerpts</h2>${p.excerptsMore ? html`<p>The first ${p.excerpts.length} of ${p.excerptsMore.count}, in the order of the text.</p>` : ""}${excerptList(p.excerpts)}${
          p.excerptsMore ? html`<p><a href="${p.excerptsMore.href}">More cited excerpts</a></p>` : ""
        }</section>`
      : ""
  }${citeBlock(p.cite)}`;
}

export function render(data: { record: Page; site: Site }): string {
  const p = data.record;
  return page({ site: data.site, head: p.head, main: p.kind === "source" ? sourceMain(p) : namedMain(p), indexAs: p.kind });
}
