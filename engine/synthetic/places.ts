/**
 * Synthetic places: a hierarchy of countries → regions, prefectures and cities → counties → towns, each
 * tied to the one above by a cited `located-in` relation, with names in four scripts.
 */
import type { Context, PlaceDraft } from "./context.ts";
import { AREAS, COUNTRIES, TOWN_HEADS, TOWN_PREFIXES, TOWN_TAILS, slugify, townName, type Forms } from "./names.ts";

/** The other names of a place or organization: Kazakh Cyrillic, Uyghur Arabic script, Chinese. */
export function scriptNames(forms: Forms, ctx: Context): { name: string; lang: string; source?: string }[] {
  const src = ctx.rng.chance(0.3) ? ctx.rng.pick(ctx.publicSources()).id : undefined;
  return [
    { name: forms.c, lang: "kk-Cyrl" },
    { name: forms.a, lang: "ug-Arab" },
    { name: forms.z, lang: "zh-Hans", ...(src ? { source: src } : {}) },
  ];
}

function addPlace(ctx: Context, forms: Forms, level: PlaceDraft["level"], countryKey: string, description: string, parent?: PlaceDraft, extra: Partial<PlaceDraft> = {}): PlaceDraft {
  const base = slugify(forms.l);
  const id = ctx.id(ctx.taken.has(base) && parent ? `${base}-${slugify(parent.forms.l)}` : base);
  const draft: PlaceDraft = {
    record: { kind: "place", id, updated: ctx.updated(), name: forms.l, description, otherNames: scriptNames(forms, ctx), claims: [], relations: [] },
    forms,
    level,
    countryKey,
    ...(parent ? { parent } : {}),
    ...extra,
  };
  // A few places are written under their name in another script, as a local archive would.
  if (level === "town" && ctx.rng.chance(0.05)) {
    draft.record.name = forms.c;
    draft.record.nameLang = "kk-Cyrl";
    draft.record.otherNames = [{ name: forms.l, lang: "en" }, ...draft.record.otherNames.filter((n) => n.lang !== "kk-Cyrl")];
  }
  ctx.places.push(draft);
  return draft;
}

/** Cites where a place lies (and what it is) in a source, as a claim and a `located-in` relation. */
function situate(ctx: Context, place: PlaceDraft, what: string): void {
  const rng = ctx.rng;
  const src = rng.pick(ctx.publicSources());
  const parent = place.parent;
  const name = place.forms.l;
  const phrase = what[0]!.toLowerCase() + what.slice(1).replace(/\.$/, "");
  if (!parent) {
    const c = ctx.cite(src, `${name}, ${phrase}, has received thousands of requests from families.`, `${name}, ${phrase}`);
    place.record.claims.push({ id: "description", type: "description", text: what, citations: [c] });
    return;
  }
  const sentence = rng.pick([
    `In ${name}, ${phrase}, many families have a relative who is missing.`,
    `The road to ${name}, ${phrase}, was closed for weeks.`,
    `Residents of ${name}, ${phrase}, described checkpoints at every crossing.`,
  ]);
  const c = ctx.cite(src, sentence, `${name}, ${phrase}`);
  place.record.claims.push({ id: "description", type: "description", text: what, citations: [c] });
  place.record.relations.push({ id: "located-in", type: "located-in", to: parent.record.id, citations: [c] });
}

/**
 * Makes `count` places: countries first, then the fixed areas in order, then invented counties and
 * towns. Small archives get few countries and areas; every place lies in one above it.
 */
export function makePlaces(ctx: Context, count: number): void {
  const rng = ctx.rng;
  const nCountries = Math.min(COUNTRIES.length, Math.max(2, Math.round(count * 0.02)));
  const countries = new Map<string, PlaceDraft>();
  for (const c of COUNTRIES.slice(0, nCountries)) countries.set(c.key, addPlace(ctx, c, "country", c.key, c.description));

  const areaBudget = Math.max(1, Math.min(count - nCountries, Math.round(count * 0.15)));
  const areas = new Map<string, PlaceDraft>();
  for (const a of AREAS) {
    if (areas.size >= areaBudget) break;
    const parent = countries.get(a.in) ?? areas.get(a.in);
    if (!parent) continue;
    const description = `${a.kind === "city" ? "City" : a.kind[0]!.toUpperCase() + a.kind.slice(1)} in ${parent.forms.l}.`;
    areas.set(a.key, addPlace(ctx, a, "area", parent.countryKey, description, parent, { areaKey: a.key, ...(a.home ? { home: a.home } : {}) }));
  }
  const homeAreas = [...areas.values()].filter((a) => a.home);
  const inside = homeAreas.length ? homeAreas : [...areas.values()];

  const rest = Math.max(0, count - nCountries - areas.size);
  const nCounties = count >= 40 ? Math.round(count * 0.1) : 0;
  const counties: PlaceDraft[] = [];
  const townForms = () => townName(rng.pick(TOWN_PREFIXES), rng.pick(TOWN_HEADS), rng.pick(TOWN_TAILS));
  for (let i = 0; i < Math.min(nCounties, rest); i++) {
    const area = rng.pick(inside);
    const t = townForms();
    const cn = area.countryKey === "cn";
    const forms: Forms = { l: `${t.l} ${cn ? "County" : "District"}`, c: `${t.c} ауданы`, a: `${t.a} ناھىيىسى`, z: `${t.z}${cn ? "县" : "区"}` };
    counties.push(addPlace(ctx, forms, "county", area.countryKey, `${cn ? "County" : "District"} in ${area.forms.l}.`, area, { ...(area.areaKey ? { areaKey: area.areaKey } : {}), ...(area.home ? { home: area.home } : {}) }));
  }
  const parents = [...inside, ...counties];
  for (let i = counties.length; i < rest; i++) {
    const parent = rng.pick(parents);
    const kind = rng.pick(["Town", "Village", "Town", "Township"]);
    addPlace(ctx, townForms(), "town", parent.countryKey, `${kind} in ${parent.forms.l}.`, parent, { ...(parent.areaKey ? { areaKey: parent.areaKey } : {}), ...(parent.home ? { home: parent.home } : {}) });
  }
}

/** Adds each place's description and located-in relation, once sources exist to cite them in. */
export function situatePlaces(ctx: Context): void {
  for (const p of ctx.places) situate(ctx, p, p.record.description);
}

/** Towns (or, in a small archive, any place) where people come from, or live now. */
const homes = new WeakMap<Context, Map<string, PlaceDraft[]>>();
export function placesFor(ctx: Context, home: "origin" | "residence"): PlaceDraft[] {
  let byHome = homes.get(ctx);
  if (!byHome) homes.set(ctx, (byHome = new Map()));
  let found = byHome.get(home);
  if (!found) byHome.set(home, (found = placesForUncached(ctx, home)));
  return found;
}
function placesForUncached(ctx: Context, home: "origin" | "residence"): PlaceDraft[] {
  const towns = ctx.places.filter((p) => p.home === home && (p.level === "town" || p.level === "county"));
  if (towns.length) return towns;
  const areas = ctx.places.filter((p) => p.home === home);
  if (areas.length) return areas;
  return ctx.places.filter((p) => p.level !== "country").length ? ctx.places.filter((p) => p.level !== "country") : ctx.places;
}

/** The country a place is in. */
export function countryOf(ctx: Context, place: PlaceDraft): PlaceDraft {
  let p: PlaceDraft = place;
  while (p.parent) p = p.parent;
  return p;
}
