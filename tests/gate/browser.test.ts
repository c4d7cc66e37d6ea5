/**
 * The quality gate in Chromium, over every page of the real archive: axe (WCAG 2.0/2.1/2.2 A and AA,
 * best practices), reflow at 320 px (also with WCAG text spacing), focus never hidden, language of
 * parts, and no request that leaves the site or fails.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/server.ts";
import { SITES } from "../support/sites.ts";
import { axeViolations, hiddenFocus, horizontalScroll, languageOfParts, TEXT_SPACING_CSS, watchRequests } from "../support/gate/browser-checks.ts";
import { htmlPages } from "../support/gate/pages.ts";

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(SITES.real.outDir);
  // axe is injected as a script, which the pages' own CSP would refuse.
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const pages = htmlPages(SITES.real.outDir).filter((p) => !p.redirect);

describe("every page of the real archive in Chromium", () => {
  it("has pages to check", () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages.map((p) => [p.path]))("%s passes axe, reflow, focus, language and request checks", async (path) => {
    const page = await context.newPage();
    const requests = watchRequests(page, server.origin);
    try {
      await page.goto(server.url(path), { waitUntil: "networkidle" });
      if (path.startsWith("/search/")) await page.waitForFunction(() => document.documentElement.classList.contains("search-ready"));
      const problems = [...(await axeViolations(page)), ...(await languageOfParts(page)), ...(await hiddenFocus(page))];
      await page.setViewportSize({ width: 320, height: 640 });
      problems.push(...(await horizontalScroll(page, " at 320 px")));
      await page.addStyleTag({ content: TEXT_SPACING_CSS });
      problems.push(...(await horizontalScroll(page, " at 320 px with text spacing")));
      problems.push(...requests.problems());
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
