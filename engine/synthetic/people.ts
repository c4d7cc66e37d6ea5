/**
 * Synthetic people, made a family at a time: someone who went missing or was detained in Xinjiang, the
 * relatives abroad who speak about them, a relative whose record is withheld now and then, and a few
 * officials who speak for the state. Every claim and tie is cited in the family's source, in words that
 * name only people whose names are public.
 */
import type { AltNameIn, ClaimIn, Context, NamedIn, PlaceDraft, RelationIn } from "./context.ts";
import type { SourceDraft } from "./sources.ts";
import type { Random } from "./random.ts";
import { HAN_GIVEN, HAN_SURNAMES, KAZAKH_FEMALE, KAZAKH_MALE, RESERVED_FATHERS, UYGHUR_FEMALE, UYGHUR_MALE, fullName, otherSpelling, patronymic, slugify, type Forms } from "./names.ts";
import { nearest } from "./organizations.ts";
import { countryOf, placesFor } from "./places.ts";
import { birthIn, longDay, pointIn, relativeTo, spanIn, type When } from "./when.ts";

type Ethnic = "kazakh" | "uyghur";

interface Draft {
  record: NamedIn & { kind: "person" };
  full: Forms;
  /** How sources refer to the person after first mention. */
  short: string;
  female: boolean;
  ethnic: Ethnic;
  born: number;
  hometown: PlaceDraft;
  residence: PlaceDraft;
  withheld: boolean;
}

const OCCUPATIONS = ["teacher", "imam", "farmer", "doctor", "trader", "driver", "retired oil worker", "student", "businessman", "accountant", "journalist", "poet", "herder", "nurse", "engineer", "tailor", "musician", "veterinarian"];
const CHARGES = ["extremism", "separatism", "inciting ethnic hatred", "gathering a crowd to disrupt public order", "illegal religious activity", "picking quarrels and provoking trouble"];
const STATEMENTS: [string, string][] = [
  ["I just want to know whether he is alive", "wants to know whether the relative is alive"],
  ["We have not heard a word since", "has had no news since"],
  ["They took everyone who had ever travelled abroad", "believes everyone who had travelled abroad was taken"],
  ["I am afraid that speaking out will make things worse", "fears that speaking out will make things worse"],
  ["Nobody will tell us where they are being held", "says nobody will say where the relative is held"],
  ["We sent letters to every office we could find", "sent letters to every office the family could find"],
];
const NUMBERS = ["no", "one", "two", "three", "four", "five", "six"];
const RELATIVE_ROLES = ["cousin", "nephew", "niece", "aunt", "uncle", "brother-in-law", "sister-in-law"];

const an = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);
const he = (d: Draft) => (d.female ? "she" : "he");
const his = (d: Draft) => (d.female ? "her" : "his");
const him = (d: Draft) => (d.female ? "her" : "him");
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const ETHNIC: { [E in Ethnic]: string } = { kazakh: "Kazakh", uyghur: "Uyghur" };

/** A free anchor on the record, from a base: "detention", then "detention-2". */
function anchor(record: NamedIn, base: string): string {
  const used = new Set([...record.claims.map((c) => c.id), ...record.relations.map((r) => r.id)]);
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
  return id;
}

function givenPool(ethnic: Ethnic, female: boolean): Forms[] {
  if (ethnic === "kazakh") return female ? KAZAKH_FEMALE : KAZAKH_MALE;
  return female ? UYGHUR_FEMALE : UYGHUR_MALE;
}

