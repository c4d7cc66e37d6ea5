/**
 * Validation at the edge: the shape of every record, then everything that needs more than one record
 * (ids, references, seeds and their hashes, quotes, visibility). Every problem is collected; nothing
 * stops at the first. What comes out is the only typed data the rest of the engine reads.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as schema from "./schema.ts";
import type { Claim, Citation, Kind, Named, Record, Relation, Source } from "./schema.ts";
import { SLUG } from "./schema.ts";
import type { LoadedFile } from "./load.ts";
import { problemsFromZod, type Problem } from "./problems.ts";
import { QuoteIndex, extractBody } from "./quote.ts";
import { closest } from "./suggest.ts";
import { PAGE_SECTION_IDS, RESERVED_ANCHOR, RESERVED_RECORD_PREFIX } from "./vocabulary.ts";

/** The folder of `content/` each kind lives in. */
export const KIND_FOLDERS: { [K in Kind]: string } = { person: "people", place: "places", organization: "organizations", source: "sources" };

/** The validated archive: every record (withheld ones included), each with its file and sources' texts. */
export interface Archive {
  records: Record[];
  byId: Map<string, Record>;
  fileOf: Map<string, string>;
  /** The source's own text (furniture cut off), by source id. */
  texts: Map<string, QuoteIndex>;
}

const FIELDS: { [name: string]: string[] } = {
  person: Object.keys(schema.person.shape),
  place: Object.keys(schema.place.shape),
  organization: Object.keys(schema.organization.shape),
  source: Object.keys(schema.source.shape),
  claims: Object.keys(schema.claim.shape),
  relations: Object.keys(schema.relation.shape),
  citations: Object.keys(schema.citation.shape),
  otherNames: Object.keys(schema.altName.shape),
  seed: Object.keys(schema.seed.shape),
  original: ["publisher", "published", "title", "dateline"],
  sentence: ["years", "charge"],
};

/** Field names allowed on the object at `at` in a record of `kind`. */
function fieldsAt(kind: string) {
  return (at: readonly PropertyKey[]): string[] => {
    const last = [...at].reverse().find((k) => typeof k === "string") as string | undefined;
    return FIELDS[last ?? kind] ?? FIELDS[kind] ?? [];
  };
}

/** Shape of one file's record; returns the parsed record or its problems. */
export function checkShape(file: string, exported: unknown): { record?: Record; problems: Problem[] } {
  if (exported === null || typeof exported !== "object" || Array.isArray(exported)) {
    return { problems: [{ file, path: "", message: "exports something that is not a record", fix: "export default person({ … }), place({ … }), organization({ … }) or source({ … })" }] };
  }
  const result = schema.record.safeParse(exported);
  if (result.success) return { record: result.data, problems: [] };
  const kind = String((exported as { kind?: unknown }).kind ?? "");
  return { problems: problemsFromZod(file, exported, result.error, fieldsAt(kind)) };
}

/** The id a file must carry: its name without `.ts`. */
export function idFromFile(file: string): string {
  return path.posix.basename(file, ".ts");
}

const isNamed = (r: Record): r is Named => r.kind !== "source";

/** Checks each record's id against its file name and folder. */
function checkIdentity(file: string, record: Record): Problem[] {
  const problems: Problem[] = [];
  const expected = idFromFile(file);
  if (record.id.startsWith(RESERVED_RECORD_PREFIX)) {
    problems.push({ file, path: "id", message: `"${record.id}" is the address of a page of the A–Z list`, fix: `choose an id that does not start with "${RESERVED_RECORD_PREFIX}"` });
  }
  if (!SLUG.test(expected)) {
    problems.push({ file, path: "", message: `the file name "${expected}" is not a valid id`, fix: "rename the file to a lowercase ASCII slug, e.g. bikamal-kaken.ts" });
  } else if (record.id !== expected) {
    problems.push({ file, path: "id", message: `is "${record.id}" but the file is named "${expected}.ts"`, fix: `ids are permanent and equal the file name: set id to "${expected}" or rename the file to ${record.id}.ts` });
  }
  const folder = path.posix.basename(path.posix.dirname(file));
  const want = KIND_FOLDERS[record.kind];
  if (folder !== want) problems.push({ file, path: "kind", message: `a ${record.kind} record is in content/${folder}/`, fix: `move it to content/${want}/` });
  return problems;
}

