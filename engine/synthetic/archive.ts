/**
 * A whole synthetic archive from a record count and a seed number: sources, places, organizations and
 * people, with their source texts. The same (n, seed) gives the same archive, byte for byte.
 */
import type { RecordInput } from "../model/schema.ts";
import { Context } from "./context.ts";
import { makeOrganizations, describeOrganizations } from "./organizations.ts";
import { makePeople } from "./people.ts";
import { makePlaces, situatePlaces } from "./places.ts";
import { finishSource, makeSource } from "./sources.ts";

export interface SyntheticOptions {
  /** Records in all (people, places, organizations and sources, withheld ones included). At least 20. */
  n: number;
  /** The seed of the random stream. */
  seed: number;
}

export interface SyntheticArchive {
  options: SyntheticOptions;
  /** What `content/_config.ts` exports. */
  config: { title: string; description: string; url: string };
  records: RecordInput[];
  /** Source texts, by path from the archive's root (`seeds/<id>.txt`). */
  seeds: { file: string; text: string }[];
  /** What must never reach an output file: withheld records (by kind and id) and every withheld name. */
  withheld: { records: { kind: RecordInput["kind"]; id: string }[]; names: string[] };
  /** A public person's name, as a reader would type it into the search box. */
  query: string;
}

/** How many records of each kind an archive of `n` holds. */
export function split(n: number): { sources: number; withheldSources: number; places: number; organizations: number; people: number } {
  if (!Number.isInteger(n) || n < 20) throw new Error(`a synthetic archive needs at least 20 records (got ${n})`);
  const sources = Math.max(2, Math.round(n * 0.04));
  const withheldSources = n >= 50 ? Math.max(1, Math.round(sources * 0.05)) : 0;
  const places = Math.max(4, Math.round(n * 0.06));
  const organizations = Math.max(3, Math.round(n * 0.05));
  return { sources, withheldSources, places, organizations, people: n - sources - places - organizations };
}

export function generateArchive(options: SyntheticOptions): SyntheticArchive {
  const counts = split(options.n);
  const ctx = new Context(options.seed);
  for (let i = 0; i < counts.sources; i++) ctx.sources.push(makeSource(ctx.rng, (base) => ctx.id(base), 2018, 2024, i >= counts.sources - counts.withheldSources));
  makePlaces(ctx, counts.places);
  makeOrganizations(ctx, counts.organizations);
  situatePlaces(ctx);
  describeOrganizations(ctx);
  makePeople(ctx, counts.people);

  const seeds: SyntheticArchive["seeds"] = [];
  const sources = ctx.sources.map((src) => {
    const { text, record } = finishSource(ctx.rng, src, ctx.updated());
    seeds.push({ file: record.seed.file, text });
    return record;
  });
  const records: RecordInput[] = [...ctx.people, ...ctx.places.map((p) => p.record), ...ctx.orgs.map((o) => o.record), ...sources];

  const withheld: SyntheticArchive["withheld"] = { records: [], names: [] };
  for (const r of records) {
    if (r.visibility === "withheld") withheld.records.push({ kind: r.kind, id: r.id });
    if (r.kind === "source") continue;
    if (r.visibility === "withheld") withheld.names.push(r.name);
    for (const n of r.otherNames ?? []) if (r.visibility === "withheld" || n.visibility === "withheld") withheld.names.push(n.name);
  }
  const publicPeople = ctx.people.filter((p) => p.visibility !== "withheld" && p.nameLang === undefined);
  const query = publicPeople[Math.floor(publicPeople.length / 2)]?.name ?? ctx.people[0]!.name;
  return {
    options,
    config: {
      title: `Synthetic archive (seed ${options.seed}, ${options.n.toLocaleString("en")} records)`,
      description: "Invented records of people, places and organizations, generated to test and measure the publisher. None of these people exist.",
      url: "https://synthetic.example.org",
    },
    records,
    seeds,
    withheld: { records: withheld.records, names: [...new Set(withheld.names)] },
    query,
  };
}
