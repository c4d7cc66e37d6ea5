/** /_headers: security headers for hosts that read the file (the policy comes from the model). */
import type { Site } from "../engine/site/model.ts";

export const data = { permalink: "/_headers", eleventyExcludeFromCollections: true };

export function render(data: { site: Site }): string {
  return data.site.headers;
}
