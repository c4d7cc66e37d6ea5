/**
 * The record model: one schema per concern. Types come from these schemas (`z.input` for what authors
 * write, `z.output` for what code reads) and are never written twice.
 *
 * Schemas check the shape of one record at a time. Everything that needs more than one record (ids
 * that must exist, quotes that must be in their source, seeds on disk) is checked in `validate.ts`.
 */
import { z } from "zod";
import { parseDate } from "./dates.ts";
import { CLAIM_TYPES, RELATION_TYPES } from "./vocabulary.ts";

/** A permanent id: lowercase ASCII letters, digits and single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z
  .string()
  .regex(SLUG, { message: "must be a lowercase ASCII slug (letters a–z, digits, single hyphens), e.g. \"bikamal-kaken\"" });

/** Id of another record (person, place, organization or source). Checked to exist in `validate.ts`. */
const ref = slug;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a day written YYYY-MM-DD, e.g. \"2020-10-24\"" });

/**
 * A date in EDTF, the Library of Congress's Extended Date/Time Format (ISO 8601-2).
 * @example "2017-05"      May 2017
 * @example "2019-36"      late 2019 (the fourth quarter)
 * @example "2017~"        about 2017
 * @example "2012?"        2012, uncertain
 * @example "2017-05/2020-10"  from May 2017 to October 2020
 */
export const edtfDate = z.string().superRefine((value, ctx) => {
  const parsed = parseDate(value);
  if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
});

/** Whether a record, name, claim or relation is published. Withheld items stay in the record but never reach any output file. */
export const visibility = z.enum(["public", "withheld"]).default("public");

/**
 * Visibility of a name, claim or relation. Left out, it follows its record; a withheld record's parts are
 * withheld whatever they say, and saying "public" on one of them is an error.
 */
export const partVisibility = z.enum(["public", "withheld"]).optional();

/** A verbatim quote from a source that supports a claim, name or relation. */
export const citation = z.strictObject({
  /** Id of the source record. @example "japantimes-2020-10-24-kazakhs-despair" */
  source: ref,
  /**
   * Words copied exactly from the source's text. Only whitespace, line breaks and curly versus
   * straight quote marks may differ.
   * @example "a nine-year prison sentence for extremist crimes"
   */
  quote: z.string().trim().min(3, { message: "is too short to show where the fact comes from (at least 3 characters)" }),
});

/**
 * Who asserts a claim. Leave it out when the source reports the fact in its own voice. Give a record id
 * (a person, organization, or a country acting as a state) when the source attributes it to them, or a
 * `label` for someone the source does not name ("rights groups").
 * @example "zhang-xiao"
 * @example { label: "rights groups" }
 */
export const assertion = z.union([ref, z.strictObject({ label: z.string().trim().min(1) })]);

const dated = {
  /** When it happened, in EDTF. @example "2017-05" */
  date: edtfDate.optional(),
  /**
   * Set when the date is not written in the source but resolved from it (a date relative to the
   * publication, such as "three years later"): say how, with the source's words.
   * @example "“in February” in an article published on 2020-10-24"
   */
  dateInferred: z.string().trim().min(1).optional(),
};

/** Another name or spelling of a record, with its language and script. */
export const altName = z.strictObject({
  /** The name as written. @example "Uzynaghash" */
  name: z.string().trim().min(1),
  /**
   * BCP 47 tag of its language and, where it matters, script.
   * @example "kk-Cyrl"  @example "ug-Arab"  @example "zh-Hans"  @example "en"
   */
  lang: z.string().superRefine((value, ctx) => {
    try {
      const canonical = Intl.getCanonicalLocales(value)[0];
      if (canonical !== value) ctx.addIssue({ code: "custom", message: `write the language tag in its canonical form "${canonical}"` });
    } catch {
      ctx.addIssue({ code: "custom", message: `"${value}" is not a valid BCP 47 language tag (e.g. "kk", "kk-Latn", "ru", "zh-Hans", "ug-Arab")` });
    }
  }),
  /** Id of the source that uses this name. @example "japantimes-2020-10-24-kazakhs-despair" */
  source: ref.optional(),
  /** A note on the form, shown beside it. @example "surname only" */
  note: z.string().trim().min(1).optional(),
  visibility: partVisibility,
});

/** One statement about the record's subject, with its citations. */
export const claim = z.strictObject({
  /** Permanent anchor of this claim on its page (`#id`), unique within the record. @example "sentenced-2020" */
  id: slug,
  /** What kind of fact it is. @example "sentence" */
  type: z.enum(CLAIM_TYPES),
  /**
   * The statement, in the archive's words, saying no more than the quote. Markdown, no raw HTML.
   * @example "Sentenced to nine years in prison on extremism charges."
   */
  text: z.string().trim().min(1),
  ...dated,
  /** Where it happened: id of a place. @example "xinjiang" */
  place: ref.optional(),
  /** Who asserts it; leave out when the source reports it in its own voice. */
  assertedBy: assertion.optional(),
  /** Other records this claim concerns; it is listed on their pages too. @example ["global-times"] */
  involves: z.array(ref).default([]),
  /**
   * A short key shared by claims that give accounts of the same matter, so that differing accounts are
   * shown side by side. @example "muqai-guilt"
   */
  topic: slug.optional(),
  /** A sentence: its length in years and the charge, as the source gives them. */
  sentence: z.strictObject({ years: z.number().positive().optional(), charge: z.string().trim().min(1).optional() }).optional(),
  /** An age the source gives, at the claim's date. @example 44 */
  age: z.number().int().nonnegative().optional(),
  /** One or more verbatim quotes that support the statement. */
  citations: z.array(citation).min(1, { message: "needs at least one citation: every fact shows where it comes from" }),
  visibility: partVisibility,
});