/** Other names of a person: the name in the scripts their language uses, and another Latin spelling. */
function otherNamesOf(rng: Random, full: Forms, ethnic: Ethnic, src: SourceDraft): AltNameIn[] {
  const out: AltNameIn[] = [];
  if (ethnic === "kazakh") {
    if (rng.chance(0.8)) out.push({ name: full.c, lang: "kk-Cyrl" });
    if (rng.chance(0.2)) out.push({ name: full.a, lang: "kk-Arab" });
  } else {
    if (rng.chance(0.8)) out.push({ name: full.a, lang: "ug-Arab" });
    if (rng.chance(0.2)) out.push({ name: full.c, lang: "ug-Cyrl" });
  }
  if (rng.chance(0.5)) out.push({ name: full.z, lang: "zh-Hans" });
  const other = otherSpelling(full.l);
  if (other !== full.l && rng.chance(0.4)) out.push({ name: other, lang: "en", source: src.id, note: `spelling used by ${src.publisher}` });
  return out;
}

/** Makes one person's record (no claims yet). */
function person(ctx: Context, src: SourceDraft, ethnic: Ethnic, female: boolean, father: Forms, hometown: PlaceDraft, residence: PlaceDraft, born: number, withheld: boolean): Draft {
  const rng = ctx.rng;
  const given = rng.pickSkewed(givenPool(ethnic, female), 1.3);
  const style = ethnic === "uyghur" ? "bare" : rng.weighted({ ov: 45, uly: 20, bare: 35 } as const);
  const surname = patronymic(father, female, style);
  const full = fullName(given, surname);
  const id = ctx.id(slugify(full.l));
  const record: Draft["record"] = {
    kind: "person",
    id,
    updated: ctx.updated(),
    ...(withheld ? { visibility: "withheld" as const } : {}),
    name: full.l,
    description: "",
    otherNames: otherNamesOf(rng, full, ethnic, src),
    claims: [],
    relations: [],
  };
  // Some records are written under the name in the person's own script.
  if (!withheld && rng.chance(0.08)) {
    const own = ethnic === "kazakh" ? { name: full.c, lang: "kk-Cyrl" } : { name: full.a, lang: "ug-Arab" };
    record.name = own.name;
    record.nameLang = own.lang;
    record.otherNames = [{ name: full.l, lang: "en" }, ...record.otherNames.filter((n) => n.name !== own.name)];
  }
  // A former name the archive keeps but does not publish.
  if (!withheld && female && rng.chance(0.05)) {
    record.otherNames.push({ name: `${given.l} ${patronymic(rng.pick(RESERVED_FATHERS), true, "uly").l}`, lang: "en", note: "former name", visibility: "withheld" });
  }
  // A former spelling, whose old address redirects.
  const old = slugify(otherSpelling(full.l));
  if (!withheld && old !== slugify(full.l) && !ctx.taken.has(old) && rng.chance(0.05)) {
    ctx.taken.add(old);
    record.formerIds = [old];
  }
  const draft: Draft = { record, full, short: surname.l, female, ethnic, born, hometown, residence, withheld };
  ctx.people.push(record);
  return draft;
}

/** Adds a claim, cited in `src` (and, now and then, also in a withheld source). */
function claim(ctx: Context, d: Draft, src: SourceDraft, sentence: string, c: Omit<ClaimIn, "id" | "citations"> & { quote?: string; when?: When }): ClaimIn {
  const { quote, when, ...rest } = c;
  const citations = [ctx.cite(src, sentence, quote)];
  const hidden = ctx.withheldSources();
  if (!d.withheld && hidden.length && ctx.rng.chance(0.03)) citations.push(ctx.cite(ctx.rng.pick(hidden), sentence, quote));
  const made: ClaimIn = {
    id: anchor(d.record, rest.type),
    ...rest,
    ...(when ? { date: when.edtf, ...(when.inferred ? { dateInferred: when.inferred } : {}) } : {}),
    citations,
  };
  // A detail the archive keeps but does not publish (health, a child's school).
  if (!d.withheld && ctx.rng.chance(0.05)) made.visibility = "withheld";
  d.record.claims.push(made);
  return made;
}

