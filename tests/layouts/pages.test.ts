/**
 * Whole pages rendered from a model built on a small archive, without Eleventy: the page shell, a
 * record page whose text is full of markup characters, and the sitemap.
 */
import { describe, expect, it } from "vitest";
import { validateArchive } from "../../engine/model/validate.ts";
import { resolveSiteConfig } from "../../engine/site/config.ts";
import { buildSite, type NamedPage, type Site } from "../../engine/site/model.ts";
import { render as renderRecord } from "../../layouts/record.11ty.ts";
import { render as renderSitemap } from "../../layouts/sitemap.11ty.ts";
import { render as renderHome } from "../../layouts/index.11ty.ts";
import { render as renderRedirect } from "../../layouts/redirect.11ty.ts";
import { render as renderMore } from "../../layouts/more.11ty.ts";
import { render as renderList } from "../../layouts/list.11ty.ts";
import { INLINE_LIMIT } from "../../engine/site/model.ts";
import * as fixtures from "../support/records.ts";
import { files } from "../support/records.ts";

type R = Record<string, any>;
const source = (): R => fixtures.source();
const kaken = (): R => fixtures.kaken();
const muqai = (): R => fixtures.muqai();
const kazakhstan = (): R => fixtures.kazakhstan();
import { ROOT } from "../support/sites.ts";

async function siteOf(records: Record<string, any>[]): Promise<Site> {
  const { archive, problems } = await validateArchive(ROOT, files(...records));
  expect(problems).toEqual([]);
  return buildSite(archive!, resolveSiteConfig({ title: "Test <Archive>", description: "A test & more.", url: "https://example.org", pathPrefix: "/" }, {}));
}

