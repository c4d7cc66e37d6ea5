/**
 * The pages fixture (tests/fixtures/pages), built under /archive/: what the real content does not have
 * yet — former ids, names in Cyrillic, Arabic and Han scripts, markup characters in text, a withheld
 * claim — comes out as it should.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runBuild } from "../support/cli.ts";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic } from "../support/server.ts";
import { listFiles, readText } from "../support/output.ts";
import { ROOT, SITES_DIR } from "../support/sites.ts";
import { attributes, brokenLinks, builtPages, meta, type BuiltPage } from "./read-site.ts";

export const FIXTURE = { archiveRoot: path.join(ROOT, "tests", "fixtures", "pages"), outDir: path.join(SITES_DIR, "pages-fixture"), pathPrefix: "/archive/" };

let pages: BuiltPage[];
const html = (p: string) => pages.find((x) => x.path === p)!.html;

beforeAll(() => {
  const result = runBuild(["--archive", FIXTURE.archiveRoot, "--out", FIXTURE.outDir], { PATH_PREFIX: FIXTURE.pathPrefix });
  if (result.status !== 0) throw new Error(`Building the pages fixture failed:\n${result.stderr || result.stdout}`);
  pages = builtPages(FIXTURE.outDir);
});

describe("former ids", () => {
  it("keep working: a page at the old address sends the reader on at once, without script", () => {
    const page = html("/people/erlan-old/");
    expect(meta(page, "refresh")).toBe("0; url=/archive/people/erlan-example/");
    expect(page).toContain('<link rel="canonical" href="https://pages.example.org/archive/people/erlan-example/">');
    expect(meta(page, "robots")).toBe("noindex");
    expect(attributes(page, "href")).toContain("/archive/people/erlan-example/");
  });

  it("are not in the sitemap, where the record appears once under its id", () => {
    const xml = readFileSync(path.join(FIXTURE.outDir, "sitemap.xml"), "utf8");
    expect(xml).not.toContain("erlan-old");
    expect(xml.match(/people\/erlan-example\//g)).toHaveLength(1);
  });

  it("bring a browser with JavaScript off to the record's page under the path prefix", async () => {
    const server = await serveStatic(FIXTURE.outDir, FIXTURE.pathPrefix);
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(server.url("/people/erlan-old/"));
      await page.waitForURL(server.url("/people/erlan-example/"));
      expect(await page.locator("h1").textContent()).toBe("Erlan Example");
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it("stay out of the search index", () => {
    expect(html("/people/erlan-old/")).not.toContain("data-pagefind-body");
  });
});

describe("names in other scripts", () => {
  it("carry their language, and an Arabic-script name runs right to left in its own bdi", () => {
    const page = html("/people/erlan-example/");
    expect(page).toContain('<span lang="kk-Cyrl">Ерлан Мысал</span>');
    expect(page).toContain('<bdi lang="ug-Arab" dir="rtl">ئېرلان مىسال</bdi>');
    expect(page).toContain('<span lang="zh-Hans">埃尔兰</span>');
  });
});

describe("the fixture's pages", () => {
  it("escape markup characters in a record's text", () => {
    const page = html("/people/erlan-example/");
    expect(page).toContain("Engineer who vanished in May 2017 &amp; was later reported &lt;sentenced&gt;.");
    expect(page).not.toContain("<sentenced>");
  });

  it("publish no withheld claim in any file, the search index included", () => {
    const found = listFiles(FIXTURE.outDir).filter((f) => /zorblatt|quenchwick/i.test(readText(path.join(FIXTURE.outDir, f))));
    expect(found).toEqual([]);
    expect(listFiles(FIXTURE.outDir).some((f) => f.startsWith("pagefind/"))).toBe(true);
  });

  it("show a place inside the places that contain it", () => {
    expect(html("/places/almaty-example/")).toContain(
      '<nav class="crumbs" aria-label="Where it is"><ol><li><a href="/archive/places/kazakhstan-example/">Kazakhstan Example</a></li><li aria-current="page">Almaty Example</li></ol></nav>',
    );
  });

  it("show differing accounts side by side on the pages of both records that give them", () => {
    for (const p of ["/people/erlan-example/", "/people/saule-example/"]) {
      const page = html(p);
      const accounts = page.slice(page.indexOf('<section id="accounts">'), page.indexOf("</section>", page.indexOf('<section id="accounts">')));
      expect(accounts, p).toContain("According to <a href=\"/archive/organizations/ministry-example/\">Ministry Example</a>");
      expect(accounts, p).toContain("According to <a href=\"/archive/people/saule-example/\">Saule Example</a>");
    }
  });

  it("point each note at the quote in the original as the source writes it, curly quotes and all", () => {
    expect(attributes(html("/people/saule-example/"), "href")).toContain("https://news.example.com/report#:~:text=%E2%80%9CHe%20only%20wanted%20to,our%20mother%2C%E2%80%9D%20she%20said.");
  });

  it("resolve every internal link and anchor under the path prefix", () => {
    const { broken, checked } = brokenLinks(pages, FIXTURE.pathPrefix);
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});
