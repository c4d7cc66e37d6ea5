/**
 * Checks that run in Chromium on one loaded page. Each returns a list of problems, written for a person
 * to act on ("page: what is wrong: where"); an empty list means the page passes.
 */
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");

/** axe-core with WCAG 2.0, 2.1 and 2.2 A and AA rules and axe's best practices: every violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
  return violations.map((v) => `axe ${v.id}: ${v.help} (${v.targets.slice(0, 3).join(", ")})`);
}

/** The WCAG 1.4.12 text-spacing overrides. */
export const TEXT_SPACING_CSS = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

/** WCAG 1.4.10 reflow: at the page's current width, nothing scrolls sideways. */
export async function horizontalScroll(page: Page, label: string): Promise<string[]> {
  const { scroll, width, widest } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    let widest = "";
    let max = width;
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.right > max + 1) {
        max = r.right;
        widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : ""}`;
      }
    }
    return { scroll: document.documentElement.scrollWidth, width, widest };
  });
  return scroll > width ? [`reflow${label}: the page scrolls sideways (${scroll} px of content in ${width} px; widest: ${widest || "?"})`] : [];
}

/**
 * WCAG 2.4.11 focus not obscured: tabs through the page and checks that each focused element is on
 * screen and not covered by another element.
 */
export async function hiddenFocus(page: Page, maxTabs = 150): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press("Tab");
    const state = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.getAttribute("href") ? `[href="${el.getAttribute("href")}"]` : ""}`;
      const key = name + "@" + Array.prototype.indexOf.call(document.querySelectorAll("*"), el);
      const inView = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
      const x = Math.min(Math.max(r.left + Math.min(r.width / 2, 8), 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      const covered = inView && top !== null && top !== el && !el.contains(top) && !top.contains(el);
      return { name, key, inView, covered, by: top ? top.tagName.toLowerCase() : "" };
    });
    if (!state) break;
    if (seen.has(state.key)) break;
    seen.add(state.key);
    if (!state.inView) problems.push(`focus: ${state.name} is focused but off screen`);
    else if (state.covered) problems.push(`focus: ${state.name} is focused but covered by a ${state.by}`);
  }
  return problems;
}

/**
 * WCAG 3.1.2 language of parts: every run of non-Latin text sits in an element whose `lang` is valid
 * and is not the page's own (English) language; Arabic-script text also runs right to left, isolated
 * (`dir="rtl"` or `<bdi>`).
 */
export async function languageOfParts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const pageLang = document.documentElement.lang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const NON_LATIN = /[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}\p{Script=Hebrew}\p{Script=Greek}]/u;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      if (!NON_LATIN.test(text)) continue;
      const parent = node.parentElement!;
      if (parent.closest("script, style")) continue;
      const holder = parent.closest("[lang]");
      const lang = holder?.getAttribute("lang") ?? "";
      let valid = false;
      try {
        valid = lang !== "" && Intl.getCanonicalLocales(lang).length === 1;
      } catch {
        valid = false;
      }
      const snippet = text.trim().slice(0, 30);
      if (!valid || lang === pageLang) problems.push(`lang: "${snippet}" is not marked with its own language (nearest lang="${lang}")`);
      if (/\p{Script=Arabic}/u.test(text) && !parent.closest('[dir="rtl"], bdi')) problems.push(`dir: "${snippet}" is Arabic script but not in an element with dir="rtl" or <bdi>`);
    }
    return problems;
  });
}

/** Records every request a page makes, so that requests off the site and failures can be reported. */
export function watchRequests(page: Page, origin: string): { problems: () => string[] } {
  const problems: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) problems.push(`request: ${url} leaves the site`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== "document") problems.push(`request: ${response.url()} answered ${response.status()}`);
  });
  page.on("requestfailed", (request) => {
    if (request.url().startsWith(origin)) problems.push(`request: ${request.url()} failed (${request.failure()?.errorText ?? "?"})`);
  });
  return { problems: () => [...problems] };
}