describe("a record page", () => {
  it("escapes markup in a name and description everywhere it appears, the head and JSON-LD included", async () => {
    const m = muqai();
    m.name = "Eve <script>alert(1)</script>";
    m.description = 'Says "</script><script>alert(2)</script>"';
    const site = await siteOf([source(), kaken(), m, kazakhstan()]);
    const out = renderRecord({ record: site.pages.find((p) => p.id === "adilgazy-muqai")!, site });
    expect(out).not.toContain("<script>alert");
    expect(out).toContain("<title>Eve &lt;script&gt;alert(1)&lt;/script&gt; — Test &lt;Archive&gt;</title>");
    expect(out).toContain('<h1 lang="en">Eve &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(out.match(/<script/g)).toEqual(["<script"]);
    expect(out).toContain('"name":"Eve \\u003cscript>alert(1)\\u003c/script>"');
  });

  it("carries the CSP first in the head, then canonical, Open Graph, the favicon and the inlined stylesheet", async () => {
    const site = await siteOf([source(), kaken(), muqai(), kazakhstan()]);
    const out = renderRecord({ record: site.pages.find((p) => p.id === "bikamal-kaken")!, site });
    const head = out.slice(out.indexOf("<head>"), out.indexOf("</head>"));
    expect(head.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(head.indexOf("<style>"));
    expect(head).toContain('<link rel="canonical" href="https://example.org/people/bikamal-kaken/">');
    for (const p of ["og:title", "og:description", "og:url", "og:type", "og:site_name"]) expect(head).toContain(`<meta property="${p}"`);
    expect(head).toContain('<link rel="icon" href="data:,">');
    expect(head).toContain(`<style>${site.style.css}</style>`);
  });

  it("marks the main content for search with the record's kind, and a person's statuses as filters", async () => {
    const site = await siteOf([source(), kaken(), muqai(), kazakhstan()]);
    const out = renderRecord({ record: site.pages.find((p) => p.id === "adilgazy-muqai")!, site });
    expect(out).toContain('<main id="main" data-pagefind-body data-pagefind-filter="kind:person" data-pagefind-meta="kind:person">');
    expect(out).toContain('<span data-pagefind-filter="status">sentenced</span>');
    expect(out).toContain('<section id="notes" data-pagefind-ignore>');
  });

  it("shows the status summary before anything else in the main content, linked to its claim", async () => {
    const site = await siteOf([source(), kaken(), muqai(), kazakhstan()]);
    const p = site.pages.find((x) => x.id === "adilgazy-muqai") as NamedPage;
    const out = renderRecord({ record: p, site });
    const main = out.slice(out.indexOf("<main"));
    expect(main.indexOf('class="status"')).toBeGreaterThan(main.indexOf("</h1>"));
    expect(main.indexOf('class="status"')).toBeLessThan(main.indexOf("<section"));
    expect(main).toContain(`<a href="${p.status!.href}">See the claim</a>`);
    expect(main).toContain('<li id="sentenced">');
  });
});

describe("other pages", () => {
  it("writes one sitemap entry per URL, escaped for XML", async () => {
    const site = await siteOf([source(), kaken(), muqai(), kazakhstan()]);
    site.sitemap.push({ loc: "https://example.org/a?b=1&c=2" });
    const out = renderSitemap({ site });
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(out.match(/<url>/g)).toHaveLength(site.sitemap.length);
    expect(out).toContain("<loc>https://example.org/a?b=1&amp;c=2</loc>");
  });

  it("puts a labelled search form on the home page that sends q to the search page", async () => {
    const site = await siteOf([source(), kaken(), muqai(), kazakhstan()]);
    const out = renderHome({ site });
    expect(out).toContain(`<form role="search" action="${site.searchHref}" method="get"><label for="q">Search the archive</label><input id="q" name="q" type="search"`);
    for (const c of site.counts) expect(out).toContain(`<a href="${c.href}">${c.label}</a>: ${c.count}`);
  });

  it("sends a former address on at once, with a canonical link, noindex and a plain link", async () => {
    const m = muqai();
    m.formerIds = ["old-muqai"];
    const site = await siteOf([source(), kaken(), m, kazakhstan()]);
    const out = renderRedirect({ redirect: site.redirects[0]!, site });
    expect(out).toContain('<meta http-equiv="refresh" content="0; url=/people/adilgazy-muqai/">');
    expect(out).toContain('<meta name="robots" content="noindex">');
    expect(out).toContain('<link rel="canonical" href="https://example.org/people/adilgazy-muqai/">');
    expect(out).toContain('<a href="/people/adilgazy-muqai/">');
  });

  it("continues a long section on its own page, with a way back to the record and on to the next page", async () => {
    const many = Array.from({ length: INLINE_LIMIT * 6 }, (_, i) => ({
      kind: "person",
      id: `p-${i}`,
      updated: "2026-11-27",
      name: `Pat ${i}`,
      description: "Someone.",
      claims: [{ id: "moved", type: "move", text: "Moved.", place: "kazakhstan", citations: [{ source: source().id, quote: "a retired oil worker" }] }],
    }));
    const site = await siteOf([source(), kazakhstan(), ...many]);
    const record = renderRecord({ record: site.pages.find((p) => p.id === "kazakhstan")!, site });
    expect(record).toContain(`<a href="/places/kazakhstan/mentions/">All ${INLINE_LIMIT * 6} facts on other records that concern Kazakhstan</a>`);
    const out = renderMore({ more: site.more[0]!, site });
    expect(out).toContain("<h1>In other records: Kazakhstan</h1>");
    expect(out).toContain('<a href="/places/kazakhstan/#mentions">Back to the record</a>');
    expect(out).toContain('<a href="/places/kazakhstan/mentions/2/" rel="next">Next page</a>');
    expect(out).toContain('<li id="from-p-0-moved">');
    expect(out).toContain('<li id="note-1">');
  });

  it("labels a list's letters in other scripts with their language", async () => {
    const k = kaken();
    k.name = "Бикамал Кәкен";
    k.nameLang = "kk-Cyrl";
    const site = await siteOf([source(), k, muqai(), kazakhstan()]);
    const out = renderList({ list: site.lists.find((l) => l.kind === "person")!, site });
    expect(out).toContain('<a href="#letter-u411"><span lang="kk-Cyrl">Б</span></a>');
    expect(out).toContain('<section id="letter-u411"><h2><span lang="kk-Cyrl">Б</span></h2>');
    expect(out).toContain('<a href="#letter-a">A</a>');
  });
});
