/**
 * The real archive as built by the test setup, at the root and under /archive/: every public record
 * has its page, every link and anchor resolves, each record page fits the first-load budget and runs
 * no script, and the sitemap, robots.txt and head tags say what they should.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../engine/build/archive.ts";
import { KIND_PATHS } from "../../engine/site/model.ts";
import type { Record as ArchiveRecord } from "../../engine/model/schema.ts";
import { ROOT, SITES } from "../support/sites.ts";
import { attributes, brokenLinks, builtPages, elements, isRecordPage, meta, type BuiltPage } from "./read-site.ts";

/** What the first load of a page may weigh, gzipped: about what arrives in the first round trip. */
const FIRST_LOAD_BUDGET = 14 * 1024;

let records: ArchiveRecord[];
beforeAll(async () => {
  records = (await loadArchive({ root: ROOT, env: {} })).archive.records;
});

describe.each([
  ["real", SITES.real],
  ["prefixed", SITES.prefixed],
] as const)("the %s build of the archive", (_name, site) => {
  const prefix = site.pathPrefix;
  let pages: BuiltPage[];
  let byPath: Map<string, BuiltPage>;
  beforeAll(() => {
    pages = builtPages(site.outDir);
    byPath = new Map(pages.map((p) => [p.path, p]));
  });

  it("has a page for every public record, and none for a withheld one", () => {
    const publicPaths = records.filter((r) => r.visibility === "public").map((r) => `/${KIND_PATHS[r.kind]}/${r.id}/`);
    const withheld = records.filter((r) => r.visibility === "withheld").map((r) => `/${KIND_PATHS[r.kind]}/${r.id}/`);
    expect(publicPaths.length).toBeGreaterThan(10);
    for (const p of publicPaths) expect(byPath.has(p), p).toBe(true);
    for (const p of withheld) expect(byPath.has(p), p).toBe(false);
    for (const p of ["/", "/404.html", "/people/", "/places/", "/organizations/", "/sources/"]) expect(byPath.has(p), p).toBe(true);
  });

  it("resolves every internal link and #anchor, each starting with the path prefix", () => {
    const { broken, checked } = brokenLinks(pages, prefix);
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });

  it("gives no two elements on a page the same id", () => {
    for (const page of pages) {
      const ids = attributes(page.html, "id");
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), page.path).toEqual([]);
    }
  });

  it("keeps each record page's first load, HTML with its inlined CSS, within 14 KB gzipped", () => {
    const sizes = pages.filter((p) => isRecordPage(p.path)).map((p) => [p.path, gzipSync(p.html).length] as const);
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter(([, bytes]) => bytes > FIRST_LOAD_BUDGET)).toEqual([]);
    // No stylesheet, font or image is fetched after the HTML: the first load is the whole load.
    for (const p of pages) expect(p.html, p.path).not.toMatch(/<link rel="stylesheet"|<img |@font-face|@import/);
  });

  it("runs no script on any page: the only script elements hold JSON-LD data", () => {
    for (const page of pages.filter((p) => !p.path.startsWith("/search/"))) {
      for (const s of elements(page.html, "script")) expect(s.open, page.path).toBe('<script type="application/ld+json">');
      expect(page.html, page.path).not.toMatch(/\son[a-z]+="/);
    }
  });

  it("allows the inlined stylesheet by its exact hash, and nothing from another site, in each page's CSP", () => {
    for (const page of pages.filter((p) => !p.path.startsWith("/search/"))) {
      const styles = elements(page.html, "style");
      expect(styles, page.path).toHaveLength(1);
      const hash = createHash("sha256").update(styles[0]!.text).digest("base64");
      const csp = meta(page.html, "Content-Security-Policy");
      expect(csp, page.path).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src 'self' data:; base-uri 'none'; form-action 'self'`);
      expect(attributes(page.html, "style"), page.path).toEqual([]);
    }
  });

  it("gives every page a language, a title, a description, and record pages their canonical URL and Open Graph tags", () => {
    const config = { url: "https://archive.example.org" };
    for (const page of pages) {
      expect(page.html, page.path).toMatch(/^<!doctype html>\n<html lang="en">/);
      expect(elements(page.html, "title")[0]?.text, page.path).toMatch(/\S/);
      expect(meta(page.html, "description"), page.path).toMatch(/\S/);
    }
    for (const page of pages.filter((p) => isRecordPage(p.path))) {
      const canonical = `${config.url}${prefix.replace(/\/$/, "")}${page.path}`;
      expect(page.html).toContain(`<link rel="canonical" href="${canonical}">`);
      expect(meta(page.html, "og:url")).toBe(canonical);
      expect(meta(page.html, "og:title")).toBe(elements(page.html, "title")[0]!.text.replace(/&#39;/g, "'"));
      expect(meta(page.html, "og:site_name")).toBe("Xinjiang Disappearances Archive");
      expect(elements(page.html, "h1"), page.path).toHaveLength(1);
    }
  });

  it("marks each record page's main content for search with its kind", () => {
    const kinds: { [folder: string]: string } = { people: "person", places: "place", organizations: "organization", sources: "source" };
    for (const page of pages) {
      const bodies = page.html.match(/data-pagefind-body/g) ?? [];
      if (!isRecordPage(page.path)) {
        expect(bodies, page.path).toEqual([]);
        continue;
      }
      const kind = kinds[page.path.split("/")[1]!];
      expect(page.html).toContain(`<main id="main" data-pagefind-body data-pagefind-filter="kind:${kind}" data-pagefind-meta="kind:${kind}">`);
    }
  });

  it("lists every record page in the sitemap exactly once, with the lists and home, and no redirect page", () => {
    const xml = readFileSync(path.join(site.outDir, "sitemap.xml"), "utf8");
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    const base = `https://archive.example.org${prefix.replace(/\/$/, "")}`;
    const redirects = pages.filter((p) => /http-equiv="refresh"/.test(p.html)).map((p) => base + p.path);
    // Every page a reader can arrive at, except the 404 page, redirects and the search page.
    const expected = pages.filter((p) => p.path !== "/404.html" && !p.path.startsWith("/search/") && !redirects.includes(base + p.path)).map((p) => base + p.path);
    expect(locs.length).toBe(new Set(locs).size);
    expect([...locs].sort()).toEqual(expected.sort());
    for (const p of pages.filter((x) => isRecordPage(x.path))) expect(locs).toContain(base + p.path);
    for (const r of redirects) expect(locs).not.toContain(r);
  });

  it("points robots.txt at the sitemap", () => {
    const robots = readFileSync(path.join(site.outDir, "robots.txt"), "utf8");
    expect(robots).toContain(`Sitemap: https://archive.example.org${prefix}sitemap.xml`);
  });

  it("writes the 404 page with links that work from any address", () => {
    const notFound = byPath.get("/404.html")!;
    for (const href of attributes(notFound.html, "href").filter((h) => !/^(https?:|data:|#)/.test(h))) expect(href.startsWith(prefix), href).toBe(true);
    expect(notFound.html).toContain('<meta name="robots" content="noindex">');
    expect(notFound.html).toMatch(/<form role="search" action="[^"]+" method="get">/);
    expect(existsSync(path.join(site.outDir, "favicon.ico"))).toBe(false);
  });
});

describe("the link check", () => {
  it("would catch a missing page, a missing anchor and a link without the path prefix", () => {
    const pages = [
      { path: "/a/", html: '<p id="x"><a href="/archive/a/#x">ok</a> <a href="#x">ok</a> <a href="https://example.com/">out</a></p>' },
      { path: "/b/", html: '<a href="/archive/c/">gone</a><a href="/archive/a/#y">no anchor</a><a href="/a/">no prefix</a><a href="#z">no anchor here</a>' },
    ];
    expect(brokenLinks(pages, "/archive/")).toEqual({
      checked: 6,
      broken: ["/b/: /archive/c/ leads to no page", "/b/: /archive/a/#y has no #y there", "/b/: /a/ does not start with /archive/", "/b/: #z has no #z there"],
    });
  });
});

describe("first-load bytes of the real archive's record pages", () => {
  it("are reported, largest first, so that growth is visible in the test output", () => {
    const sizes = builtPages(SITES.real.outDir)
      .filter((p) => isRecordPage(p.path))
      .map((p) => ({ path: p.path, gzip: gzipSync(p.html).length }))
      .sort((a, b) => b.gzip - a.gzip);
    console.log(sizes.map((s) => `${String(s.gzip).padStart(6)}  ${s.path}`).join("\n"));
    expect(sizes[0]!.gzip).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });
});