/** Adds a relation from `d` to `to`, cited in `src`. */
function relate(ctx: Context, d: Draft, rel: Omit<RelationIn, "id" | "citations">, src: SourceDraft, sentence: string, quote?: string): void {
  const made: RelationIn = { id: anchor(d.record, rel.type), ...rel, citations: [ctx.cite(src, sentence, quote)] };
  if (!d.withheld && ctx.rng.chance(0.03)) made.visibility = "withheld";
  d.record.relations.push(made);
}

/** Facts anyone may have: birth, origin, work, age, citizenship, home, a move abroad, school, children. */
function lifeClaims(ctx: Context, d: Draft, src: SourceDraft): string | undefined {
  const rng = ctx.rng;
  const n = d.full.l;
  let occupation: string | undefined;
  if (rng.chance(0.55)) {
    const b = birthIn(rng, d.born);
    claim(ctx, d, src, `${n} was born ${b.words} in ${d.hometown.forms.l}.`, { type: "birth", text: `Born in ${d.hometown.forms.l}.`, place: d.hometown.record.id, when: b });
  }
  if (rng.chance(0.35)) {
    claim(ctx, d, src, `${n} is an ethnic ${ETHNIC[d.ethnic]} from ${d.hometown.forms.l}, ${his(d)} relatives say.`, { type: "origin", text: `An ethnic ${ETHNIC[d.ethnic]} from ${d.hometown.forms.l}.`, place: d.hometown.record.id, quote: `${n} is an ethnic ${ETHNIC[d.ethnic]} from ${d.hometown.forms.l}` });
  }
  if (rng.chance(0.55)) {
    occupation = rng.pick(OCCUPATIONS);
    const employer = rng.chance(0.4) ? nearest(ctx, occupation === "teacher" ? "school" : "company", d.hometown) : undefined;
    if (employer) {
      const sentence = `${n} worked as ${an(occupation)} at the ${employer.forms.l}.`;
      claim(ctx, d, src, sentence, { type: "occupation", text: `Worked as ${an(occupation)}.`, involves: [employer.record.id] });
      relate(ctx, d, { type: rng.chance(0.5) ? "employee" : "former-employee", to: employer.record.id, role: occupation }, src, `${occupation[0]!.toUpperCase()}${occupation.slice(1)}s such as ${n} kept their jobs at the ${employer.forms.l} for years.`);
    } else {
      claim(ctx, d, src, `${n} worked as ${an(occupation)} for many years.`, { type: "occupation", text: `Worked as ${an(occupation)}.`, quote: `${n} worked as ${an(occupation)}` });
    }
  }
  const age = Number(src.published.slice(0, 4)) - d.born;
  if (age >= 16 && rng.chance(0.3)) {
    const [said] = rng.pick(STATEMENTS);
    claim(ctx, d, src, `“${said},” said ${age}-year-old ${d.short}.`, {
      type: "age",
      text: `Aged ${age}.`,
      age,
      quote: `${age}-year-old ${d.short}`,
      when: { edtf: src.published.slice(0, 7), words: "", year: Number(src.published.slice(0, 4)), inferred: `“${age}-year-old”, ${his(d)} age as given in an article published on ${longDay(src.published)}` },
    });
  }
  const abroad = countryOf(ctx, d.residence);
  if (abroad.countryKey !== "cn" && rng.chance(0.3)) {
    const w = pointIn(rng, 2006, 2020);
    claim(ctx, d, src, `${n} became a citizen of ${abroad.forms.l} ${w.words}.`, { type: "citizenship", text: `Became a citizen of ${abroad.forms.l}.`, when: w, ...(rng.chance(0.1) ? { place: abroad.record.id } : {}) });
  }
  if (rng.chance(0.4)) {
    claim(ctx, d, src, `${n} now lives in ${d.residence.forms.l}.`, { type: "residence", text: `Lives in ${d.residence.forms.l}.`, place: d.residence.record.id });
  }
  if (abroad.countryKey !== "cn" && rng.chance(0.2)) {
    const w = spanIn(rng, 2005, 2020);
    claim(ctx, d, src, `${n} moved to ${abroad.forms.l} with ${his(d)} family ${w.words}.`, { type: "move", text: `Moved to ${abroad.forms.l} with the family.`, place: d.residence.record.id, when: w });
  }
  if (rng.chance(0.1)) {
    const school = nearest(ctx, rng.chance(0.5) ? "school" : "university", d.hometown);
    if (school) {
      const sentence = `${n} studied at the ${school.forms.l}.`;
      claim(ctx, d, src, sentence, { type: "education", text: `Studied at the ${school.forms.l}.`, involves: [school.record.id] });
      relate(ctx, d, { type: "student", to: school.record.id }, src, sentence, sentence.replace(/\.$/, ""));
    }
  }
  if (rng.chance(0.15)) {
    const k = rng.int(1, 6);
    claim(ctx, d, src, `${n} has ${NUMBERS[k]} ${k === 1 ? "child" : "children"}.`, { type: "family", text: `Has ${NUMBERS[k]} ${k === 1 ? "child" : "children"}.` });
  }
  return occupation;
}

