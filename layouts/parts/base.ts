/**
 * The page shell every HTML page shares: `<head>` (CSP, canonical, Open Graph, JSON-LD, the inlined
 * stylesheet) and the header with the skip link and the archive's navigation. Renders only.
 */
import type { Kind } from "../../engine/model/schema.ts";
import type { HeadView, Site } from "../../engine/site/model.ts";
import { html, jsonForScript, trusted, type Trusted } from "../../engine/site/html.ts";

export interface PageShell {
  site: Site;
  head: HeadView;
  /** The main content, inside `<main>`. */
  main: Trusted;
  /**
   * Record pages only: the page goes into the search index (`data-pagefind-body`), tagged with its
   * kind. Pages without it (home, lists, 404, redirects) stay out of the index.
   */
  indexAs?: Kind;
  /** A page that needs more than reading pages (the search page: its script) passes its own policy. */
  csp?: string;
}

/** The `<head>` contents. The CSP comes first so that it governs everything after it. */
export function head(site: Site, h: HeadView, csp: string = site.csp): Trusted {
  return html`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="viewport" content="width=device-width,initial-scale=1">${
    h.refresh ? html`<meta http-equiv="refresh" content="0; url=${h.refresh}">` : ""
  }<title>${h.title}</title><meta name="description" content="${h.description}">${h.noindex ? html`<meta name="robots" content="noindex">` : ""}${
    h.canonical ? html`<link rel="canonical" href="${h.canonical}">` : ""
  }<link rel="icon" href="data:,"><meta name="referrer" content="no-referrer"><meta property="og:title" content="${h.title}"><meta property="og:description" content="${h.description}">${
    h.canonical ? html`<meta property="og:url" content="${h.canonical}">` : ""
  }<meta property="og:type" content="${h.ogType}"><meta property="og:site_name" content="${site.config.title}"><style>${trusted(site.style.css)}</style>${
    h.jsonLd ? html`<script type="application/ld+json">${jsonForScript(h.jsonLd)}</script>` : ""
  }`;
}

/** The header: skip link, the archive's name (linking home) and its lists. */
export function header(site: Site): Trusted {
  return html`<a class="skip" href="#main">Skip to content</a><header><p class="site"><a href="${site.home}">${site.config.title}</a></p><nav aria-label="Archive"><ul>${site.nav.map(
    (n) => html`<li><a href="${n.href}">${n.label}</a></li>`,
  )}</ul></nav></header>`;
}

/** A whole HTML page. */
export function page({ site, head: h, main, indexAs, csp }: PageShell): string {
  const indexed = indexAs ? html` data-pagefind-body data-pagefind-filter="kind:${indexAs}" data-pagefind-meta="kind:${indexAs}"` : "";
  return html`<!doctype html>
<html lang="${site.config.language}"><head>${head(site, h, csp)}</head><body>${header(site)}<main id="main"${indexed}>${main}</main></body></html>
`.toString();
}
