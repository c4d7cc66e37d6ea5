/**
 * Prose fields (claim text) are Markdown, rendered by markdown-it with raw HTML disabled, so an author
 * can emphasise a word but never inject markup.
 */
import MarkdownIt from "markdown-it";
import { Trusted } from "./html.ts";

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

export { Trusted };

/** Renders one line of Markdown (no paragraph wrapper). */
export function renderInline(text: string): Trusted {
  return new Trusted(md.renderInline(text));
}
