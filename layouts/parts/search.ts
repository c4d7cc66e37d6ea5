/** The search form: a plain GET form to the search page, so it works from any page, script or not. */
import type { Site } from "../../engine/site/model.ts";
import { html, type Trusted } from "../../engine/site/html.ts";

export function searchForm(site: Site): Trusted {
  return html`<form role="search" action="${site.searchHref}" method="get"><label for="q">Search the archive</label><input id="q" name="q" type="search" autocomplete="off"> <button type="submit">Search</button></form>`;
}
