/**
 * Synthetic organizations: camps, police bureaus, courts, prisons, local governments and state
 * newspapers in Xinjiang; schools, companies and universities; relatives' councils and a consulate in
 * Kazakhstan. Each lies in a place, some are part of another or owned by a state, all cited.
 */
import type { Context, OrgDraft, OrgType, PlaceDraft } from "./context.ts";
import type { Forms } from "./names.ts";
import { slugify } from "./names.ts";
import { scriptNames } from "./places.ts";

type Template = (p: Forms, k: number) => Forms & { what: string };

const INDUSTRIES: Forms[] = [
  { l: "Oil", c: "мұнай", a: "نېفىت", z: "石油" },
  { l: "Textile", c: "тоқыма", a: "توقۇمىچىلىق", z: "纺织" },
  { l: "Livestock", c: "мал шаруашылығы", a: "چارۋىچىلىق", z: "畜牧" },
  { l: "Transport", c: "көлік", a: "قاتناش", z: "运输" },
];

const TEMPLATES: { [T in OrgType]: { country: "cn" | "kz" | "any"; weight: number; make: Template } } = {
  camp: { country: "cn", weight: 16, make: (p) => ({ l: `${p.l} Vocational Skills Education and Training Center`, c: `${p.c} кәсіптік білім беру орталығы`, a: `${p.a} كەسپىي تەربىيەلەش مەركىزى`, z: `${p.z}职业技能教育培训中心`, what: "a facility that officials call a vocational training center" }) },
  police: { country: "cn", weight: 12, make: (p) => ({ l: `${p.l} Public Security Bureau`, c: `${p.c} қоғамдық қауіпсіздік бюросы`, a: `${p.a} جامائەت خەۋپسىزلىكى ئىدارىسى`, z: `${p.z}公安局`, what: "the local police" }) },
  government: { country: "cn", weight: 8, make: (p) => ({ l: `${p.l} Government`, c: `${p.c} үкіметі`, a: `${p.a} ھۆكۈمىتى`, z: `${p.z}人民政府`, what: "the local government" }) },
  court: { country: "cn", weight: 8, make: (p) => ({ l: `${p.l} People’s Court`, c: `${p.c} халық соты`, a: `${p.a} خەلق سوتى`, z: `${p.z}人民法院`, what: "the court that hears local criminal cases" }) },
  prison: { country: "cn", weight: 6, make: (p, k) => ({ l: `${p.l} Prison No. ${k}`, c: `${p.c} №${k} түрмесі`, a: `${p.a} ${k}-نومۇرلۇق تۈرمىسى`, z: `${p.z}第${k}监狱`, what: "a prison" }) },
  school: { country: "any", weight: 16, make: (p, k) => ({ l: `${p.l} Middle School No. ${k}`, c: `${p.c} №${k} орта мектебі`, a: `${p.a} ${k}-ئوتتۇرا مەكتىپى`, z: `${p.z}第${k}中学`, what: "a state school" }) },
  university: { country: "any", weight: 4, make: (p) => ({ l: `${p.l} University`, c: `${p.c} университеті`, a: `${p.a} ئۇنىۋېرسىتېتى`, z: `${p.z}大学`, what: "a university" }) },
  company: { country: "any", weight: 10, make: (p, k) => { const i = INDUSTRIES[k % INDUSTRIES.length]!; return { l: `${p.l} ${i.l} Company`, c: `${p.c} ${i.c} компаниясы`, a: `${p.a} ${i.a} شىركىتى`, z: `${p.z}${i.z}公司`, what: `a ${i.l.toLowerCase()} company` }; } },
  council: { country: "kz", weight: 10, make: (p) => ({ l: `${p.l} Relatives’ Council`, c: `${p.c} туыстар кеңесі`, a: `${p.a} تۇغقانلار كېڭىشى`, z: `${p.z}亲属委员会`, what: "a volunteer group that helps families of the missing" }) },
  consulate: { country: "kz", weight: 2, make: (p) => ({ l: `Consulate General of China in ${p.l}`, c: `Қытайдың ${p.c} қаласындағы бас консулдығы`, a: `جۇڭگونىڭ ${p.a}دىكى باش كونسۇلخانىسى`, z: `中国驻${p.z}总领事馆`, what: "China’s diplomatic mission in the city" }) },
  newspaper: { country: "cn", weight: 4, make: (p) => ({ l: `${p.l} Daily`, c: `${p.c} газеті`, a: `${p.a} گېزىتى`, z: `${p.z}日报`, what: "a state-run newspaper" }) },
};

/** Places in a country, below country level when there are any. */
function placesIn(ctx: Context, country: "cn" | "kz" | "any"): PlaceDraft[] {
  const all = country === "any" ? ctx.places : ctx.places.filter((p) => p.countryKey === country);
  const below = all.filter((p) => p.level !== "country");
  return below.length ? below : all.length ? all : ctx.places;
}

