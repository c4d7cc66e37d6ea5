/**
 * Every browser check of the gate, seen to fail: a copy of a real page broken on purpose in one way
 * each, and the message a person gets.
 */
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/server.ts";
import { ROOT, SITES } from "../support/sites.ts";
import { axeViolations, hiddenFocus, horizontalScroll, languageOfParts, TEXT_SPACING_CSS, watchRequests } from "../support/gate/browser-checks.ts";

const BROKEN = path.join(ROOT, "tmp", "gate-broken");
const PAGE = "people/bikamal-kaken/index.html";

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

/** Writes a copy of a real page with `extra` markup added at the end of <main>, under /broken/<name>/. */
async function breakPage(name: string, extra: string, head = ""): Promise<string> {
  const original = await readFile(path.join(SITES.real.outDir, PAGE), "utf8");
  const broken = original.replace("</main>", `${extra}</main>`).replace("</head>", `${head}</head>`);
  await mkdir(path.join(BROKEN, "broken", name), { recursive: true });
  await writeFile(path.join(BROKEN, "broken", name, "index.html"), broken);
  return `/broken/${name}/`;
}

async function open(pathname: string, width = 1280): Promise<{ page: Page; requests: ReturnType<typeof watchRequests> }> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  const requests = watchRequests(page, server.origin);
  await page.goto(server.url(pathname), { waitUntil: "networkidle" });
  return { page, requests };
}

beforeAll(async () => {
  await rm(BROKEN, { recursive: true, force: true });
  await cp(SITES.real.outDir, BROKEN, { recursive: true });
  browser = await launchBrowser();
  server = await serveStatic(BROKEN);
  context = await browser.newContext({ bypassCSP: true });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe("the gate's browser checks catch a broken page", () => {
  it("axe reports an image without alt text", async () => {
    const { page } = await open(await breakPage("no-alt", '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'));
    expect(await axeViolations(page)).toEqual([expect.stringMatching(/^axe image-alt: Images must have alternative text/)]);
  });

  it("the reflow check reports a 400 px wide table at 320 px", async () => {
    const { page } = await open(await breakPage("wide-table", '<table style="width:400px"><tr><td>wide</td></tr></table>'), 320);
    expect(await horizontalScroll(page, " at 320 px")).toEqual([expect.stringMatching(/^reflow at 320 px: the page scrolls sideways \(\d+ px of content in 320 px; widest: table\)/)]);
  });

  it("the reflow check with text spacing reports a box too narrow for spaced text", async () => {
    const { page } = await open(await breakPage("spacing", '<p style="white-space:nowrap;width:300px">Wide words spaced out here</p>'), 320);
    expect(await horizontalScroll(page, "")).toEqual([]);
    await page.addStyleTag({ content: TEXT_SPACING_CSS });
    expect(await horizontalScroll(page, " with text spacing")).toHaveLength(1);
  });

  it("the focus check reports a focused link covered by a fixed banner", async () => {
    const { page } = await open(
      await breakPage("covered-focus", '<div style="position:fixed;inset:0;background:#fff;z-index:9">A banner over everything</div>'),
    );
    const problems = await hiddenFocus(page);
    expect(problems[0]).toMatch(/^focus: a\[href="#main"\] is focused but covered by a div$/);
  });

  it("the language check reports Cyrillic and Arabic-script text without lang or dir", async () => {
    const { page } = await open(await breakPage("no-lang", "<p>Бикамал Кәкен</p><p lang=\"ug\">ئادىلغازى</p>"));
    expect(await languageOfParts(page)).toEqual([
      'lang: "Бикамал Кәкен" is not marked with its own language (nearest lang="en")',
      'dir: "ئادىلغازى" is Arabic script but not in an element with dir="rtl" or <bdi>',
    ]);
  });

  it("the request check reports a request to another host and a missing file", async () => {
    const { requests } = await open(await breakPage("requests", '<img alt="" src="/missing.png"><img alt="" src="http://192.0.2.1/tracker.gif">'));
    expect(requests.problems()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^request: http:\/\/192\.0\.2\.1\/tracker\.gif leaves the site$/), expect.stringMatching(/^request: http:\/\/127\.0\.0\.1:\d+\/missing\.png answered 404$/)]),
    );
  });
});
