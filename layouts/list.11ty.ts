/**
 * The A–Z lists, /people/, /places/, /organizations/, /sources/: the way in without JavaScript. A long
 * list links to a page per letter (layouts/letter.11ty.ts), rendered by the same function.
 */
import type { ListPage, Site } from "../engine/site/model.ts";
import { html } from "../engine/site/html.ts";
import { page } from "./parts/base.ts";
import { name, recordLink } from "./parts/names.ts";

export const data = {
  pagination: { data: "site.lists", size: 1, alias: "list", addAllPagesToCollections: false },
  permalink: (data: { list: ListPage }) => `${data.list.url}index.html`,
  eleventyExcludeFromCollections: true,
};

export function render(data: { list: ListPage; site: Site }): string {
  const l = data.list;
  const intro = l.letterPage
    ? html`<p>${l.groups[0]?.entries.length ?? 0} of the ${l.count} in the archive. <a href="${l.listHref}">All letters</a></p>`
    : html`<p>${l.count} in the archive, A to Z.${l.groups.length ? "" : " Choose a letter."}</p>`;
  const nav =
    l.letters.length > 1
      ? html`<nav aria-label="Letters"><ul class="letters">${l.letters.map(
          (g) => html`<li><a href="${g.href}"${g.current ? html` aria-current="page"` : ""}>${name({ name: g.letter, ...g })}</a></li>`,
        )}</ul></nav>`
      : "";
  const heading = l.letterPage && l.groups[0] ? html`${l.listTitle}: ${name({ name: l.groups[0].letter, ...l.groups[0] })}` : html`${l.title}`;
  const main = html`<h1>${heading}</h1>${intro}${nav}${l.groups.map(
    (g) => html`<section id="${g.anchor}"><h2>${name({ name: g.letter, ...g })}</h2><ul class="plain">${g.entries.map((e) => html`<li>${recordLink(e.link)}<br>${e.description}</li>`)}</ul></section>`,
  )}`;
  return page({ site: data.site, head: l.head, main });
}
