/** Dates as words, each exact part inside `<time datetime>` (see engine/site/dates.ts for which are). */
import type { DateView } from "../../engine/site/model.ts";
import { html, type Trusted } from "../../engine/site/html.ts";

/** "May 2017", "late 2019", "<time>2017</time> – <time>2020</time>". */
export function date(d: DateView): Trusted {
  return html`${d.parts.map((p) => (p.datetime ? html`<time datetime="${p.datetime}">${p.text}</time>` : p.text))}`;
}

/** A claim's date, marked "(inferred)" when the source does not state it. */
export function when(d: DateView): Trusted {
  return html`${date(d)}${d.inferred ? " (inferred)" : ""}`;
}
