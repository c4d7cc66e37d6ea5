/**
 * The site model: what every page shows, computed once from the validated archive. Only public
 * records, names, claims and relations enter it, so no template can publish a withheld one. Templates
 * read this model and render; they never look up, sort or infer.
 */
import type { Archive } from "../model/validate.ts";
import type { Citation, Claim, Kind, Named, Record, Relation, Source } from "../model/schema.ts";
import { RELATIONS, STATUS_BY_CLAIM_TYPE, type ClaimType, type Status } from "../model/vocabulary.ts";
import { dateSortKey, formatDate } from "../model/dates.ts";
import { normalizeForQuote } from "../model/quote.ts";
import type { SiteConfig } from "./config.ts";
import { renderInline, type Trusted } from "./markdown.ts";
import { quoteAnchor } from "./anchors.ts";
import { textDirection } from "./scripts.ts";

/** Where each kind's pages live. Computed here, once: templates and links never build URLs. */
export const KIND_PATHS: { [K in Kind]: string } = { person: "people", place: "places", organization: "organizations", source: "sources" };
export const KIND_LABELS: { [K in Kind]: { one: string; many: string } } = {
  person: { one: "Person", many: "People" },
  place: { one: "Place", many: "Places" },
  organization: { one: "Organization", many: "Organizations" },
  source: { one: "Source", many: "Sources" },
};
export const KINDS: Kind[] = ["person", "place", "organization", "source"];

export interface Link {
  id: string;
  kind: Kind;
  name: string;
  lang: string;
  dir?: "rtl";
  /** Path with the site's prefix, for `href`. */
  href: string;
}

export interface NoteView {
  n: number;
  sourceTitle: string;
  publisher: string;
  published: string;
  quote: string;
  /** The quote on the source page. */
  href: string;
  /** The original, on the publisher's site. */
  original: string;
}

export interface Asserter {
  label: string;
  link?: Link;
}

export interface ClaimView {
  anchor: string;
  type: ClaimType;
  html: Trusted;
  date?: string;
  dateLabel?: string;
  inferred?: string;
  place?: Link;
  assertedBy?: Asserter;
  notes: number[];
  /** The record the claim is about (for claims shown on another record's page). */
  subject: Link;
}

export interface AccountGroup {
  topic: string;
  accounts: ClaimView[];
}

export interface RelationView {
  anchor: string;
  label: string;
  other: Link;
  role?: string;
  dateLabel?: string;
  inferred?: string;
  notes: number[];
  /** True when shown on the other record's page (derived from the relation written there). */
  derived: boolean;
}

export interface NameView {
  name: string;
  lang: string;
  dir?: "rtl";
  note?: string;
  source?: Link;
}

export interface StatusView {
  status: Status;
  summary: string;
  href: string;
}

interface PageBase {
  id: string;
  kind: Kind;
  kindLabel: string;
  /** Path without the prefix, for the permalink. */
  url: string;
  href: string;
  canonical: string;
  name: string;
  lang: string;
  dir?: "rtl";
  description: string;
  updated: string;
  formerUrls: string[];
  notes: NoteView[];
  jsonLd?: object;
}

export interface NamedPage extends PageBase {
  kind: "person" | "place" | "organization";
  otherNames: NameView[];
  status?: StatusView;
  accounts: AccountGroup[];
  timeline: ClaimView[];
  relations: RelationView[];
  mentions: ClaimView[];
  /** Places: the places this one is inside, outermost first. */
  within: Link[];
  /** Search filters (what happened to a person), for the search index. */
  statuses: Status[];
}

export interface ExcerptView {
  anchor: string;
  quote: string;
  citedBy: { link: Link; anchor: string; href: string }[];
}

export interface SourcePage extends PageBase {
  kind: "source";
  source: Source;
  excerpts: ExcerptView[];
  citedBy: Link[];
}

export type Page = NamedPage | SourcePage;

export interface ListPage {
  kind: Kind;
  title: string;
  url: string;
  href: string;
  canonical: string;
  groups: { letter: string; anchor: string; entries: { link: Link; description: string }[] }[];
  count: number;
}