/** Duplicate ids (and former ids that clash with ids), reported on every file that has them. */
function checkDuplicates(entries: { file: string; record: Record }[]): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, string[]>();
  for (const { file, record } of entries) {
    for (const id of [record.id, ...record.formerIds]) owners.set(id, [...(owners.get(id) ?? []), file]);
  }
  for (const [id, files] of owners) {
    if (files.length < 2) continue;
    for (const file of files) {
      const others = files.filter((f) => f !== file);
      problems.push({ file, path: "id", message: `the id "${id}" is also used by ${others.join(", ")}`, fix: "every id (and former id) must be unique across the archive: choose another" });
    }
  }
  return problems;
}

/** The kinds a reference may point to, by where it appears. */
type RefKinds = readonly Kind[];
const ANY_NAMED: RefKinds = ["person", "place", "organization"];

interface Context {
  byId: Map<string, Record>;
  /** Ids of records whose own shape is broken: references to them are not reported again. */
  unchecked: Set<string>;
  texts: Map<string, QuoteIndex>;
  problems: Problem[];
}

function checkRef(ctx: Context, file: string, at: string, id: string, kinds: RefKinds): Record | undefined {
  const target = ctx.byId.get(id);
  if (!target && ctx.unchecked.has(id)) return undefined;
  if (!target) {
    const near = closest(id, ctx.byId.keys());
    ctx.problems.push({ file, path: at, message: `refers to "${id}", which does not exist`, fix: near.length ? `did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : "create that record in content/, or correct the id" });
    return undefined;
  }
  if (!kinds.includes(target.kind)) {
    ctx.problems.push({ file, path: at, message: `refers to "${id}", a ${target.kind}, but must refer to a ${kinds.join(" or ")}`, fix: "point it at a record of the right kind" });
    return undefined;
  }
  return target;
}

function checkCitations(ctx: Context, file: string, at: string, citations: readonly Citation[]): void {
  citations.forEach((c, i) => {
    const where = `${at}.citations[${i}]`;
    const src = checkRef(ctx, file, `${where}.source`, c.source, ["source"]);
    if (!src) return;
    const text = ctx.texts.get(src.id);
    if (text && !text.has(c.quote)) {
      const short = c.quote.length > 80 ? c.quote.slice(0, 80) + "…" : c.quote;
      ctx.problems.push({
        file,
        path: `${where}.quote`,
        message: `"${short}" is not in the text of source "${src.id}"`,
        fix: `copy the words exactly from ${(src as Source).seed.file} (its article text, not the page furniture); only whitespace and curly/straight quote marks may differ`,
      });
    }
  });
}

/** True when every citation points to a withheld source (so a public fact would have no public basis). */
function onlyWithheldSources(ctx: Context, citations: readonly Citation[]): boolean {
  return citations.length > 0 && citations.every((c) => ctx.byId.get(c.source)?.visibility === "withheld");
}

function checkDated(ctx: Context, file: string, at: string, item: { date?: string; dateInferred?: string }): void {
  if (item.dateInferred && !item.date) ctx.problems.push({ file, path: `${at}.dateInferred`, message: "explains a date, but there is no date", fix: "add the resolved date, or remove dateInferred" });
}

function checkVisibility(ctx: Context, file: string, record: Named, at: string, item: { visibility?: string; citations?: readonly Citation[] }, what: string): void {
  if (item.visibility === "public" && record.visibility === "withheld") {
    ctx.problems.push({ file, path: `${at}.visibility`, message: `is "public", but the record it belongs to is withheld`, fix: `a withheld person's ${what} can never be published: remove visibility or set it to "withheld"` });
  }
  const effective = item.visibility ?? record.visibility;
  if (effective === "public" && item.citations && onlyWithheldSources(ctx, item.citations)) {
    ctx.problems.push({ file, path: `${at}.citations`, message: `this public ${what} is cited only to withheld sources`, fix: `cite a public source, or mark the ${what} visibility: "withheld"` });
  }
}

function checkClaim(ctx: Context, file: string, record: Named, claim: Claim, i: number): void {
  const at = `claims[${i}]`;
  if (claim.place) checkRef(ctx, file, `${at}.place`, claim.place, ["place"]);
  if (typeof claim.assertedBy === "string") checkRef(ctx, file, `${at}.assertedBy`, claim.assertedBy, ANY_NAMED);
  claim.involves.forEach((id, j) => checkRef(ctx, file, `${at}.involves[${j}]`, id, ANY_NAMED));
  checkDated(ctx, file, at, claim);
  checkCitations(ctx, file, at, claim.citations);
  checkVisibility(ctx, file, record, at, claim, "claim");
  if (claim.type === "age" && claim.age === undefined) ctx.problems.push({ file, path: `${at}.age`, message: "an age claim has no age", fix: "add age: <years>, as the source gives it" });
}

function checkRelation(ctx: Context, file: string, record: Named, rel: Relation, i: number): void {
  const at = `relations[${i}]`;
  if (rel.to === record.id) ctx.problems.push({ file, path: `${at}.to`, message: "points at the record itself", fix: "a relation ties two different records" });
  else checkRef(ctx, file, `${at}.to`, rel.to, ANY_NAMED);
  checkDated(ctx, file, at, rel);
  checkCitations(ctx, file, at, rel.citations);
  checkVisibility(ctx, file, record, at, rel, "relation");
}

const SECTIONS = new Set<string>(PAGE_SECTION_IDS);

/**
 * Anchors within a record must be unique (claim and relation ids share the page) and must not be one
 * the page already uses for a section, a note or an excerpt.
 */
function checkAnchors(ctx: Context, file: string, record: Named): void {
  const seen = new Map<string, string>();
  const items: [string, string][] = [...record.claims.map((c, i) => [c.id, `claims[${i}].id`] as [string, string]), ...record.relations.map((r, i) => [r.id, `relations[${i}].id`] as [string, string])];
  for (const [id, at] of items) {
    const first = seen.get(id);
    if (first) ctx.problems.push({ file, path: at, message: `the anchor "${id}" is also used by ${first}`, fix: "claim and relation ids are anchors on one page: make each unique within the record" });
    else seen.set(id, at);
    if (SECTIONS.has(id) || RESERVED_ANCHOR.test(id)) {
      ctx.problems.push({ file, path: at, message: `"${id}" is an anchor the page already uses for something else`, fix: `choose another id (not ${PAGE_SECTION_IDS.map((s) => `"${s}"`).join(", ")}, nor one starting "note-", "from-" or "q-")` });
    }
  }
}

function checkNamed(ctx: Context, file: string, record: Named): void {
  record.otherNames.forEach((n, i) => {
    if (n.source) checkRef(ctx, file, `otherNames[${i}].source`, n.source, ["source"]);
    checkVisibility(ctx, file, record, `otherNames[${i}]`, n, "name");
  });
  checkAnchors(ctx, file, record);
  record.claims.forEach((c, i) => checkClaim(ctx, file, record, c, i));
  record.relations.forEach((r, i) => checkRelation(ctx, file, record, r, i));
}

/** Reads each source's seed, checks its hash and body markers, and indexes its text for quotes. */
async function loadSeeds(root: string, entries: { file: string; record: Record }[], problems: Problem[]): Promise<Map<string, QuoteIndex>> {
  const texts = new Map<string, QuoteIndex>();
  await Promise.all(
    entries.map(async ({ file, record }) => {
      if (record.kind !== "source") return;
      let bytes: Buffer;
      try {
        bytes = await readFile(path.join(root, record.seed.file));
      } catch {
        problems.push({ file, path: "seed.file", message: `the seed file ${record.seed.file} does not exist`, fix: "put the source's text in seeds/ under that name, byte for byte, or correct the path" });
        return;
      }
      const hash = createHash("sha256").update(bytes).digest("hex");
      if (hash !== record.seed.sha256) {
        problems.push({
          file,
          path: "seed.sha256",
          message: `${record.seed.file} has changed: its SHA-256 is ${hash}, the record expects ${record.seed.sha256}`,
          fix: "seeds are never edited: restore the original file (git checkout -- seeds/). Only if the source itself was replaced on purpose, update the hash.",
        });
        return;
      }
      const { body, missing } = extractBody(bytes.toString("utf8"), record.seed.bodyStart, record.seed.bodyEnd);
      for (const m of missing) problems.push({ file, path: `seed.${m}`, message: `is not found in ${record.seed.file}`, fix: "copy the first (or last) words of the source's own text exactly" });
      texts.set(record.id, new QuoteIndex(body));
    }),
  );
  return texts;
}

/**
 * Names of withheld records and withheld names that appear in text that will be published: a name
 * typed into a public claim would leak what the withheld marking protects.
 */
function checkLeaks(ctx: Context, entries: { file: string; record: Record }[]): void {
  const secrets: { text: string; owner: string }[] = [];
  for (const { record } of entries) {
    if (!isNamed(record)) continue;
    if (record.visibility === "withheld") secrets.push({ text: record.name, owner: record.id });
    for (const n of record.otherNames) if ((n.visibility ?? record.visibility) === "withheld") secrets.push({ text: n.name, owner: record.id });
  }
  const usable = secrets.filter((s) => s.text.trim().length >= 4);
  if (usable.length === 0) return;
  // Secrets are found by their first word, so each text is read once however many secrets there are.
  const byFirstWord = new Map<string, { text: string; lower: string; owner: string }[]>();
  for (const s of usable) {
    const lower = s.text.toLowerCase().trim();
    const first = WORD.exec(lower)?.[0];
    WORD.lastIndex = 0;
    if (first) byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { ...s, lower }]);
  }
  const found = (text: string) => {
    const lower = text.toLowerCase();
    const hits: { text: string; owner: string }[] = [];
    for (const m of lower.matchAll(WORD)) for (const s of byFirstWord.get(m[0]) ?? []) if (lower.startsWith(s.lower, m.index)) hits.push(s);
    return hits;
  };
  for (const { file, record } of entries) {
    if (!isNamed(record) || record.visibility === "withheld") continue;
    const texts: [string, string][] = [["name", record.name], ["description", record.description]];
    record.otherNames.forEach((n, i) => (n.visibility ?? "public") === "public" && texts.push([`otherNames[${i}].name`, n.name]));
    record.claims.forEach((c, i) => {
      if ((c.visibility ?? "public") !== "public") return;
      texts.push([`claims[${i}].text`, c.text]);
      c.citations.forEach((q, j) => texts.push([`claims[${i}].citations[${j}].quote`, q.quote]));
    });
    record.relations.forEach((r, i) => {
      if ((r.visibility ?? "public") !== "public") return;
      if (r.role) texts.push([`relations[${i}].role`, r.role]);
      r.citations.forEach((q, j) => texts.push([`relations[${i}].citations[${j}].quote`, q.quote]));
    });
    for (const [at, text] of texts) {
      for (const s of found(text)) {
        if (s.owner !== record.id) {
          ctx.problems.push({ file, path: at, message: `publishes "${s.text}", a withheld name of "${s.owner}"`, fix: `reword it without the name, or mark this item visibility: "withheld"` });
        }
      }
    }
  }
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Validates loaded content into an archive. Returns every problem found; the archive only when there
 * are none.
 */
export async function validateArchive(root: string, files: readonly LoadedFile[], unreadable: readonly string[] = []): Promise<{ archive?: Archive; problems: Problem[] }> {
  const problems: Problem[] = [];
  const entries: { file: string; record: Record }[] = [];
  // Files that could not be loaded are already reported; references to them are not reported again.
  const unchecked = new Set<string>(unreadable.map(idFromFile));
  for (const { file, exported } of files) {
    const { record, problems: found } = checkShape(file, exported);
    problems.push(...found);
    if (!record) {
      const id = (exported as { id?: unknown } | null)?.id;
      unchecked.add(typeof id === "string" ? id : idFromFile(file));
    }
    if (record) {
      problems.push(...checkIdentity(file, record));
      entries.push({ file, record });
    }
  }
  problems.push(...checkDuplicates(entries));
  const byId = new Map<string, Record>();
  const fileOf = new Map<string, string>();
  for (const { file, record } of entries) {
    if (!byId.has(record.id)) {
      byId.set(record.id, record);
      fileOf.set(record.id, file);
    }
  }
  const texts = await loadSeeds(root, entries, problems);
  const ctx: Context = { byId, unchecked, texts, problems };
  for (const { file, record } of entries) if (isNamed(record)) checkNamed(ctx, file, record);
  checkLeaks(ctx, entries);
  if (problems.length > 0) return { problems: dedupe(problems) };
  return { archive: { records: entries.map((e) => e.record), byId, fileOf, texts }, problems: [] };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\u0000${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

