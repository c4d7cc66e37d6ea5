/**
 * Links: 0 broken internal links or #anchors, in a normal and in a path-prefixed build, followed over
 * HTTP from a server that serves the site under its prefix (as a static host would).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LinkChecker } from "../support/gate/links.ts";
import { htmlPages } from "../support/gate/pages.ts";
import { serveStatic, type StaticServer } from "../support/server.ts";
import { ROOT, SITES } from "../support/sites.ts";

const servers: StaticServer[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));

async function brokenLinks(outDir: string, prefix: string): Promise<string[]> {
  const server = await serveStatic(outDir, prefix);
  servers.push(server);
  const checker = new LinkChecker(server.origin);
  const problems: string[] = [];
  for (const page of htmlPages(outDir)) if (!page.redirect) problems.push(...(await checker.check(server.url(page.path))));
  return problems;
}

describe("internal links", () => {
  it("all resolve, anchors included, in the site built for /", async () => {
    expect(await brokenLinks(SITES.real.outDir, "/")).toEqual([]);
  });

  it("all resolve, anchors included, in the site built for /archive/", async () => {
    expect(await brokenLinks(SITES.prefixed.outDir, "/archive/")).toEqual([]);
  });

  it("all resolve in the privacy fixture, whose withheld records have no pages", async () => {
    expect(await brokenLinks(SITES.privacy.outDir, "/")).toEqual([]);
  });

  it("the check reports a link to a missing anchor and to a missing page", async () => {
    const dir = path.join(ROOT, "tmp", "gate-links");
    await mkdir(dir, { recursive: true });
    const original = await readFile(path.join(SITES.real.outDir, "people/bikamal-kaken/index.html"), "utf8");
    await writeFile(path.join(dir, "index.html"), original.replace("</main>", '<a href="#no-such-claim">x</a><a href="/people/nobody/">y</a></main>'));
    const server = await serveStatic(dir);
    servers.push(server);
    const problems = await new LinkChecker(server.origin).check(server.url("/"));
    expect(problems).toEqual(expect.arrayContaining(['/ → #no-such-claim: no element with id "no-such-claim"', "/ → /people/nobody/: answered 404"]));
  });

  it("a site built for /archive/ does not work at / (the prefix is really in the links)", async () => {
    const server = await serveStatic(SITES.prefixed.outDir, "/");
    servers.push(server);
    const problems = await new LinkChecker(server.origin).check(server.url("/people/bikamal-kaken/"));
    expect(problems.some((p) => p.includes("/archive/"))).toBe(true);
  });
});
