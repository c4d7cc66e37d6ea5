/**
 * What the search index holds for each record page: a small HTML document made for Pagefind, with
 * explicit `data-pagefind-*` markup, rather than the reading page itself. The reading page stays light
 * (no list of spellings a reader never sees) while the index gets every spelling, weighted:
 * the preferred name highest, then the other names, then generated variants, then the description
 * and the claims. https://pagefind.app/docs/weighting/ https://pagefind.app/docs/metadata/
 */
import type { Page } from "../site/model.ts";
import { escapeHtml } from "../site/html.ts";
import { nameVariants } from "./variants.ts";

export interface SearchDocument {
  /** The page's URL, with the site's path prefix, as results link to it. */
  url: string;
  /** The HTML Pagefind indexes. */
  content: string;
}

/**
 * Words the index holds for a page, by weight: its names, and the names of what it is tied to (so
 * that "Kaken" also finds her husband's page, lower down). Claims are left out: Pagefind ships each
 * result's whole indexed text to the reader (its "fragment"), and a search is for names.
 */
function texts(page: Page): { names: string[]; body: string[] } {
  if (page.kind === "source") {
    const s = page.source;
    return { names: [page.name], body: [s.publisher, ...(s.credit ? [s.credit] : []), ...s.authors, ...(s.original ? [s.original.publisher] : [])] };
  }
  return { names: [page.name, ...page.otherNames.map((n) => n.name)], body: page.relations.map((r) => r.other.name) };
}

/** The index document of one page. */
export function searchDocument(page: Page, language: string): SearchDocument {
  const { names, body } = texts(page);
  const variants = [...new Set(names.flatMap(nameVariants))];
  // Meta and filters in attribute form, one per empty element, so that their values are not indexed as words.
  const meta = (key: string, value: string) => `<span data-pagefind-meta="${key}:${escapeHtml(value)}"></span>`;
  const filters = [`<span data-pagefind-filter="kind:${escapeHtml(page.kind)}"></span>`];
  if (page.kind !== "source") for (const s of page.statuses) filters.push(`<span data-pagefind-filter="status:${escapeHtml(s)}"></span>`);
  const content = [
    `<!doctype html><html lang="${escapeHtml(language)}"><head><title>${escapeHtml(page.name)}</title></head>`,
    `<body data-pagefind-body>`,
    meta("kind", page.kindLabel),
    meta("names", names.join(" · ")),
    meta("description", page.description),
    `<h1 data-pagefind-meta="title" data-pagefind-weight="10">${escapeHtml(page.name)}</h1>`,
    names.length > 1 ? `<p data-pagefind-weight="9">${names.slice(1).map(escapeHtml).join(" · ")}</p>` : "",
    variants.length ? `<p data-pagefind-weight="6">${variants.map(escapeHtml).join(" ")}</p>` : "",
    `<p data-pagefind-weight="2">${escapeHtml(page.description)}</p>`,
    body.length ? `<p data-pagefind-weight="0.5">${body.map(escapeHtml).join(" ")}</p>` : "",
    ...filters,
    `</body></html>`,
  ].join("");
  return { url: page.href, content };
}
