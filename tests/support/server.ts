/**
 * A static file server for built sites, on 127.0.0.1 only, that serves `outDir` under `pathPrefix`
 * the way a static host would (directory → index.html, 404 → /404.html with status 404).
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { AddressInfo } from "node:net";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json",
  ".xml": "application/xml", ".txt": "text/plain; charset=utf-8", ".wasm": "application/wasm", ".svg": "image/svg+xml",
  ".ico": "image/x-icon", ".png": "image/png", ".webmanifest": "application/manifest+json",
};

export interface StaticServer {
  origin: string;
  /** Absolute URL of a root-relative path under the prefix. */
  url(pathname: string): string;
  /** Paths requested, with their status. */
  log: { path: string; status: number }[];
  close(): Promise<void>;
}

export async function serveStatic(outDir: string, pathPrefix = "/"): Promise<StaticServer> {
  const log: StaticServer["log"] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let pathname = decodeURIComponent(url.pathname);
    const send = (status: number, body: Buffer | string, type = "text/plain") => {
      log.push({ path: url.pathname, status });
      res.writeHead(status, { "content-type": type });
      res.end(body);
    };
    if (!pathname.startsWith(pathPrefix)) return send(404, "outside the path prefix");
    pathname = "/" + pathname.slice(pathPrefix.length);
    let file = path.join(outDir, pathname);
    if (!file.startsWith(outDir)) return send(403, "forbidden");
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
      return send(200, await readFile(file), TYPES[path.extname(file)] ?? "application/octet-stream");
    } catch {
      try {
        return send(404, await readFile(path.join(outDir, "404.html")), TYPES[".html"]);
      } catch {
        return send(404, "not found");
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p: string) => origin + (pathPrefix === "/" ? p : pathPrefix.replace(/\/$/, "") + p),
    log,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