export interface Redirect {
  url: string;
  to: string;
  canonical: string;
  name: string;
}

export interface Site {
  config: SiteConfig;
  /** Prefix a root-relative path (`/people/`) with the site's path prefix. */
  home: string;
  pages: Page[];
  lists: ListPage[];
  redirects: Redirect[];
  counts: { kind: Kind; label: string; count: number; href: string }[];
  recent: { link: Link; description: string; updated: string }[];
  searchHref: string;
  /** Every URL to list in the sitemap, absolute. */
  sitemap: { loc: string; lastmod?: string }[];
}

const isNamed = (r: Record): r is Named => r.kind !== "source";
const publicPart = (record: Record, part: { visibility?: string }): boolean => record.visibility === "public" && (part.visibility ?? record.visibility) === "public";

/** Root-relative path of a record's page. */
export const recordPath = (kind: Kind, id: string): string => `/${KIND_PATHS[kind]}/${id}/`;

/** Joins the site's prefix and a root-relative path. */
export const withPrefix = (prefix: string, path: string): string => (prefix === "/" ? path : prefix.replace(/\/$/, "") + path);

const firstSentence = (text: string) => text.trim().replace(/[.;:\s]+$/, "");

/** Builds the public site model from a validated archive. */
export function buildSite(archive: Archive, config: SiteConfig): Site {
  const prefix = config.pathPrefix;
  const href = (path: string) => withPrefix(prefix, path);
  const absolute = (path: string) => config.url + withPrefix(prefix, path);
  const visible = archive.records.filter((r) => r.visibility === "public");
  const byId = new Map(visible.map((r) => [r.id, r]));

  const link = (r: Record): Link => {
    const name = isNamed(r) ? r.name : r.title;
    const lang = isNamed(r) ? r.nameLang : r.language;
    const dir = textDirection(name);
    return { id: r.id, kind: r.kind, name, lang, ...(dir === "rtl" ? { dir } : {}), href: href(recordPath(r.kind, r.id)) };
  };
  const linkTo = (id: string | undefined): Link | undefined => {
    const r = id ? byId.get(id) : undefined;
    return r ? link(r) : undefined;
  };
  const sourceOf = (id: string) => byId.get(id) as Source | undefined;

  // Every public citation, gathered per source: the excerpts a source page shows.
  const excerpts = new Map<string, Map<string, ExcerptView>>();
  const excerptFor = (c: Citation): ExcerptView => {
    const anchor = quoteAnchor(c.quote);
    let bySource = excerpts.get(c.source);
    if (!bySource) excerpts.set(c.source, (bySource = new Map()));
    let ex = bySource.get(anchor);
    if (!ex) bySource.set(anchor, (ex = { anchor, quote: c.quote.trim(), citedBy: [] }));
    return ex;
  };

  /** Numbers a page's citations in order of first use; the same quote keeps its number. */
  class Notes {
    readonly list: NoteView[] = [];
    private readonly seen = new Map<string, number>();
    number(citations: readonly Citation[]): number[] {
      const out: number[] = [];
      for (const c of citations) {
        const src = sourceOf(c.source);
        if (!src) continue; // a withheld source: never cited in public (validation ensures another remains)
        const key = `${c.source}\u0000${normalizeForQuote(c.quote)}`;
        let n = this.seen.get(key);
        if (n === undefined) {
          n = this.list.length + 1;
          this.seen.set(key, n);
          this.list.push({
            n,
            sourceTitle: src.title,
            publisher: src.publisher,
            published: formatDate(src.published),
            quote: c.quote.trim(),
            href: `${href(recordPath("source", src.id))}#${quoteAnchor(c.quote)}`,
            original: src.url,
          });
        }
        if (!out.includes(n)) out.push(n);
      }
      return out;
    }
  }

  const asserter = (claim: Claim): Asserter | undefined => {
    const a = claim.assertedBy;
    if (a === undefined) return undefined;
    if (typeof a !== "string") return { label: a.label };
    const target = byId.get(a);
    return target ? { label: link(target).name, link: link(target) } : { label: "a person whose name is withheld" };
  };

  const claimView = (subject: Named, claim: Claim, notes: Notes): ClaimView => ({
    anchor: claim.id,
    type: claim.type,
    html: renderInline(claim.text),
    ...(claim.date ? { date: claim.date, dateLabel: formatDate(claim.date) } : {}),
    ...(claim.dateInferred ? { inferred: claim.dateInferred } : {}),
    ...(linkTo(claim.place) ? { place: linkTo(claim.place)! } : {}),
    ...(asserter(claim) ? { assertedBy: asserter(claim)! } : {}),
    notes: notes.number(claim.citations),
    subject: link(subject),
  });

  const byDate = <T extends { date?: string; anchor: string }>(a: T, b: T) => dateSortKey(a.date) - dateSortKey(b.date);

  // Public relations, and their inverses, per record.
  const relationsOf = new Map<string, { holder: Named; rel: Relation; derived: boolean }[]>();
  for (const r of visible) {
    if (!isNamed(r)) continue;
    for (const rel of r.relations) {
      if (!publicPart(r, rel) || !byId.has(rel.to)) continue;
      relationsOf.set(r.id, [...(relationsOf.get(r.id) ?? []), { holder: r, rel, derived: false }]);
      relationsOf.set(rel.to, [...(relationsOf.get(rel.to) ?? []), { holder: r, rel, derived: true }]);
    }
  }

  // Claims on other records that concern this one (involve it, happen there, or are asserted by it).
  const mentionsOf = new Map<string, { subject: Named; claim: Claim }[]>();
  for (const r of visible) {
    if (!isNamed(r)) continue;
    for (const claim of r.claims) {
      if (!publicPart(r, claim)) continue;
      const concerned = new Set([...claim.involves, ...(claim.place ? [claim.place] : []), ...(typeof claim.assertedBy === "string" ? [claim.assertedBy] : [])]);
      concerned.delete(r.id);
      for (const id of concerned) if (byId.has(id)) mentionsOf.set(id, [...(mentionsOf.get(id) ?? []), { subject: r, claim }]);
    }
  }

  /** The places a place is inside, outermost first (following public located-in relations). */
  const within = (r: Named): Link[] => {
    const chain: Link[] = [];
    const seen = new Set([r.id]);
    let current: Named | undefined = r;
    while (current) {
      const up: Relation | undefined = current.relations.find((rel) => rel.type === "located-in" && publicPart(current!, rel) && byId.get(rel.to)?.kind === "place" && !seen.has(rel.to));
      if (!up) break;
      seen.add(up.to);
      current = byId.get(up.to) as Named;
      chain.unshift(link(current));
    }
    return chain;
  };

  const jsonLd = (r: Named, names: NameView[]): object => ({
    "@context": "https://schema.org",
    "@type": r.kind === "person" ? "Person" : r.kind === "place" ? "Place" : "Organization",
    "@id": absolute(recordPath(r.kind, r.id)),
    name: r.name,
    ...(names.length ? { alternateName: names.map((n) => n.name) } : {}),
    description: r.description,
    url: absolute(recordPath(r.kind, r.id)),
  });

  const base = (r: Record) => {
    const l = link(r);
    return {
      id: r.id,
      kindLabel: KIND_LABELS[r.kind].one,
      url: recordPath(r.kind, r.id),
      href: l.href,
      canonical: absolute(recordPath(r.kind, r.id)),
      name: l.name,
      lang: l.lang,
      ...(l.dir ? { dir: l.dir } : {}),
      updated: r.updated,
      formerUrls: r.formerIds.map((old) => recordPath(r.kind, old)),
    };
  };

  const namedPage = (r: Named): NamedPage => {
    const notes = new Notes();
    const claims = r.claims.filter((c) => publicPart(r, c));
    const views = claims.map((c) => claimView(r, c, notes));
    // Differing accounts: claims that share a topic and come from more than one voice.
    const topics = new Map<string, ClaimView[]>();
    claims.forEach((c, i) => c.topic && topics.set(c.topic, [...(topics.get(c.topic) ?? []), views[i]!]));
    const accounts: AccountGroup[] = [];
    const inAccounts = new Set<string>();
    for (const [topic, group] of topics) {
      const voices = new Set(group.map((v) => v.assertedBy?.label ?? ""));
      if (group.length < 2 || voices.size < 2) continue;
      accounts.push({ topic, accounts: group });
      group.forEach((v) => inAccounts.add(v.anchor));
    }
    const timeline = views.filter((v) => !inAccounts.has(v.anchor)).sort(byDate);

    const relations: RelationView[] = (relationsOf.get(r.id) ?? []).map(({ holder, rel, derived }) => {
      const words = RELATIONS[rel.type];
      const other = derived ? link(holder) : linkTo(rel.to)!;
      return {
        anchor: derived ? `from-${holder.id}-${rel.id}` : rel.id,
        label: derived ? words.inverse : words.label,
        other,
        ...(rel.role ? { role: rel.role } : {}),
        ...(rel.date ? { dateLabel: formatDate(rel.date) } : {}),
        ...(rel.dateInferred ? { inferred: rel.dateInferred } : {}),
        notes: notes.number(rel.citations),
        derived,
      };
    });
    const mentions = (mentionsOf.get(r.id) ?? []).map(({ subject, claim }) => ({ ...claimView(subject, claim, notes), anchor: `from-${subject.id}-${claim.id}` })).sort(byDate);

    const otherNames: NameView[] = r.otherNames
      .filter((n) => publicPart(r, n))
      .map((n) => {
        const dir = textDirection(n.name);
        const source = linkTo(n.source);
        return { name: n.name, lang: n.lang, ...(dir === "rtl" ? { dir } : {}), ...(n.note ? { note: n.note } : {}), ...(source ? { source } : {}) };
      });

    const statusClaims = claims
      .filter((c) => STATUS_BY_CLAIM_TYPE[c.type])
      .map((c, i) => ({ c, i, key: dateSortKey(c.date) }));
    const statuses = [...new Set(statusClaims.map(({ c }) => STATUS_BY_CLAIM_TYPE[c.type]!))];
    let status: StatusView | undefined;
    if (r.kind === "person" && statusClaims.length) {
      const GRAVITY: Status[] = ["released", "missing", "detained", "sentenced"];
      const latest = statusClaims.sort((a, b) => {
        const ka = Number.isFinite(a.key) ? a.key : -Infinity;
        const kb = Number.isFinite(b.key) ? b.key : -Infinity;
        return kb - ka || GRAVITY.indexOf(STATUS_BY_CLAIM_TYPE[b.c.type]!) - GRAVITY.indexOf(STATUS_BY_CLAIM_TYPE[a.c.type]!);
      })[0]!.c;
      const who = asserter(latest);
      const src = latest.citations.map((c) => sourceOf(c.source)).find(Boolean);
      const reported = src ? ` (reported ${src.published.slice(0, 4)})` : "";
      status = {
        status: STATUS_BY_CLAIM_TYPE[latest.type]!,
        summary: `${firstSentence(latest.text)}${who ? `, according to ${who.label}` : ""}${reported}.`,
        href: `#${latest.id}`,
      };
    }

    return {
      ...base(r),
      kind: r.kind,
      description: r.description,
      otherNames,
      ...(status ? { status } : {}),
      accounts,
      timeline,
      relations,
      mentions,
      within: r.kind === "place" ? within(r) : [],
      statuses: r.kind === "person" ? statuses : [],
      notes: notes.list,
      jsonLd: jsonLd(r, otherNames),
    };
  };

  const named = visible.filter(isNamed).map(namedPage);

  // Every page's citations are known now: attach them to their sources' excerpts, in page order.
  for (const page of named) {
    const r = byId.get(page.id) as Named;
    const cite = (citations: readonly Citation[], anchor: string) => {
      for (const c of citations) {
        if (!sourceOf(c.source)) continue;
        const ex = excerptFor(c);
        if (!ex.citedBy.some((x) => x.link.id === page.id && x.anchor === anchor)) ex.citedBy.push({ link: link(r), anchor, href: `${page.href}#${anchor}` });
      }
    };
    for (const c of r.claims) if (publicPart(r, c)) cite(c.citations, c.id);
    for (const rel of r.relations) if (publicPart(r, rel) && byId.has(rel.to)) cite(rel.citations, rel.id);
  }

  const sources: SourcePage[] = visible
    .filter((r): r is Source => r.kind === "source")
    .map((s) => {
      const text = archive.texts.get(s.id);
      const position = (q: string) => text?.normalized.indexOf(normalizeForQuote(q)) ?? 0;
      const list = [...(excerpts.get(s.id)?.values() ?? [])].sort((a, b) => position(a.quote) - position(b.quote));
      const citedBy = [...new Map(list.flatMap((e) => e.citedBy.map((c) => [c.link.id, c.link] as const))).values()].sort((a, b) => a.name.localeCompare(b.name));
      return {
        ...base(s),
        kind: "source" as const,
        description: s.description ?? `${s.publisher}, ${formatDate(s.published)}`,
        source: s,
        excerpts: list,
        citedBy,
        notes: [],
        jsonLd: {
          "@context": "https://schema.org",
          "@type": "NewsArticle",
          headline: s.title,
          publisher: { "@type": "Organization", name: s.publisher },
          author: s.authors.map((name) => ({ "@type": "Person", name })),
          datePublished: s.published,
          url: s.url,
          inLanguage: s.language,
        },
      };
    });

  const pages: Page[] = [...named, ...sources];
  const collator = new Intl.Collator("en", { sensitivity: "base" });
  const lists: ListPage[] = KINDS.map((kind) => {
    const entries = pages.filter((p) => p.kind === kind).sort((a, b) => collator.compare(a.name, b.name));
    const groups = new Map<string, ListPage["groups"][number]>();
    for (const p of entries) {
      const letter = initial(p.name);
      let g = groups.get(letter);
      if (!g) groups.set(letter, (g = { letter, anchor: `letter-${letterAnchor(letter)}`, entries: [] }));
      g.entries.push({ link: link(byId.get(p.id)!), description: p.description });
    }
    const url = `/${KIND_PATHS[kind]}/`;
    return { kind, title: KIND_LABELS[kind].many, url, href: href(url), canonical: absolute(url), groups: [...groups.values()], count: entries.length };
  });

  const redirects: Redirect[] = pages.flatMap((p) => p.formerUrls.map((url) => ({ url, to: p.href, canonical: p.canonical, name: p.name })));
  const recent = [...pages]
    .sort((a, b) => b.updated.localeCompare(a.updated) || collator.compare(a.name, b.name))
    .slice(0, 10)
    .map((p) => ({ link: link(byId.get(p.id)!), description: p.description, updated: p.updated }));

  return {
    config,
    home: href("/"),
    pages,
    lists,
    redirects,
    counts: lists.map((l) => ({ kind: l.kind, label: l.title, count: l.count, href: l.href })),
    recent,
    searchHref: href("/search/"),
    sitemap: [
      { loc: absolute("/") },
      ...lists.map((l) => ({ loc: l.canonical })),
      ...pages.map((p) => ({ loc: p.canonical, lastmod: p.updated })),
    ],
  };
}

/** The letter a name is listed under: its first letter without diacritics, upper-cased. */
export function initial(name: string): string {
  const first = [...name.normalize("NFD").replace(/\p{M}/gu, "").trim()][0] ?? "#";
  return /\p{L}/u.test(first) ? first.toLocaleUpperCase("en") : "#";
}

function letterAnchor(letter: string): string {
  return /^[A-Z]$/.test(letter) ? letter.toLowerCase() : `u${letter.codePointAt(0)!.toString(16)}`;
}