/** Makes `count` organizations in places already made. */
export function makeOrganizations(ctx: Context, count: number): void {
  const rng = ctx.rng;
  const weights = Object.fromEntries(Object.entries(TEMPLATES).map(([t, v]) => [t, v.weight])) as { [T in OrgType]: number };
  const numbers = new Map<string, number>();
  // Small archives still get one of the kinds most records point at.
  const first: OrgType[] = ["camp", "government", "council", "court", "police"];
  for (let i = 0; i < count; i++) {
    const type: OrgType = i < first.length ? first[i]! : rng.weighted(weights);
    const t = TEMPLATES[type];
    const pool = placesIn(ctx, t.country);
    const place = type === "consulate" || type === "university" || type === "newspaper" || type === "government" ? rng.pick(pool.filter((p) => p.level === "area").length ? pool.filter((p) => p.level === "area") : pool) : rng.pick(pool);
    const key = `${type}:${place.record.id}`;
    const k = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, k);
    const made = t.make(place.forms, k);
    const forms: Forms = { l: made.l, c: made.c, a: made.a, z: made.z };
    const id = ctx.id(slugify(forms.l));
    const chinese = place.countryKey === "cn" && rng.chance(0.1);
    const description = `${made.what[0]!.toUpperCase()}${made.what.slice(1)} in ${place.forms.l}.`;
    const draft: OrgDraft = {
      record: {
        kind: "organization",
        id,
        updated: ctx.updated(),
        name: chinese ? forms.z : forms.l,
        ...(chinese ? { nameLang: "zh-Hans" } : {}),
        description,
        otherNames: chinese ? [{ name: forms.l, lang: "en" }, ...scriptNames(forms, ctx).filter((n) => n.lang !== "zh-Hans")] : scriptNames(forms, ctx),
        claims: [],
        relations: [],
      },
      forms,
      type,
      place,
    };
    ctx.orgs.push(draft);
  }
}

/** Cites what each organization is, where it is, and what it is part of or owned by. */
export function describeOrganizations(ctx: Context): void {
  const rng = ctx.rng;
  const china = ctx.places.find((p) => p.level === "country" && p.countryKey === "cn");
  for (const org of ctx.orgs) {
    const src = rng.pick(ctx.publicSources());
    const name = org.forms.l;
    const what = org.record.description.replace(/ in [^.]*\.$/, "").toLowerCase();
    const c = ctx.cite(src, `The ${name}, ${what}, is in ${org.place.forms.l}.`, `The ${name}, ${what}, is in ${org.place.forms.l}`);
    org.record.claims.push({ id: "description", type: "description", text: `${what[0]!.toUpperCase()}${what.slice(1)}.`, citations: [c] });
    org.record.relations.push({ id: "located-in", type: "located-in", to: org.place.record.id, citations: [c] });
    if (china && org.type === "consulate") {
      const q = ctx.cite(src, `Families gathered outside the ${name}, China’s mission in the city.`, `the ${name}, China’s mission in the city`);
      org.record.relations.push({ id: "mission-of", type: "mission-of", to: china.record.id, citations: [q] });
    }
    if (china && org.type === "newspaper") {
      const q = ctx.cite(src, `The state-run ${name} published a rebuttal.`, `The state-run ${name}`);
      org.record.relations.push({ id: "state-owned-by", type: "state-owned-by", to: china.record.id, citations: [q] });
    }
    // Part of a bigger body of the same kind, one level up.
    const parent = ctx.orgs.find((o) => o !== org && o.type === org.type && o.place === org.place.parent);
    if (parent && rng.chance(0.6)) {
      const q = ctx.cite(src, `The ${name} reports to the ${parent.forms.l}.`);
      org.record.relations.push({ id: "part-of", type: "part-of", to: parent.record.id, citations: [q] });
    }
    if (org.type === "government" && rng.chance(0.7)) {
      const year = rng.int(2014, 2019);
      const q = ctx.cite(src, `In ${year} the ${name} ordered officials to stay in the homes of local families.`);
      org.record.claims.push({ id: "policy", type: "policy", text: "Ordered officials to stay in the homes of local families.", date: String(year), citations: [q] });
    }
    if (org.type === "camp" && rng.chance(0.5)) {
      const year = rng.int(2016, 2019);
      const q = ctx.cite(src, `Satellite images show the ${name} was expanded in ${year}.`);
      org.record.claims.push({ id: "expansion", type: "event", text: "Expanded, according to satellite images.", date: String(year), citations: [q] });
    }
  }
}

/** Organizations by type and by where they are, built once the organizations exist. */
const indexes = new WeakMap<Context, Map<string, OrgDraft[]>>();
function indexOf(ctx: Context): Map<string, OrgDraft[]> {
  let index = indexes.get(ctx);
  if (!index) {
    index = new Map();
    const add = (key: string, o: OrgDraft) => (index!.get(key) ?? index!.set(key, []).get(key)!).push(o);
    for (const o of ctx.orgs) {
      add(o.type, o);
      add(`${o.type}@${o.place.record.id}`, o);
      if (o.place.areaKey) add(`${o.type}#${o.place.areaKey}`, o);
      add(`${o.type}!${o.place.countryKey}`, o);
    }
    indexes.set(ctx, index);
  }
  return index;
}

/** An organization of a type, nearest first: in the same place, then the same area, then the same country, then anywhere. */
export function nearest(ctx: Context, type: OrgType, place: PlaceDraft | undefined): OrgDraft | undefined {
  const index = indexOf(ctx);
  const keys = place ? [`${type}@${place.record.id}`, ...(place.areaKey ? [`${type}#${place.areaKey}`] : []), `${type}!${place.countryKey}`, type] : [type];
  for (const key of keys) {
    const found = index.get(key);
    if (found?.length) return ctx.rng.pick(found);
  }
  return undefined;
}
