/**
 * JavaScript off: every page reads completely (its main content is there, nothing waits for a script)
 * and every link on it works, in Chromium with JavaScript disabled.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/server.ts";
import { SITES } from "../support/sites.ts";
import { htmlPages } from "../support/gate/pages.ts";

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(SITES.real.outDir);
  context = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const pages = htmlPages(SITES.real.outDir).filter((p) => !p.redirect && !p.path.startsWith("/search/"));

describe("with JavaScript disabled", () => {
  it.each(pages.map((p) => [p.path]))("%s shows its content and every link on it opens", async (path) => {
    const page = await context.newPage();
    try {
      const response = await page.goto(server.url(path));
      expect(response?.status()).toBe(200);
      const main = await page.locator("main").innerText();
      expect(main.trim().length).toBeGreaterThan(40);
      expect(await page.locator("h1").count()).toBe(1);
      const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const internal = [...new Set(links.map((l) => l.split("#")[0]!))].filter((l) => l.startsWith(server.origin));
      for (const link of internal) {
        const r = await context.request.get(link);
        expect(r.status(), `${path} → ${link}`).toBe(200);
      }
    } finally {
      await page.close();
    }
  });

  it("the search page says search needs JavaScript and offers the A–Z lists, and its form still submits", async () => {
    const page = await context.newPage();
    try {
      await page.goto(server.url("/search/?q=Muqai"));
      const main = await page.locator("main").innerText();
      expect(main).toMatch(/needs JavaScript/);
      for (const list of ["People", "Places", "Organizations", "Sources"]) expect(await page.getByRole("link", { name: list, exact: true }).count()).toBeGreaterThan(0);
      await page.getByRole("searchbox").fill("Kaken");
      await page.getByRole("searchbox").press("Enter");
      await page.waitForURL(/\/search\/\?q=Kaken/);
    } finally {
      await page.close();
    }
  });
});
