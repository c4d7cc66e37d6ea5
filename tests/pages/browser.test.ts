/**
 * A person's page in Chromium, as a reader on a small phone sees it: screenshots at 360 and 320 px in
 * light and dark (written to tmp/screens/ to look at), no sideways scrolling, the inlined stylesheet
 * applied under the page's own CSP, and no request beyond the page itself.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, ConsoleMessage, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/server.ts";
import { ROOT, SITES } from "../support/sites.ts";

const SCREENS = path.join(ROOT, "tmp", "screens");
const PERSON = "/people/adilgazy-muqai/";

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  browser = await launchBrowser();
  server = await serveStatic(SITES.real.outDir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page in a fresh context (its own cache), recording every request and console message. */
async function open(pathname: string, options: { width: number; scheme?: "light" | "dark"; javaScript?: boolean }) {
  const context = await browser.newContext({ viewport: { width: options.width, height: 800 }, colorScheme: options.scheme ?? "light", javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  const requests: string[] = [];
  const console: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m: ConsoleMessage) => console.push(`${m.type()}: ${m.text()}`));
  await page.goto(server.url(pathname), { waitUntil: "networkidle" });
  return { page, requests, console, close: () => context.close() };
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("a person's page in Chromium", () => {
  it.each([
    [360, "light"],
    [360, "dark"],
    [320, "light"],
    [320, "dark"],
  ] as const)("reads at %i px wide in %s mode without scrolling sideways", async (width, scheme) => {
    const { page, close } = await open(PERSON, { width, scheme });
    try {
      await page.screenshot({ path: path.join(SCREENS, `person-${width}-${scheme}.png`), fullPage: true });
      expect(await sideways(page)).toBe(0);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(scheme === "dark" ? "rgb(18, 18, 18)" : "rgb(255, 255, 255)");
    } finally {
      await close();
    }
  });

  it("applies its inlined stylesheet under its own Content-Security-Policy, with no violation reported", async () => {
    const { page, console, close } = await open(PERSON, { width: 360 });
    try {
      expect(await page.evaluate(() => getComputedStyle(document.querySelector(".status")!).borderLeftStyle)).toBe("solid");
      expect(console.filter((m) => /Content.Security.Policy|Refused/i.test(m))).toEqual([]);
    } finally {
      await close();
    }
  });

  it("asks the server for the page alone: no favicon, font, stylesheet or script", async () => {
    const { requests, close } = await open(PERSON, { width: 360 });
    await close();
    expect(requests).toEqual([server.url(PERSON)]);
    expect(server.log.filter((l) => l.status !== 200)).toEqual([]);
  });

  it("works with JavaScript off: every note link leads to its note", async () => {
    const { page, close } = await open(PERSON, { width: 360, javaScript: false });
    try {
      const hrefs = await page.$$eval("a[href^='#note-']", (links) => links.map((a) => a.getAttribute("href")!));
      expect(hrefs.length).toBeGreaterThan(5);
      for (const href of new Set(hrefs)) expect(await page.locator(href).count(), href).toBe(1);
      await page.click(`a[href='${hrefs[0]}']`);
      expect(new URL(page.url()).hash).toBe(hrefs[0]);
    } finally {
      await close();
    }
  });

  it("prints without the navigation, showing where each note's original is", async () => {
    const { page, close } = await open(PERSON, { width: 360 });
    try {
      await page.emulateMedia({ media: "print" });
      expect(await page.evaluate(() => getComputedStyle(document.querySelector("header nav")!).display)).toBe("none");
      const after = await page.evaluate(() => getComputedStyle(document.querySelector(".notes a[href^='http']")!, "::after").content);
      expect(after).toMatch(/^" <" attr\(href\) ">"$|^" <https?:/);
    } finally {
      await close();
    }
  });
});
