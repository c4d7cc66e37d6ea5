import type { Page, Site } from "../engine/site/model.ts";
import { html } from "../engine/site/html.ts";

export const data = {
  pagination: { data: "site.pages", size: 1, alias: "record" },
  permalink: (data: { record: Page }) => `${data.record.url}index.html`,
};

export function render(data: { record: Page; site: Site }): string {
  return html`<!doctype html><html lang="en"><title>${data.record.name}</title><h1>${data.record.name}</h1>`.toString();
}