/** A tie between this record and another. Written once; the inverse is derived. */
export const relation = z.strictObject({
  /** Permanent anchor of this relation (`#id`), unique within the record. @example "brother" */
  id: slug,
  /** What this record is to the other: "this record is a <type> of <to>". @example "sibling"  @example "diplomat" */
  type: z.enum(RELATION_TYPES),
  /** Id of the other record. @example "baimurat-nauryzbek" */
  to: ref,
  /**
   * This record's role in the tie, as the source words it; shown on both pages.
   * @example "Ambassador"  @example "husband"  @example "doctoral student"
   */
  role: z.string().trim().min(1).optional(),
  ...dated,
  citations: z.array(citation).min(1, { message: "needs at least one citation: every tie shows where it comes from" }),
  visibility: partVisibility,
});

const recordBase = {
  /** Permanent id, equal to the file name. Never change it; list old ids in `formerIds`. @example "bikamal-kaken" */
  id: slug,
  /** Ids this record had before; each keeps working through a redirect page. */
  formerIds: z.array(slug).default([]),
  /** The day this record was last revised. @example "2026-11-27" */
  updated: isoDay,
  visibility,
};

const namedBase = {
  ...recordBase,
  /** The preferred name, as the archive writes it. @example "Bikamal Kaken" */
  name: z.string().trim().min(1),
  /** Language of the preferred name (BCP 47). @example "en" */
  nameLang: z.string().default("en"),
  /** Other names and spellings, each with its language/script and the source that uses it. */
  otherNames: z.array(altName).default([]),
  /** One line that says who or what this is. @example "Kazakh citizen whose husband disappeared in Xinjiang in 2017" */
  description: z.string().trim().min(1).max(200, { message: "is one line: 200 characters at most" }),
  /** Cited statements about this record. */
  claims: z.array(claim).default([]),
  /** Cited ties to other records. */
  relations: z.array(relation).default([]),
};

export const person = z.strictObject({ kind: z.literal("person"), ...namedBase });
export const place = z.strictObject({ kind: z.literal("place"), ...namedBase });
export const organization = z.strictObject({ kind: z.literal("organization"), ...namedBase });

/** Where the source's text is kept, so that quotes can be checked against it. */
export const seed = z.strictObject({
  /** Path of the file, from the project root. @example "seeds/japantimes-2020-10-24-kazakhs-despair-xinjiang.txt" */
  file: z.string().regex(/^seeds\/[^/]+$/, { message: "must be a file directly in seeds/, e.g. \"seeds/name.txt\"" }),
  /** SHA-256 of the file's bytes, in hex. The build refuses a file that no longer matches. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: "must be 64 lowercase hex digits (run `sha256sum` on the file)" }),
  /** The first words of the source's own text; page furniture before them is ignored. */
  bodyStart: z.string().min(1).optional(),
  /** The last words of the source's own text; page furniture after them is ignored. */
  bodyEnd: z.string().min(1).optional(),
});

export const source = z.strictObject({
  kind: z.literal("source"),
  ...recordBase,
  /** What kind of source. @example "news-article" */
  sourceType: z.enum(["news-article", "report", "testimony", "book", "web-page", "document"]),
  /** Title of the work. */
  title: z.string().trim().min(1),
  /** Who published this copy. @example "The Japan Times" */
  publisher: z.string().trim().min(1),
  /** The credit line the copy carries. @example "AFP-JIJI" */
  credit: z.string().trim().min(1).optional(),
  /** Authors, as credited. */
  authors: z.array(z.string().trim().min(1)).default([]),
  /** Publication date of this copy. @example "2020-10-24" */
  published: isoDay,
  /** Where the work first appeared, when this copy reprints it. */
  original: z
    .strictObject({
      publisher: z.string().trim().min(1),
      published: isoDay.optional(),
      title: z.string().trim().min(1).optional(),
      dateline: z.string().trim().min(1).optional(),
    })
    .optional(),
  /** Address of the original. */
  url: z.url({ protocol: /^https?$/ }),
  /** Language of the text (BCP 47). @example "en" */
  language: z.string().min(2),
  /** A one-line description shown in lists. */
  description: z.string().trim().min(1).max(200).optional(),
  seed,
});

export const record = z.discriminatedUnion("kind", [person, place, organization, source]);

export type RecordInput = z.input<typeof record>;
export type PersonInput = z.input<typeof person>;
export type PlaceInput = z.input<typeof place>;
export type OrganizationInput = z.input<typeof organization>;
export type SourceInput = z.input<typeof source>;

export type Record = z.output<typeof record>;
export type Person = z.output<typeof person>;
export type Place = z.output<typeof place>;
export type Organization = z.output<typeof organization>;
export type Source = z.output<typeof source>;
export type Named = Person | Place | Organization;
export type Claim = z.output<typeof claim>;
export type Relation = z.output<typeof relation>;
export type Citation = z.output<typeof citation>;
export type AltName = z.output<typeof altName>;
export type Assertion = z.output<typeof assertion>;
export type Kind = Record["kind"];