/** What happened to the one who was taken: missing, detained, sentenced, perhaps released, in their relatives' words or the state's. */
function fateClaims(ctx: Context, d: Draft, src: SourceDraft, speaker: Draft | undefined): string {
  const rng = ctx.rng;
  const n = d.full.l;
  const town = d.hometown;
  const asserted = (): Pick<ClaimIn, "assertedBy"> & { by: string } => {
    if (speaker && !speaker.withheld && rng.chance(0.6)) return { assertedBy: speaker.record.id, by: `${speaker.full.l} said` };
    const label = rng.pick(["rights groups", "relatives", "neighbours", "a former detainee"]);
    return rng.chance(0.5) ? { assertedBy: { label }, by: `according to ${label}` } : { by: "" };
  };
  const at = (w: When) => (rng.chance(0.15) ? relativeTo(rng, src.published) : w);
  let fate = "";
  let year = rng.int(2016, 2019);
  if (rng.chance(0.6)) {
    const w = at(pointIn(rng, year, year));
    const a = asserted();
    const said = a.by ? `, ${a.by}` : "";
    claim(ctx, d, src, `${n} went missing ${w.words} after returning to ${town.forms.l}${said}.`, { type: "disappearance", text: `Went missing after returning to ${town.forms.l}.`, place: town.record.id, when: w, ...(a.assertedBy ? { assertedBy: a.assertedBy } : {}) });
    fate = `missing since ${w.year}`;
    year = w.year;
  }
  if (rng.chance(0.75)) {
    const camp = nearest(ctx, "camp", town);
    const w = at(pointIn(rng, year, year + 1));
    const a = asserted();
    const said = a.by ? `, ${a.by}` : "";
    const where = camp ? `sent to the ${camp.forms.l}` : `held in ${town.forms.l}`;
    claim(ctx, d, src, `${n} was detained ${w.words} and ${where}${said}.`, {
      type: "detention",
      text: camp ? `Detained and sent to the ${camp.forms.l}.` : `Detained and held in ${town.forms.l}.`,
      place: (camp?.place ?? town).record.id,
      ...(camp ? { involves: [camp.record.id] } : {}),
      when: w,
      ...(a.assertedBy ? { assertedBy: a.assertedBy } : {}),
    });
    fate = `detained in ${w.year}`;
    year = Math.max(year, w.year);
  }
  if (rng.chance(0.35)) {
    const court = nearest(ctx, "court", town);
    const years = rng.int(3, 20);
    const charge = rng.pick(CHARGES);
    const w = pointIn(rng, year, year + 2);
    const a = asserted();
    const said = a.by ? `, ${a.by}` : "";
    const disputed = rng.chance(0.4);
    const topic = disputed ? `${d.record.id}-case` : undefined;
    claim(ctx, d, src, `${n} was sentenced ${w.words} to ${years} years in prison for “${charge}”${said}.`, {
      type: "sentence",
      text: `Sentenced to ${years} years in prison for “${charge}”.`,
      sentence: { years, charge },
      ...(court ? { involves: [court.record.id] } : {}),
      when: w,
      ...(a.assertedBy ? { assertedBy: a.assertedBy } : {}),
      ...(topic ? { topic } : {}),
      quote: `${n} was sentenced ${w.words} to ${years} years in prison for “${charge}”`,
    });
    fate = `sentenced to ${years} years`;
    if (topic) stateAccount(ctx, d, src, topic, charge);
  }
  if (rng.chance(0.2)) {
    const w = pointIn(rng, year + 1, year + 3);
    claim(ctx, d, src, `${n} was released ${w.words}, relatives said.`, { type: "release", text: "Released.", when: w, quote: `${n} was released ${w.words}` });
    fate += fate ? ", later released" : "released";
  }
  return fate;
}

