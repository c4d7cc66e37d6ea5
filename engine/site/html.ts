/**
 * Escape by default: the `html` tag escapes every value put into markup unless it is `Trusted`
 * (made by this tag, by `trusted()`, or by markdown-it with raw HTML disabled).
 */

/** Markup that is safe to insert as it is. */
export class Trusted {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for an HTML element or a quoted attribute. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Marks markup as trusted. Use only for markup the engine itself made. */
export const trusted = (markup: string): Trusted => new Trusted(markup);

type Value = Trusted | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Trusted) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(value);
}

/** Tagged template: `html\`<p>${name}</p>\`` escapes `name`; arrays are joined; false/null/undefined render nothing. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Trusted {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Trusted(out);
}

/** JSON for a `<script type="application/ld+json">` block: `<` is escaped so no text can close the element. */
export function jsonForScript(data: unknown): Trusted {
  return new Trusted(JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029"));
}
