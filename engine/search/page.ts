/**
 * What the search page shows and allows, computed once like every other page's model: its head, its
 * Content-Security-Policy (the only page that runs a script: its own, and Pagefind's WebAssembly),
 * where the index and script are, the filters, and the A–Z lists offered when JavaScript is off.
 */
import type { HeadView, Site } from "../site/model.ts";
import { withPrefix } from "../site/model.ts";
import { STATUSES } from "../model/vocabulary.ts";
import { CLIENT_PATH } from "./paths.ts";

export interface SearchPageView {
  url: string;
  head: HeadView;
  csp: string;
  /** Folder of Pagefind's files, with the path prefix, ending in a slash. */
  pagefindHref: string;
  scriptHref: string;
  lists: { label: string; href: string }[];
  filters: { name: "kind" | "status"; legend: string; options: { value: string; label: string }[] }[];
}

const STATUS_LABELS: Record<(typeof STATUSES)[number], string> = { missing: "Missing", detained: "Detained", sentenced: "Sentenced", released: "Released" };

/**
 * The search page's policy: the reading pages' policy plus its own script, Pagefind's WebAssembly
 * (`'wasm-unsafe-eval'`) and fetching the index from the site (`connect-src 'self'`). Pagefind runs on
 * the main thread (no worker), so no `worker-src` is needed.
 */
export function searchPolicy(styleHash: string): string {
  return ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", `style-src ${styleHash}`, "img-src 'self' data:", "base-uri 'none'", "form-action 'self'"].join("; ");
}

export function searchPageView(site: Omit<Site, "search" | "headers">): SearchPageView {
  const prefix = site.config.pathPrefix;
  return {
    url: "/search/",
    head: {
      title: `Search — ${site.config.title}`,
      description: `Search ${site.config.title} for a person, place or organization by any spelling, in any script.`,
      canonical: site.config.url + withPrefix(prefix, "/search/"),
      ogType: "website",
    },
    csp: searchPolicy(site.style.hash),
    pagefindHref: withPrefix(prefix, "/pagefind/"),
    scriptHref: withPrefix(prefix, `/${CLIENT_PATH}`),
    lists: site.counts.map((c) => ({ label: c.label, href: c.href })),
    filters: [
      { name: "kind", legend: "Kind of record", options: site.counts.map((c) => ({ value: c.kind, label: c.label })) },
      { name: "status", legend: "What happened to them (people)", options: STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })) },
    ],
  };
}
