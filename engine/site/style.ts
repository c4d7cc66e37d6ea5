/**
 * The one stylesheet, `layouts/style.css`, inlined in every page so that a page arrives in one round
 * trip. It is read and hashed once here; the hash goes into each page's Content-Security-Policy, which
 * then allows that stylesheet and nothing else.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** Where the stylesheet lives. */
export const STYLE_FILE = new URL("../../layouts/style.css", import.meta.url);

/**
 * Removes comments and the whitespace a browser does not need. Deliberately simple: the stylesheet
 * must not put a comment marker, a meaningful double space, or a colon followed by a space inside a
 * string.
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/:\s+/g, ":")
    .replace(/;}/g, "}")
    .trim();
}

/** The CSP source expression that allows exactly this text in a `<style>` element. */
export function styleHash(css: string): string {
  return `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'`;
}

export interface Style {
  /** The minified stylesheet, to inline as it is. */
  css: string;
  /** Its CSP hash source, e.g. `'sha256-…'`. */
  hash: string;
}

let cached: Style | undefined;

/** The stylesheet and its hash, read once per process. */
export function loadStyle(): Style {
  if (!cached) {
    const css = minifyCss(readFileSync(STYLE_FILE, "utf8"));
    cached = { css, hash: styleHash(css) };
  }
  return cached;
}
