/**
 * Reading built HTML back for the page tests: the pages of a site, and the links and ids in each.
 * The markup is the engine's own (attributes always double-quoted), so plain patterns suffice.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface BuiltPage {
  /** Root-relative path without the prefix, as a reader asks for it: "/people/a/", "/404.html". */
  path: string;
  html: string;
}

const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** Every HTML page of a built site (Pagefind's own files aside). */
export function builtPages(outDir: string): BuiltPage[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith("pagefind/"))
    .sort()
    .map((f) => ({ path: "/" + f.replace(/(^|\/)index\.html$/, "$1"), html: readFileSync(path.join(outDir, f), "utf8") }));
}

/** The value of every `name="…"` attribute in the markup, decoded. */
export function attributes(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, "g"))].map((m) => decode(m[1]!));
}

/** The text inside every element `tag` (`<script …>…</script>`), with its opening tag. */
export function elements(html: string, tag: string): { open: string; text: string }[] {
  return [...html.matchAll(new RegExp(`(<${tag}\\b[^>]*>)([\\s\\S]*?)</${tag}>`, "g"))].map((m) => ({ open: m[1]!, text: m[2]! }));
}

/** The `content` of `<meta http-equiv|name|property="key">`. */
export function meta(html: string, key: string): string | undefined {
  const m = new RegExp(`<meta (?:http-equiv|name|property)="${key}" content="([^"]*)">`).exec(html);
  return m ? decode(m[1]!) : undefined;
}

/** True for a path that names a record page: "/people/<id>/" and the like. */
export const isRecordPage = (p: string) => /^\/(people|places|organizations|sources)\/[^/]+\/$/.test(p);

/**
 * Every internal link or `#anchor` that leads nowhere, or that lacks the path prefix, as
 * "page: href …" lines; also how many links were checked. External and `data:` links are skipped.
 */
export function brokenLinks(pages: readonly BuiltPage[], prefix: string): { broken: string[]; checked: number } {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    for (const href of attributes(page.html, "href")) {
      if (/^(https?:|data:|mailto:)/.test(href)) continue;
      checked++;
      const [target = "", anchor] = href.split("#");
      let targetPage: BuiltPage | undefined = page;
      if (target !== "") {
        if (!target.startsWith(prefix)) {
          broken.push(`${page.path}: ${href} does not start with ${prefix}`);
          continue;
        }
        targetPage = byPath.get("/" + target.slice(prefix.length));
      }
      if (!targetPage) broken.push(`${page.path}: ${href} leads to no page`);
      else if (anchor && !attributes(targetPage.html, "id").includes(anchor)) broken.push(`${page.path}: ${href} has no #${anchor} there`);
    }
  }
  return { broken, checked };
}
