/**
 * Search in real Chromium, on the built sites: every public record's preferred name finds it first;
 * other recorded names and generated spellings find the right record; nonsense says so clearly; the
 * query lives in the address; and the first search stays within its byte budget.
 */
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { loadArchive } from "../../engine/build/archive.ts";
import type { Site } from "../../engine/site/model.ts";
import { launchBrowser } from "../support/browser.ts";
import { runBuild } from "../support/cli.ts";
import { serveStatic, type StaticServer } from "../support/server.ts";
import { ROOT, SITES, SITES_DIR } from "../support/sites.ts";

/** The pages fixture has names in Cyrillic, Uyghur Arabic script and Chinese; built here under /archive/. */
const FIXTURE = { archiveRoot: path.join(ROOT, "tests", "fixtures", "pages"), outDir: path.join(SITES_DIR, "search-fixture"), pathPrefix: "/archive/" };

/** Budget of the first search, all files fetched, gzip. */
const FIRST_SEARCH_BUDGET = 100 * 1024;

let browser: Browser;
let context: BrowserContext;
let real: StaticServer;
let fixture: StaticServer;
let site: Site;

beforeAll(async () => {
  const built = runBuild(["--archive", FIXTURE.archiveRoot, "--out", FIXTURE.outDir], { PATH_PREFIX: FIXTURE.pathPrefix });
  if (built.status !== 0) throw new Error(built.stderr);
  ({ site } = await loadArchive({ root: ROOT, env: {} }));
  browser = await launchBrowser();
  context = await browser.newContext();
  real = await serveStatic(SITES.real.outDir);
  fixture = await serveStatic(FIXTURE.outDir, FIXTURE.pathPrefix);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await real?.close();
  await fixture?.close();
});

interface Outcome {
  status: string;
  titles: string[];
  hrefs: string[];
}