/** The state's account of a case: on the person's record, or on the government body's own record. */
function stateAccount(ctx: Context, d: Draft, src: SourceDraft, topic: string, charge: string): void {
  const rng = ctx.rng;
  const gov = nearest(ctx, "government", d.hometown) ?? nearest(ctx, "police", d.hometown);
  const words = `had been lawfully convicted of ${charge}`;
  if (!gov) {
    claim(ctx, d, src, `Chinese officials said ${d.full.l} ${words}.`, { type: "statement", text: `Lawfully convicted of ${charge}, according to Chinese officials.`, assertedBy: { label: "Chinese officials" }, topic });
    return;
  }
  const sentence = `The ${gov.forms.l} said ${d.full.l} ${words} and was “receiving education”.`;
  if (rng.chance(0.5)) {
    claim(ctx, d, src, sentence, { type: "denial", text: `Lawfully convicted of ${charge}, and not arbitrarily detained.`, assertedBy: gov.record.id, topic });
    return;
  }
  const c = ctx.cite(src, sentence);
  gov.record.claims.push({ id: anchor(gov.record, "statement"), type: "statement", text: `Said that a local resident had been lawfully convicted of ${charge}.`, assertedBy: gov.record.id, involves: [d.record.id], topic, citations: [c] });
}

/** What a relative abroad does: testify, appeal, protest, speak, campaign; and what it costs them. */
function voiceClaims(ctx: Context, d: Draft, src: SourceDraft, taken: Draft | undefined, hidden: Draft | undefined): void {
  const rng = ctx.rng;
  const n = d.full.l;
  if (rng.chance(0.4)) {
    claim(ctx, d, src, `${n} described ${his(d)} family’s ordeal to the ${src.publisher}.`, { type: "testimony", text: "Gave an account of the family’s ordeal.", assertedBy: d.record.id, ...(taken ? { involves: [taken.record.id] } : {}) });
  }
  if (rng.chance(0.4)) {
    const [said, meaning] = rng.pick(STATEMENTS);
    claim(ctx, d, src, `“${said},” ${n} said.`, { type: "statement", text: `Said ${he(d)} ${meaning}.`, assertedBy: d.record.id, quote: `“${said},” ${n} said`, ...(hidden && rng.chance(0.3) ? { involves: [hidden.record.id] } : {}) });
  }
  const council = nearest(ctx, "council", d.residence);
  const consulate = nearest(ctx, "consulate", d.residence);
  if (rng.chance(0.3)) {
    const to = rng.chance(0.5) ? consulate ?? council : council ?? consulate;
    if (to) {
      const w = pointIn(rng, 2017, 2021);
      claim(ctx, d, src, `${n} appealed to the ${to.forms.l} for help ${w.words}.`, { type: "appeal", text: `Appealed to the ${to.forms.l} for help.`, involves: [to.record.id], when: w });
    }
  }
  if (consulate && rng.chance(0.12)) {
    const w = pointIn(rng, 2018, 2021);
    claim(ctx, d, src, `${n} protested outside the ${consulate.forms.l} ${w.words}.`, { type: "protest", text: `Protested outside the ${consulate.forms.l}.`, involves: [consulate.record.id], place: consulate.place.record.id, when: w });
  }
  if (council && rng.chance(0.2)) {
    const w = spanIn(rng, 2017, 2021);
    const since = w.edtf.endsWith("/..") ? w : { ...w, edtf: `${w.edtf.split("/")[0]!.slice(0, 4)}/..`, words: `since ${w.edtf.slice(0, 4)}` };
    claim(ctx, d, src, `${n} has campaigned with the ${council.forms.l} ${since.words}.`, { type: "activism", text: `Campaigns with the ${council.forms.l}.`, involves: [council.record.id], when: since });
    relate(ctx, d, { type: rng.chance(0.5) ? "member" : "volunteer", to: council.record.id, date: since.edtf }, src, `${n} has campaigned with the ${council.forms.l} ${since.words}.`, `${n} has campaigned with the ${council.forms.l}`);
  }
  if (rng.chance(0.1)) {
    const police = nearest(ctx, "police", d.hometown);
    claim(ctx, d, src, `${n} said police in ${d.hometown.forms.l} had warned ${him(d)} to stop speaking to journalists.`, { type: "threat", text: `Warned by police in ${d.hometown.forms.l} to stop speaking to journalists.`, assertedBy: d.record.id, ...(police ? { involves: [police.record.id] } : {}) });
  }
  if (rng.chance(0.08)) {
    claim(ctx, d, src, `Relatives of ${n} in ${d.hometown.forms.l} were pressed to persuade ${him(d)} to return.`, { type: "pressure", text: `Relatives in ${d.hometown.forms.l} were pressed to persuade ${him(d)} to return.`, place: d.hometown.record.id });
  }
}

