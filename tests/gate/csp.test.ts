/**
 * Content Security Policy: every page carries a `<meta>` policy that allows only the site itself (the
 * search page adds its script and Pagefind's WebAssembly), the inlined stylesheet matches its hash, the
 * build writes `_headers` with the same policy, and in Chromium no page breaks its policy.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticServer } from "../support/server.ts";
import { ROOT, SITES } from "../support/sites.ts";
import { htmlPages } from "../support/gate/pages.ts";

const pages = htmlPages(SITES.real.outDir);
const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
const directives = (policy: string) => new Map(policy.split(/;\s*/).map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)] as const));

/** Policy violations a page reports in the console while it loads (and, on the search page, searches). */
async function violations(page: Page, url: string): Promise<string[]> {
  const found: string[] = [];
  page.on("console", (m) => /Content Security Policy/i.test(m.text()) && found.push(m.text()));
  await page.goto(url, { waitUntil: "networkidle" });
  return found;
}

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(SITES.real.outDir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the Content Security Policy", () => {
  it.each(pages.map((p) => [p.path, p.file]))("%s carries a policy that allows only the site itself", (pathname, file) => {
    const html = readFileSync(file, "utf8");
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf("<title>"));
    const policy = policyOf(html)!;
    const d = directives(policy);
    expect(d.get("default-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    // No other host anywhere in the policy.
    expect(policy).not.toMatch(/https?:|\*/);
    if (pathname.startsWith("/search/")) {
      expect(d.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(d.get("connect-src")).toEqual(["'self'"]);
    } else {
      expect(d.has("script-src")).toBe(false);
      expect(d.has("connect-src")).toBe(false);
    }
    // The one inlined stylesheet is allowed by its hash, and by nothing broader.
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    const hash = `'sha256-${createHash("sha256").update(style).digest("base64")}'`;
    expect(d.get("style-src")).toEqual([hash]);
  });

  it("is written to _headers with frame-ancestors and the other security headers", () => {
    const headers = readFileSync(path.join(SITES.real.outDir, "_headers"), "utf8");
    const search = policyOf(readFileSync(path.join(SITES.real.outDir, "search/index.html"), "utf8"))!;
    expect(headers).toContain(`  Content-Security-Policy: ${search}; frame-ancestors 'none'\n`);
    for (const h of ["X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer", "X-Frame-Options: DENY"]) expect(headers).toContain(`  ${h}\n`);
  });

  it("is never broken by any page in Chromium", async () => {
    const found: string[] = [];
    for (const p of pages.filter((x) => !x.redirect)) {
      const page = await browser.newPage();
      found.push(...(await violations(page, server.url(p.path + (p.path.startsWith("/search/") ? "?q=Kaken" : "")))).map((v) => `${p.path}: ${v}`));
      await page.close();
    }
    expect(found).toEqual([]);
  });

  it("catches a page that runs an inline script or loads a style from elsewhere", async () => {
    const dir = path.join(ROOT, "tmp", "gate-csp");
    await mkdir(dir, { recursive: true });
    const html = await readFile(path.join(SITES.real.outDir, "people/bikamal-kaken/index.html"), "utf8");
    await writeFile(path.join(dir, "index.html"), html.replace("</main>", '<script>document.title="x"</script><link rel="stylesheet" href="https://fonts.example.com/a.css"></main>'));
    const broken = await serveStatic(dir);
    const page = await browser.newPage();
    const found = await violations(page, broken.url("/"));
    await page.close();
    await broken.close();
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/inline script/), expect.stringMatching(/fonts\.example\.com/)]));
  });
});