/** Opens /search/?q=… and waits for the announced outcome. */
async function search(server: StaticServer, query: string, page?: Page): Promise<Outcome> {
  const p = page ?? (await context.newPage());
  try {
    await p.goto(server.url(`/search/?q=${encodeURIComponent(query)}`));
    await p.waitForFunction(() => /results? for|No results/.test(document.querySelector("#search-status")?.textContent ?? ""), null, { timeout: 15_000 });
    return {
      status: (await p.locator("#search-status").textContent()) ?? "",
      titles: await p.locator("#search-results h2").allTextContents(),
      hrefs: await p.locator("#search-results h2 a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    };
  } finally {
    if (!page) await p.close();
  }
}

describe("search on the real archive", () => {
  it("finds every public record first by its preferred name", async () => {
    const wrong: string[] = [];
    for (const p of site.pages) {
      const { hrefs } = await search(real, p.name);
      if (hrefs[0] !== p.href) wrong.push(`${p.name}: first result ${hrefs[0] ?? "none"}, expected ${p.href}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ["Mukai", "/people/adilgazy-muqai/"],
    ["Muqay", "/people/adilgazy-muqai/"],
    ["Мукай", "/people/adilgazy-muqai/"],
    ["Мұқай", "/people/adilgazy-muqai/"],
    ["Adilghazy", "/people/adilgazy-muqai/"],
    ["Naurizbek", "/people/baimurat-nauryzbek/"],
    ["Наурызбек", "/people/baimurat-nauryzbek/"],
    ["Baymurat", "/people/baimurat-nauryzbek/"],
    ["Кунболат", "/people/baibolat-kunbolat/"],
    ["Qunbolat", "/people/baibolat-kunbolat/"],
    ["Бикамал", "/people/bikamal-kaken/"],
    ["Kaşıkçı", "/people/mehmet-kasikci/"],
    ["Касикчи", "/people/mehmet-kasikci/"],
    ["Uzynaghash", "/places/uzynagash/"],
    ["Узынагаш", "/places/uzynagash/"],
    ["Ұзынағаш", "/places/uzynagash/"],
  ])("finds the right record first for the spelling “%s”", async (query, href) => {
    const { hrefs, status } = await search(real, query);
    expect(hrefs[0], status).toBe(href);
  });

  it("says clearly that a nonsense query found nothing, and offers the A–Z lists", async () => {
    const page = await context.newPage();
    const outcome = await search(real, "qqxzv wvwvw", page);
    expect(outcome.status).toBe("No results for “qqxzv wvwvw”.");
    expect(await page.locator("#search-results").getByRole("link", { name: "People" }).count()).toBe(1);
    await page.close();
  });

  it("keeps the query in the address as it is typed, and announces results to screen readers", async () => {
    const page = await context.newPage();
    await page.goto(real.url("/search/"));
    await page.waitForFunction(() => document.documentElement.classList.contains("search-ready"));
    expect(await page.locator("#search-status").getAttribute("aria-live")).toBe("polite");
    await page.getByRole("searchbox").pressSequentially("Gu Ming");
    await page.waitForURL(/\?q=Gu\+Ming/);
    await page.waitForFunction(() => /result/.test(document.querySelector("#search-status")?.textContent ?? ""));
    expect(await page.locator("#search-results h2").first().textContent()).toBe("Gu Ming");
    await page.close();
  });

  it("works by keyboard alone: type, filter, and open a result", async () => {
    const page = await context.newPage();
    await page.goto(real.url("/search/"));
    await page.waitForFunction(() => document.documentElement.classList.contains("search-ready"));
    await page.keyboard.press("Tab"); // skip link
    const focused = async () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name || document.activeElement?.textContent || "");
    for (let i = 0; i < 10 && (await focused()) !== "q"; i++) await page.keyboard.press("Tab");
    expect(await focused()).toBe("q");
    await page.keyboard.type("Kazakhstan");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /results for/.test(document.querySelector("#search-status")?.textContent ?? ""));
    // Tab to the "People" kind filter, tick it with the space bar: only people remain.
    for (let i = 0; i < 10 && (await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) !== "person"; i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await page.waitForURL(/kind=person/);
    await page.waitForFunction(() => [...document.querySelectorAll("#search-results .kind")].every((k) => k.textContent === "Person") && /result/.test(document.querySelector("#search-status")?.textContent ?? ""));
    // On to the first result, and open it with Enter.
    for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.closest("#search-results") !== null)); i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/people\//);
    await page.close();
  });

  it("fetches at most 100 KB (gzip) for the first search, every file counted", async () => {
    const page = await context.newPage();
    const fetched: { url: string; gzip: number }[] = [];
    page.on("response", async (r) => {
      const body = await r.body().catch(() => Buffer.alloc(0));
      // Pagefind's index files are compressed already; gzip adds nothing to them.
      fetched.push({ url: new URL(r.url()).pathname, gzip: Math.min(body.length, gzipSync(body, { level: 9 }).length) });
    });
    await search(real, "Kaken", page);
    await page.waitForLoadState("networkidle");
    const total = fetched.reduce((sum, f) => sum + f.gzip, 0);
    console.log(`First search: ${total} bytes gzip in ${fetched.length} files\n${fetched.map((f) => `  ${f.gzip}\t${f.url}`).join("\n")}`);
    expect(fetched.map((f) => f.url)).toEqual(expect.arrayContaining(["/search/", "/search/search.js", "/pagefind/pagefind.js"]));
    expect(total).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
    await page.close();
  });
});

describe("search on an archive with names in other scripts, under a path prefix", () => {
  it.each([
    ["Ерлан Мысал", "/archive/people/erlan-example/"],
    ["ئېرلان", "/archive/people/erlan-example/"],
    ["埃尔兰", "/archive/people/erlan-example/"],
    ["Erlan", "/archive/people/erlan-example/"],
    ["Yerlan", "/archive/people/erlan-example/"],
  ])("finds “%s” by its recorded or generated spelling", async (query, href) => {
    const { hrefs, status } = await search(fixture, query);
    expect(hrefs[0], status).toBe(href);
  });
});