/** One line: who this is, and what happened to them or to the relative they speak for. */
function describe(d: Draft, occupation: string | undefined, fate: string, tie: string, takenFate: string): string {
  const who = `${ETHNIC[d.ethnic]} ${occupation ?? (d.female ? "woman" : "man")}`;
  const where = fate ? `from ${d.hometown.forms.l}` : `living in ${d.residence.forms.l}`;
  const what = fate ? fate : tie && takenFate ? `whose ${tie} was ${takenFate}` : "";
  const text = `${cap(who)} ${where}${what ? `, ${what}` : ""}.`;
  return text.length <= 200 ? text : text.slice(0, 196) + "….";
}

type Member = { d: Draft; as: "head" | "spouse" | "child" | "sibling" | "hidden"; tie: string };

/** What `taken` is to `d` ("husband", "son", "brother"), from their places in the family. */
function tieBetween(d: Member, taken: Member): string {
  const t = taken.d.female;
  if (d.as === "head") return taken.tie;
  if (taken.as === "head") {
    if (d.as === "spouse") return t ? "wife" : "husband";
    if (d.as === "child") return t ? "mother" : "father";
    if (d.as === "sibling") return t ? "sister" : "brother";
  }
  if (d.as === "child" && taken.as === "child") return t ? "sister" : "brother";
  if (d.as === "spouse" && taken.as === "child") return t ? "daughter" : "son";
  return "relative";
}

