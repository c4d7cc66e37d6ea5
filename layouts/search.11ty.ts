/**
 * /search/: the only page with a script. The form is a plain GET form (the query lands in the address,
 * `?q=…`, so a search can be shared); with JavaScript it shows results from Pagefind, announced through
 * a live region; without, it says so and offers the A–Z lists.
 */
import type { Site } from "../engine/site/model.ts";
import { html } from "../engine/site/html.ts";
import { page } from "./parts/base.ts";

export const data = { permalink: "/search/index.html", eleventyExcludeFromCollections: true };

export function render(data: { site: Site }): string {
  const s = data.site;
  const v = s.search;
  const lists = html`<ul>${v.lists.map((l) => html`<li><a href="${l.href}">${l.label}</a></li>`)}</ul>`;
  const main = html`<h1>Search</h1><form role="search" id="search-form" action="${s.searchHref}" method="get" data-pagefind="${v.pagefindHref}"><label for="q">Name of a person, place or organization, in any spelling or script</label><input id="q" name="q" type="search" autocomplete="off" spellcheck="false"> <button type="submit">Search</button>${v.filters.map(
    (f) => html`<fieldset class="filters" hidden><legend>${f.legend}</legend>${f.options.map((o) => html`<label><input type="checkbox" name="${f.name}" value="${o.value}"> ${o.label}</label>`)}</fieldset>`,
  )}</form><noscript><p>Search needs JavaScript, which is off in this browser. Every record is also listed from A to Z:</p>${lists}</noscript><p id="search-status" role="status" aria-live="polite"></p><ol id="search-results" class="results"></ol><template id="search-none"><li><p>Try another spelling, fewer words, or browse the lists from A to Z:</p>${lists}</li></template><script type="module" src="${v.scriptHref}"></script>`;
  return page({ site: s, head: v.head, main, csp: v.csp });
}
