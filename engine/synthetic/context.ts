/**
 * What the parts of the generator share while an archive is made: the random stream, the ids taken,
 * the records drafted so far, and how to cite a sentence in a source.
 */
import type { z } from "zod";
import type * as schema from "../model/schema.ts";
import type { OrganizationInput, PersonInput, PlaceInput } from "../model/schema.ts";
import type { Forms } from "./names.ts";
import { Random } from "./random.ts";
import { write, type SourceDraft } from "./sources.ts";

export type ClaimIn = z.input<typeof schema.claim>;
export type RelationIn = z.input<typeof schema.relation>;
export type CitationIn = z.input<typeof schema.citation>;
export type AltNameIn = z.input<typeof schema.altName>;
type Named<T> = T & { claims: ClaimIn[]; relations: RelationIn[]; otherNames: AltNameIn[] };
export type NamedIn = Named<PersonInput> | Named<PlaceInput> | Named<OrganizationInput>;

export interface PlaceDraft {
  record: Named<PlaceInput>;
  forms: Forms;
  level: "country" | "area" | "county" | "town";
  countryKey: string;
  /** The fixed area it lies in (its own key for an area), when below country level. */
  areaKey?: string;
  /** Whether people come from here (Xinjiang) or live here now. */
  home?: "origin" | "residence";
  parent?: PlaceDraft;
}

export type OrgType = "camp" | "police" | "court" | "prison" | "school" | "university" | "company" | "council" | "consulate" | "newspaper" | "government";

export interface OrgDraft {
  record: Named<OrganizationInput>;
  forms: Forms;
  type: OrgType;
  place: PlaceDraft;
}

export class Context {
  readonly rng: Random;
  /** Every id and former id taken. */
  readonly taken = new Set<string>();
  readonly places: PlaceDraft[] = [];
  readonly orgs: OrgDraft[] = [];
  readonly people: Named<PersonInput>[] = [];
  readonly sources: SourceDraft[] = [];
  /** Ids of withheld records and their names in every script, for tests and the leak check. */
  readonly withheld: { id: string; kind: string; names: string[] }[] = [];

  constructor(seed: number) {
    this.rng = new Random(seed);
  }

  /** A fresh id from a slug, numbered when taken ("aigerim-nurlanova-2"). */
  id(base: string): string {
    const slug = base || "record";
    let id = slug;
    for (let k = 2; this.taken.has(id); k++) id = `${slug}-${k}`;
    this.taken.add(id);
    return id;
  }

  /** A day in the archive's editing history (when a record was last revised). */
  updated(): string {
    return `2025-${String(this.rng.int(1, 12)).padStart(2, "0")}-${String(this.rng.int(1, 28)).padStart(2, "0")}`;
  }

  private split?: { open: SourceDraft[]; hidden: SourceDraft[] };
  /** Public sources (all sources are made before anything cites them). */
  publicSources(): SourceDraft[] {
    this.split ??= { open: this.sources.filter((s) => !s.withheld), hidden: this.sources.filter((s) => s.withheld) };
    return this.split.open;
  }
  withheldSources(): SourceDraft[] {
    this.publicSources();
    return this.split!.hidden;
  }

  /**
   * Writes `sentence` into `src` and returns the citation of `quote` (a part of the sentence; the whole
   * sentence without its full stop when left out). Now and then the quote is written with straight
   * quote marks where the source has curly ones, as authors type them.
   */
  cite(src: SourceDraft, sentence: string, quote?: string): CitationIn {
    write(this.rng, src, sentence);
    let q = quote ?? sentence.replace(/[.]$/, "");
    if (!sentence.includes(q)) throw new Error(`synthetic quote not in its sentence: ${q}`);
    if (this.rng.chance(0.3)) q = q.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    return { source: src.id, quote: q };
  }
}
