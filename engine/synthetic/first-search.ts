/**
 * The bytes a reader's browser fetches for a first search on a built site, measured with real
 * Chromium: the site is served on 127.0.0.1, `/search/?q=<query>` is opened, and every response is
 * counted once the results are shown and the network is quiet. Sizes are what a static host sends
 * with gzip: each body gzip-compressed, except Pagefind's own index files, which are gzip already
 * (they are counted as they are).
 *
 * The contract with the search page (layouts/): a form `#search-form`, results in `#search-results`,
 * a status line `#search-status`.
 */
import { createServer, type Server } from "node:http";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8",
};

/** Serves `dir` at the root of a local address (directory → index.html), as a static host would. */
async function serve(dir: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** What kind of file a request is, for the breakdown. */
export function category(pathname: string): string {
  if (!pathname.includes("/pagefind/")) return "page";
  const name = pathname.slice(pathname.lastIndexOf("/") + 1);
  if (name === "pagefind.js" || name === "pagefind-worker.js") return "scripts";
  if (name === "pagefind-entry.json") return "entry";
  if (name.startsWith("wasm.")) return "wasm";
  if (name.endsWith(".pf_meta")) return "meta";
  if (name.endsWith(".pf_index")) return "index";
  if (name.endsWith(".pf_filter")) return "filter";
  if (name.endsWith(".pf_fragment")) return "fragment";
  return "other";
}

/** Bytes a static host sends: gzip for text, as-is for what is compressed already. */
export function transferSize(body: Buffer): number {
  const gzipped = body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b;
  return gzipped ? body.length : gzipSync(body, { level: 6 }).length;
}

export interface FirstSearch {
  query: string;
  /** What the status line said once results were in. */
  status: string;
  results: number;
  /** Everything Pagefind fetched (its script, entry, wasm, meta, index chunks, filters, fragments), bytes. */
  searchBytes: number;
  /** The search page itself (HTML, its script and styles), bytes. */
  pageBytes: number;
  /** Per kind of file: how many requests and bytes. */
  breakdown: Record<string, { requests: number; bytes: number }>;
  /** Every request, in the order the responses came. */
  requests: { path: string; bytes: number }[];
}

/**
 * Opens the search page with `query` in a headless Chromium and counts what it fetched. Returns a
 * reason instead when there is no search page or no browser.
 */
export async function measureFirstSearch(outDir: string, query: string, chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium"): Promise<FirstSearch | { skipped: string }> {
  if (!existsSync(path.join(outDir, "search", "index.html"))) return { skipped: "the built site has no search page (search/index.html)" };
  if (!existsSync(chromePath)) return { skipped: `no Chromium at ${chromePath} (apt-get install chromium, or set CHROME_PATH)` };
  const { chromium } = await import("playwright-core");
  const server = await serve(outDir);
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"] });
  try {
    const page = await (await browser.newContext()).newPage();
    const bodies: Promise<{ pathname: string; bytes: number }>[] = [];
    page.on("response", (response) => {
      const pathname = new URL(response.url()).pathname;
      bodies.push(response.body().then((b) => ({ pathname, bytes: transferSize(b) }), () => ({ pathname, bytes: 0 })));
    });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: "load" });
    // Results are in when the status line no longer says it is searching.
    await page.waitForFunction(() => {
      const status = document.querySelector("#search-status")?.textContent?.trim() ?? "";
      return status !== "" && !/searching/i.test(status);
    }, undefined, { timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    const status = (await page.textContent("#search-status"))?.trim() ?? "";
    const results = await page.locator("#search-results > li").count();
    const fetched = await Promise.all(bodies);
    const breakdown: FirstSearch["breakdown"] = {};
    for (const { pathname, bytes } of fetched) {
      const kind = category(pathname);
      breakdown[kind] ??= { requests: 0, bytes: 0 };
      breakdown[kind].requests += 1;
      breakdown[kind].bytes += bytes;
    }
    const searchBytes = fetched.filter((f) => category(f.pathname) !== "page").reduce((s, f) => s + f.bytes, 0);
    const pageBytes = fetched.filter((f) => category(f.pathname) === "page").reduce((s, f) => s + f.bytes, 0);
    return { query, status, results, searchBytes, pageBytes, breakdown, requests: fetched.map((f) => ({ path: f.pathname, bytes: f.bytes })) };
  } finally {
    await browser.close();
    await server.close();
  }
}
