/** /sitemap.xml: every page a search engine should know, each once (redirect pages are not in it). */
import type { Site } from "../engine/site/model.ts";
import { html } from "../engine/site/html.ts";

export const data = { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true };

export function render(data: { site: Site }): string {
  return html`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${data.site.sitemap.map((u) => html`<url><loc>${u.loc}</loc>${u.lastmod ? html`<lastmod>${u.lastmod}</lastmod>` : ""}</url>
`)}</urlset>
`.toString();
}
