/**
 * Link checking over HTTP, as a reader's browser follows links: every internal link must answer 200
 * and every `#anchor` must name an element of the target page.
 */

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
const hrefs = (html: string) => [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));

/** Fetches pages once each and checks every link on the given pages. */
export class LinkChecker {
  private cache = new Map<string, Promise<{ status: number; html: string }>>();
  constructor(private origin: string) {}

  private get(url: string) {
    let hit = this.cache.get(url);
    if (!hit) {
      hit = fetch(url, { redirect: "manual" }).then(async (r) => ({ status: r.status, html: r.headers.get("content-type")?.includes("html") ? await r.text() : "" }));
      this.cache.set(url, hit);
    }
    return hit;
  }

  /** Problems with the links of the page at `url`: "page → link: what is wrong". */
  async check(url: string): Promise<string[]> {
    const page = await this.get(url);
    if (page.status !== 200) return [`${url}: answered ${page.status}`];
    const problems: string[] = [];
    for (const href of new Set(hrefs(page.html))) {
      const target = new URL(href, url);
      if (target.origin !== this.origin) continue;
      const base = target.origin + target.pathname + target.search;
      const answer = await this.get(base);
      const from = new URL(url).pathname;
      if (answer.status !== 200) problems.push(`${from} → ${href}: answered ${answer.status}`);
      else if (target.hash && !ids(answer.html).has(decodeURIComponent(target.hash.slice(1)))) problems.push(`${from} → ${href}: no element with id "${decodeURIComponent(target.hash.slice(1))}"`);
    }
    return problems;
  }
}
