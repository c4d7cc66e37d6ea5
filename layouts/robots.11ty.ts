/** /robots.txt: everything may be crawled; here is the sitemap. */
import type { Site } from "../engine/site/model.ts";

export const data = { permalink: "/robots.txt", eleventyExcludeFromCollections: true };

export function render(data: { site: Site }): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${data.site.sitemapUrl}\n`;
}