/** A family: the one taken, a spouse, children, siblings, sometimes a withheld relative. Returns how many records it made. */
function family(ctx: Context, budget: number): number {
  const rng = ctx.rng;
  const src = rng.pick(ctx.publicSources());
  const ethnic: Ethnic = rng.chance(0.6) ? "kazakh" : "uyghur";
  const origin = rng.pickSkewed(placesFor(ctx, "origin"));
  const abroad = rng.pickSkewed(placesFor(ctx, "residence"));
  const grandfather = rng.pick(givenPool(ethnic, false));
  const headFemale = rng.chance(0.5);
  const born = rng.int(1945, 1985);
  const members: Member[] = [];
  const head = person(ctx, src, ethnic, headFemale, grandfather, origin, abroad, born, false);
  members.push({ d: head, as: "head", tie: "" });
  let spouse: Draft | undefined;
  if (budget > members.length && rng.chance(0.7)) {
    spouse = person(ctx, src, ethnic, !headFemale, rng.pick(givenPool(ethnic, false)), origin, abroad, born + rng.int(-6, 6), false);
    const word = headFemale ? "husband" : "wife";
    members.push({ d: spouse, as: "spouse", tie: word });
    const quote = `${head.full.l} and ${his(head)} ${word}, ${spouse.full.l}`;
    relate(ctx, head, { type: "spouse", to: spouse.record.id, role: headFemale ? "wife" : "husband" }, src, `${quote}, married in ${rng.int(born + 18, born + 30)}.`, quote);
  }
  const father = headFemale ? spouse : head;
  const fatherName = father ? givenOf(father) : rng.pick(givenPool(ethnic, false));
  const children = rng.int(0, 3);
  for (let i = 0; i < children && budget > members.length; i++) {
    const female = rng.chance(0.5);
    const child = person(ctx, src, ethnic, female, fatherName, origin, rng.chance(0.7) ? abroad : origin, Math.min(2004, born + rng.int(20, 35)), false);
    const word = female ? "daughter" : "son";
    members.push({ d: child, as: "child", tie: word });
    if (rng.chance(0.5)) {
      const quote = `${head.full.l}’s ${word}, ${child.full.l}`;
      relate(ctx, head, { type: "parent", to: child.record.id, role: headFemale ? "mother" : "father" }, src, `${quote}, ${rng.pick(["lives nearby", "was at the meeting", "keeps the family’s documents"])}.`, quote);
    } else {
      const quote = `${child.full.l}, the ${word} of ${head.full.l}`;
      relate(ctx, child, { type: "child", to: head.record.id, role: word }, src, `${quote}, ${rng.pick(["spoke first", "translated for the family", "showed photographs"])}.`, quote);
    }
  }
  if (budget > members.length && rng.chance(0.35)) {
    const female = rng.chance(0.5);
    const sib = person(ctx, src, ethnic, female, grandfather, origin, rng.chance(0.5) ? origin : abroad, born + rng.int(-8, 8), false);
    const word = female ? "sister" : "brother";
    members.push({ d: sib, as: "sibling", tie: word });
    const quote = `${head.full.l}’s ${word}, ${sib.full.l}`;
    relate(ctx, sib, { type: "sibling", to: head.record.id, role: word }, src, `${quote}, ${rng.pick(["still lives in the old family house", "was the last to see the others", "sends money every month"])}.`, quote);
  }
  // A relative whose name the archive keeps but never publishes.
  let hidden: Draft | undefined;
  if (budget > members.length && rng.chance(0.25)) {
    const female = rng.chance(0.5);
    const role = rng.pick(RELATIVE_ROLES);
    const hiddenSrc = rng.chance(0.5) && ctx.withheldSources().length ? rng.pick(ctx.withheldSources()) : src;
    hidden = person(ctx, hiddenSrc, ethnic, female, rng.pick(RESERVED_FATHERS), origin, origin, born + rng.int(-20, 20), true);
    members.push({ d: hidden, as: "hidden", tie: role });
    const quote = `${his(head)} ${role}, ${hidden.full.l}`;
    const sentence = `${head.full.l} said ${quote}, was also questioned in ${origin.forms.l}.`;
    if (rng.chance(0.5)) relate(ctx, head, { type: "relative", to: hidden.record.id, visibility: "withheld" }, hiddenSrc, sentence, quote);
    else relate(ctx, hidden, { type: "relative", to: head.record.id, role }, hiddenSrc, sentence, quote);
    claim(ctx, hidden, hiddenSrc, `${hidden.full.l} was questioned by police in ${origin.forms.l} ${pointIn(rng, 2017, 2020).words}.`, { type: "event", text: `Questioned by police in ${origin.forms.l}.`, place: origin.record.id });
    hidden.record.description = `${ETHNIC[ethnic]} ${female ? "woman" : "man"} in ${origin.forms.l}, ${role} of ${head.full.l}.`;
  }

  // One member was taken (usually the head); the others speak for them.
  const publicMembers = members.filter((m) => !m.d.withheld);
  const taken = rng.chance(0.85) ? (rng.chance(0.6) ? members[0]! : rng.pick(publicMembers)) : undefined;
  if (taken) taken.d.residence = taken.d.hometown;
  const speaker = publicMembers.find((m) => m !== taken)?.d;
  let takenFate = "";
  const order = taken ? [taken, ...publicMembers.filter((m) => m !== taken)] : publicMembers;
  for (const m of order) {
    const d = m.d;
    const occupation = lifeClaims(ctx, d, src);
    if (m === taken) {
      takenFate = fateClaims(ctx, d, src, speaker);
      d.record.description = describe(d, occupation, takenFate || "whose fate is unknown", "", "");
    } else {
      if (taken) voiceClaims(ctx, d, src, taken.d, hidden);
      d.record.description = describe(d, occupation, "", taken ? tieBetween(m, taken) : "", takenFate);
    }
  }
  return members.length;
}

