/**
 * A page at each former id of a record, sending the reader on to its current address: an immediate
 * meta refresh (works without JavaScript), a canonical link for search engines, and a plain link.
 * Never indexed, and not in the sitemap.
 */
import type { Redirect, Site } from "../engine/site/model.ts";
import { html } from "../engine/site/html.ts";
import { page } from "./parts/base.ts";
import { name } from "./parts/names.ts";

export const data = {
  pagination: { data: "site.redirects", size: 1, alias: "redirect", addAllPagesToCollections: false },
  permalink: (data: { redirect: Redirect }) => `${data.redirect.url}index.html`,
  eleventyExcludeFromCollections: true,
};

export function render(data: { redirect: Redirect; site: Site }): string {
  const r = data.redirect;
  const main = html`<h1>This page has moved</h1><p>The record of ${name(r)} is now at <a href="${r.to}">${r.canonical}</a>.</p>`;
  return page({ site: data.site, head: r.head, main });
}
