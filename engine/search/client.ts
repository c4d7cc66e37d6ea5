/**
 * The search page's script (bundled by the build into /search/search.js; no other page loads it).
 * It drives Pagefind's JavaScript API with a small interface of its own: a plain form that works
 * without it, results announced through a live region, the query kept in the URL (?q=…) so a search can
 * be shared, and every spelling folded to the same key as the index (skeleton.ts).
 */
import { fold, skeleton } from "./skeleton.ts";

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at most; each one costs a fragment download. */
const SHOWN = 10;

const form = document.querySelector<HTMLFormElement>("#search-form")!;
const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
const status = document.querySelector<HTMLElement>("#search-status")!;
const list = document.querySelector<HTMLOListElement>("#search-results")!;
const noResults = document.querySelector<HTMLTemplateElement>("#search-none")!;

let pagefind: Promise<Pagefind> | undefined;
function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ form.dataset.pagefind + "pagefind.js")) as Pagefind;
    // No worker: one file less to download, and the index of an archive is small enough for the main thread.
    // Result URLs are indexed with the site's path prefix already: Pagefind must not add its own.
    await pf.options({ excerptLength: 0, noWorker: true, baseUrl: "/" });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

/** The filters ticked in the form, as Pagefind wants them ({ kind: ["person"] }). */
function filters(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const box of form.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")) (out[box.name] ??= []).push(box.value);
  return out;
}

/** True when the query is one of the record's names, in any spelling that folds to the same key. */
function namesMatch(query: string, names: string): boolean {
  const q = fold(query.trim());
  const qKey = skeleton(query).join(" ");
  return names.split(" · ").some((name) => fold(name) === q || (qKey !== "" && skeleton(name).join(" ") === qKey));
}

let latest = 0;

async function run(query: string): Promise<void> {
  const ticket = ++latest;
  const q = query.trim();
  list.replaceChildren();
  if (!q) {
    status.textContent = "";
    return;
  }
  status.textContent = "Searching…";
  const pf = await load();
  // One-letter keys ("v" from "wvwvw") would match every word starting with that letter.
  const key = skeleton(q).filter((k) => k.length > 1).join(" ");
  const chosen = filters();
  const rank = async (results: PagefindResult[]) => {
    const data = await Promise.all(results.slice(0, SHOWN).map((r) => r.data()));
    // An exact name, in any spelling, goes first; otherwise Pagefind's order stands.
    return data.map((d, i) => ({ d, i, exact: namesMatch(q, d.meta.names ?? d.meta.title ?? "") })).sort((a, b) => Number(b.exact) - Number(a.exact) || a.i - b.i);
  };
  let merged = (await pf.search(q, { filters: chosen }))?.results ?? [];
  let ranked = await rank(merged);
  // The spellings generated at build time usually find the record; only when no name matched is the
  // folded key searched too (each search fetches index chunks).
  if (!ranked.some((r) => r.exact) && key && key !== fold(q)) {
    const seen = new Set(merged.map((r) => r.id));
    const more = ((await pf.search(key, { filters: chosen }))?.results ?? []).filter((r) => !seen.has(r.id));
    merged = [...merged, ...more];
    ranked = await rank(merged);
  }
  if (ticket !== latest) return;
  if (ranked.length === 0) {
    status.textContent = `No results for “${q}”.`;
    list.append(noResults.content.cloneNode(true));
    return;
  }
  const total = merged.length;
  status.textContent = total > SHOWN ? `${total} results for “${q}”; the first ${SHOWN} are shown.` : `${total} ${total === 1 ? "result" : "results"} for “${q}”.`;
  for (const { d } of ranked) {
    const item = document.createElement("li");
    const kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = d.meta.kind ?? "";
    const link = document.createElement("a");
    link.href = d.url;
    link.textContent = d.meta.title ?? d.url;
    const heading = document.createElement("h2");
    heading.append(link);
    const description = document.createElement("p");
    description.textContent = d.meta.description ?? "";
    item.append(kind, heading, description);
    list.append(item);
  }
}

/** Keeps the query (and filters) in the address, so that the search can be linked and shared. */
function remember(push: boolean): void {
  const url = new URL(location.href);
  url.search = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
  if (url.href !== location.href) (push ? history.pushState : history.replaceState).call(history, null, "", url);
}

let timer: number | undefined;
form.addEventListener("submit", (event) => {
  event.preventDefault();
  remember(true);
  void run(input.value);
});
form.addEventListener("input", () => {
  clearTimeout(timer);
  timer = window.setTimeout(() => {
    remember(false);
    void run(input.value);
  }, 300);
});
window.addEventListener("popstate", () => restore());

function restore(): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const box of form.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) box.checked = params.getAll(box.name).includes(box.value);
  void run(input.value);
}

for (const fieldset of form.querySelectorAll("fieldset")) fieldset.hidden = false;
document.documentElement.classList.add("search-ready");
restore();