/** The given name of a drafted person (the first word of their Latin name) in each script. */
function givenOf(d: Draft): Forms {
  const pool = givenPool(d.ethnic, d.female);
  return pool.find((g) => d.full.l.startsWith(g.l + " ")) ?? pool[0]!;
}

/** An official who speaks for the state: a Han Chinese name, in characters or pinyin. */
function official(ctx: Context): void {
  const rng = ctx.rng;
  const [sl, sz] = rng.pick(HAN_SURNAMES);
  const [gl, gz] = rng.pick(HAN_GIVEN);
  const latin = `${sl} ${gl}`;
  const chinese = `${sz}${gz}`;
  const body = nearest(ctx, rng.pick(["government", "police", "camp"] as const), undefined);
  if (!body) return;
  const src = rng.pick(ctx.publicSources());
  const inCharacters = rng.chance(0.4);
  const record: Draft["record"] = {
    kind: "person",
    id: ctx.id(slugify(latin)),
    updated: ctx.updated(),
    name: inCharacters ? chinese : latin,
    ...(inCharacters ? { nameLang: "zh-Hans" } : {}),
    description: `Official of the ${body.forms.l}.`,
    otherNames: inCharacters ? [{ name: latin, lang: "zh-Latn" }] : [{ name: chinese, lang: "zh-Hans" }],
    claims: [],
    relations: [],
  };
  ctx.people.push(record);
  const d: Draft = { record, full: { l: latin, c: latin, a: latin, z: chinese }, short: sl, female: rng.chance(0.3), ethnic: "kazakh", born: rng.int(1955, 1980), hometown: body.place, residence: body.place, withheld: false };
  const role = rng.pick(["director", "party secretary", "deputy head", "spokesperson"]);
  relate(ctx, d, { type: "leader", to: body.record.id, role }, src, `${latin}, the ${role} of the ${body.forms.l}, declined to answer questions.`, `${latin}, the ${role} of the ${body.forms.l}`);
  claim(ctx, d, src, `${latin} said the centers had “helped people find work”.`, { type: "statement", text: "Said the centers had “helped people find work”.", assertedBy: record.id });
  if (rng.chance(0.5)) claim(ctx, d, src, `${latin} denied that anyone had been held against their will.`, { type: "denial", text: "Denied that anyone had been held against their will.", assertedBy: record.id });
}

/** Makes `count` people, a family at a time, with an official now and then. */
export function makePeople(ctx: Context, count: number): void {
  let made = 0;
  while (made < count) {
    if (made > 0 && ctx.rng.chance(0.03)) {
      const before = ctx.people.length;
      official(ctx);
      made += ctx.people.length - before;
      if (ctx.people.length > before) continue;
    }
    made += family(ctx, count - made);
  }
}
