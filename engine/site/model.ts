/**
 * The site model: what every page shows, computed once from the validated archive. Only public
 * records, names, claims and relations enter it, so no template can publish a withheld one. Templates
 * read this model and render; they never look up, sort or infer.
 */
import type { Archive } from "../model/validate.ts";
import type { Citation, Claim, Kind, Named, Record, Relation, Source } from "../model/schema.ts";
import { RELATIONS, STATUS_BY_CLAIM_TYPE, type ClaimType, type Status } from "../model/vocabulary.ts";
import { formatDate } from "../model/dates.ts";
import { normalizeForQuote } from "../model/quote.ts";
import type { SiteConfig } from "./config.ts";
import { renderInline, type Trusted } from "./markdown.ts";
import { quoteAnchor } from "./anchors.ts";
import { textDirection } from "./scripts.ts";
import { dateView, dayView, earliestKey, timelineKey, type DateView } from "./dates.ts";
import { exactSpan, textFragmentUrl } from "./fragments.ts";
import { loadStyle, type Style } from "./style.ts";
import { contentSecurityPolicy, headersFile } from "./csp.ts";
import { searchPageView, type SearchPageView } from "../search/page.ts";

export type { DateView, DatePart } from "./dates.ts";

/** Where each kind's pages live. Computed here, once: templates and links never build URLs. */
export const KIND_PATHS: { [K in Kind]: string } = { person: "people", place: "places", organization: "organizations", source: "sources" };
export const KIND_LABELS: { [K in Kind]: { one: string; many: string } } = {
  person: { one: "Person", many: "People" },
  place: { one: "Place", many: "Places" },
  organization: { one: "Organization", many: "Organizations" },
  source: { one: "Source", many: "Sources" },
};
export const KINDS: Kind[] = ["person", "place", "organization", "source"];

/**
 * Ids of the sections of a record's page, and the patterns of the anchors the model makes. A claim or
 * relation id is an anchor on the same page, so it must not be one of these.
 */
export { PAGE_SECTION_IDS as SECTION_IDS } from "../model/vocabulary.ts";

/** A link to a record's page. */
export interface Link {
  id: string;
  kind: Kind;
  name: string;
  /** Language of the name, only when it differs from the site's (the page's `lang` covers the rest). */
  lang?: string;
  dir?: "rtl";
  /** Path with the site's prefix, for `href`. */
  href: string;
}

/** What goes in a page's `<head>`. */
export interface HeadView {
  /** The `<title>`: "<name> — <archive title>" (the archive's title alone on the home page). */
  title: string;
  /** Meta and Open Graph description. */
  description: string;
  /** Absolute permanent URL; absent where a page has none (the 404 page). */
  canonical?: string;
  /** Open Graph type. */
  ogType: "website" | "profile" | "article";
  /** schema.org data, for a `<script type="application/ld+json">`. */
  jsonLd?: object;
  /** Keeps the page out of search engines (redirects, 404). */
  noindex?: boolean;
  /** Redirect pages: where the browser goes at once (`<meta http-equiv="refresh">`). */
  refresh?: string;
}

/** One numbered citation at the foot of a page. */
export interface NoteView {
  n: number;
  /** The note's anchor (`note-1`), which the claim's "[1]" links to. */
  anchor: string;
  sourceTitle: string;
  publisher: string;
  published: DateView;
  quote: string;
  /** Language of the quote, when it differs from the site's. */
  lang?: string;
  /** The quote on the source page. */
  href: string;
  /** The original, on the publisher's site. */
  original: string;
  /** The original, scrolled to the quoted words where the browser supports text fragments. */
  originalHref: string;
}

/** A note reference beside a claim: "[1]" linking to `#note-1`. */
export interface NoteRef {
  n: number;
  href: string;
}

export interface Asserter {
  label: string;
  link?: Link;
}

export interface ClaimView {
  /** The claim's anchor on this page. */
  anchor: string;
  type: ClaimType;
  html: Trusted;
  /** The EDTF date as written (for machines); `when` is what a reader sees. */
  date?: string;
  when?: DateView;
  place?: Link;
  assertedBy?: Asserter;
  /** True when the record the claim is about is the one who asserts it ("Said that …"). */
  assertedBySubject: boolean;
  notes: NoteRef[];
  /** The record the claim is about. */
  subject: Link;
  /** Set when the claim belongs to another record: where it lives (`href` points at its anchor there). */
  on?: { link: Link; href: string };
}

/** Accounts of one matter from more than one voice, shown side by side. */
export interface AccountGroup {
  topic: string;
  accounts: ClaimView[];
}

export interface RelationView {
  anchor: string;
  /** What the other record is to this one, ready to show before the link: "Spouse:", "Member of". */
  label: string;
  other: Link;
  /** The role as the source words it, phrased for this page: "husband", or "as Ambassador". */
  role?: string;
  when?: DateView;
  notes: NoteRef[];
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
  /** The claim the summary comes from. */
  href: string;
  /** Set when other accounts of the same matter differ: where they are shown. */
  disputedHref?: string;
}

/** The "Cite this page" block. */
export interface CiteView {
  title: string;
  archive: string;
  url: string;
  updated: DateView;
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
  /** Language of the name (always set: the `<h1>` carries it). */
  lang: string;
  /** The page as a link (its name marked with a language only where it differs from the site's). */
  self: Link;
  dir?: "rtl";
  description: string;
  updated: string;
  formerUrls: string[];
  notes: NoteView[];
  jsonLd?: object;
  head: HeadView;
  cite: CiteView;
}

/** A link to the rest of a long section, on its own pages: "All 340 facts on other records". */
export interface MoreLink {
  href: string;
  count: number;
}

export interface NamedPage extends PageBase {
  kind: "person" | "place" | "organization";
  otherNames: NameView[];
  status?: StatusView;
  /** Differing accounts, side by side ("Who says what"). */
  accounts: AccountGroup[];
  /** The record's undated claims, in the order written. */
  facts: ClaimView[];
  /** The record's dated claims, in date order. */
  timeline: ClaimView[];
  /** Ties to other records; at most `INLINE_LIMIT`, the rest on the `relationsMore` pages. */
  relations: RelationView[];
  relationsMore?: MoreLink;
  /** Claims on other records that concern this one, in date order; at most `INLINE_LIMIT`, all of them on the `mentionsMore` pages. */
  mentions: ClaimView[];
  mentionsMore?: MoreLink;
  /** Places: the places this one is inside, outermost first. */
  within: Link[];
  /** Search filters (what happened to a person), for the search index. */
  statuses: Status[];
}

export interface ExcerptView {
  anchor: string;
  quote: string;
  lang?: string;
  /** The original, scrolled to these words. */
  originalHref: string;
  citedBy: { link: Link; anchor: string; href: string; what: string }[];
}

/** A source's publication details, ready to show. */
export interface SourceDetails {
  title: string;
  sourceType: string;
  publisher: string;
  credit?: string;
  authors: string[];
  published: DateView;
  original?: { publisher: string; title?: string; published?: DateView; dateline?: string };
  url: string;
  language: string;
}

export interface SourcePage extends PageBase {
  kind: "source";
  source: Source;
  details: SourceDetails;
  /** The cited excerpts in the order of the text; past `EXCERPTS_PER_PAGE`, the rest are on `excerptsMore` pages. */
  excerpts: ExcerptView[];
  excerptsMore?: MoreLink;
  citedBy: Link[];
}

export type Page = NamedPage | SourcePage;

/**
 * A page that continues a long section of a record (hub records: a country many facts mention, an
 * organization with many members, a source with many cited excerpts), so that the record's own page
 * stays within its byte budget. `/places/china/mentions/`, `/places/china/mentions/2/`, …
 */
export interface MorePage {
  section: "mentions" | "relations" | "excerpts";
  /** The record it continues. */
  record: Link;
  /** The section's heading: "In other records", "Connections", "Cited excerpts". */
  heading: string;
  /** "In other records: China (page 2 of 3)", for the `<title>`. */
  title: string;
  url: string;
  href: string;
  canonical: string;
  head: HeadView;
  page: number;
  pages: number;
  /** The record page's section this continues, e.g. `/places/china/#mentions`. */
  up: string;
  prev?: string;
  next?: string;
  claims: ClaimView[];
  relations: RelationView[];
  excerpts: ExcerptView[];
  notes: NoteView[];
}

/**
 * An A–Z list of one kind. A short list shows every entry, grouped by initial, with a letter nav of
 * `#anchors`; a long one (more than `LIST_LIMIT`) shows only the letter nav, and each letter has its
 * own page (`/people/letter-a/`), also a `ListPage`, showing that letter's group.
 */
export interface ListPage {
  kind: Kind;
  /** "People", or "People: A" on a letter's page. */
  title: string;
  /** "People", on every page of the list. */
  listTitle: string;
  /** The whole list's page, for a letter page's link back. */
  listHref: string;
  url: string;
  href: string;
  canonical: string;
  head: HeadView;
  /** The letters, each linking to its group here or to its own page; `current` on a letter's page. */
  letters: { letter: string; lang?: string; dir?: "rtl"; href: string; count: number; current?: true }[];
  /** Entries by initial; a letter in another script carries the language of its first name. */
  groups: { letter: string; lang?: string; dir?: "rtl"; anchor: string; entries: { link: Link; description: string }[] }[];
  /** Entries of this kind in all. */
  count: number;
  /** True on a letter's page. */
  letterPage: boolean;
}

export interface Redirect {
  /** The former path, without the prefix, for the permalink. */
  url: string;
  /** Where it moved, with the prefix, for `href` and the refresh. */
  to: string;
  canonical: string;
  name: string;
  lang?: string;
  dir?: "rtl";
  head: HeadView;
}

export interface Site {
  config: SiteConfig;
  /** The home page's href (the site's prefix). */
  home: string;
  /** The inlined stylesheet and its hash. */
  style: Style;
  /** The Content-Security-Policy every page carries in a `<meta>`. */
  csp: string;
  /** The links in every page's header. */
  nav: { label: string; href: string }[];
  pages: Page[];
  /** Pages that continue long sections of record pages. */
  more: MorePage[];
  /** The four A–Z lists. */
  lists: ListPage[];
  /** The pages of single letters of long lists. */
  letterPages: ListPage[];
  redirects: Redirect[];
  counts: { kind: Kind; label: string; count: number; href: string }[];
  recent: { link: Link; description: string; updated: string; when: DateView }[];
  searchHref: string;
  /** The search page (the only page with a script). */
  search: SearchPageView;
  /** The `_headers` file for hosts that read one. */
  headers: string;
  index: { head: HeadView };
  notFound: { head: HeadView };
  /** Absolute address of the sitemap (for robots.txt). */
  sitemapUrl: string;
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

/** "Spouse" reads "Spouse: X"; "Member of" reads "Member of X". */
const relationLabel = (words: string) => (/\b(?:of|at|with|in|by|for|to)$/.test(words) ? words : `${words}:`);

const SOURCE_TYPES: { [K in Source["sourceType"]]: string } = {
  "news-article": "News article",
  report: "Report",
  testimony: "Testimony",
  book: "Book",
  "web-page": "Web page",
  document: "Document",
};

/**
 * The status a reader sees first: the latest status claim (the graver one when dates tie), in the
 * archive's words, with who says so (unless the text already does) and when it was reported.
 */
export function statusSummary(text: string, asserter: string | undefined, reportedYear: string | undefined): string {
  const base = firstSentence(text);
  const says = asserter && !/\baccording to\b/i.test(base) && !base.includes(asserter) ? `, according to ${asserter}` : "";
  return `${base}${says}${reportedYear ? ` (reported ${reportedYear})` : ""}.`;
}

/** Numbers a page's citations in order of first use; the same quote from the same source keeps its number. */
export class Notes {
  readonly list: NoteView[] = [];
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly makeNote: (c: Citation, n: number) => NoteView | undefined,
    /** What makes two citations the same: by default the source and the quote as the quote check folds it. */
    private readonly keyOf: (c: Citation) => string = (c) => `${c.source}\u0000${normalizeForQuote(c.quote)}`,
  ) {}
  number(citations: readonly Citation[]): NoteRef[] {
    const out: NoteRef[] = [];
    for (const c of citations) {
      const key = this.keyOf(c);
      let n = this.seen.get(key);
      if (n === undefined) {
        const note = this.makeNote(c, this.list.length + 1);
        if (!note) continue; // a withheld source: never cited in public (validation ensures another remains)
        n = note.n;
        this.seen.set(key, n);
        this.list.push(note);
      }
      if (!out.some((r) => r.n === n)) out.push({ n, href: `#note-${n}` });
    }
    return out;
  }
}

/** How many mentions or relations a record page shows before linking to the rest. */
export const INLINE_LIMIT = 20;
/** How many items a page that continues a section holds; also the excerpts on a source page. */
export const PER_PAGE = 100;
export const EXCERPTS_PER_PAGE = PER_PAGE;
/** How long an A–Z list may be before each letter gets a page of its own. */
export const LIST_LIMIT = 200;

/** Splits a list into pages of `size` (at least one page, possibly empty). */
function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

/** Appends to the list under `key`, creating it. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the public site model from a validated archive. */
export function buildSite(archive: Archive, config: SiteConfig, style: Style = loadStyle()): Site {
  const prefix = config.pathPrefix;
  const href = (path: string) => withPrefix(prefix, path);
  const absolute = (path: string) => config.url + withPrefix(prefix, path);
  const visible = archive.records.filter((r) => r.visibility === "public");
  const byId = new Map(visible.map((r) => [r.id, r]));
  const titled = (name: string) => `${name} — ${config.title}`;
  const foreignLang = (lang: string) => (lang === config.language ? {} : { lang });


  const links = new Map<string, Link>();
  const link = (r: Record): Link => {
    let l = links.get(r.id);
    if (!l) {
      const name = isNamed(r) ? r.name : r.title;
      const lang = isNamed(r) ? r.nameLang : r.language;
      const dir = textDirection(name);
      links.set(r.id, (l = { id: r.id, kind: r.kind, name, ...foreignLang(lang), ...(dir === "rtl" ? { dir } : {}), href: href(recordPath(r.kind, r.id)) }));
    }
    return l;
  };
  const linkTo = (id: string | undefined): Link | undefined => {
    const r = id ? byId.get(id) : undefined;
    return r ? link(r) : undefined;
  };
  const sourceOf = (id: string) => byId.get(id) as Source | undefined;

  /** The original's address at the quoted words (as the seed writes them); each quote is looked up once. */
  const originals = new Map<string, string>();
  const originalAt = (src: Source, quote: string) => {
    const key = `${src.id}\u0000${quote}`;
    let url = originals.get(key);
    if (url === undefined) originals.set(key, (url = textFragmentUrl(src.url, exactSpan(archive.texts.get(src.id)?.body ?? "", quote) ?? quote)));
    return url;
  };

  // A quote's anchor is a hash of its folded words: computed once per distinct quote.
  const anchors = new Map<string, string>();
  const anchorOf = (quote: string) => {
    let a = anchors.get(quote);
    if (a === undefined) anchors.set(quote, (a = quoteAnchor(quote)));
    return a;
  };
  const sameCitation = (c: Citation) => `${c.source}\u0000${anchorOf(c.quote)}`;

  // Every public citation, gathered per source before any page is made: the excerpts a source page
  // shows, in the order of the text, each linking back to the claims and relations that cite it.
  // Where each excerpt is shown (the source page, or a page continuing it) is fixed here, so that
  // every note can link to it.
  const excerpts = new Map<string, Map<string, ExcerptView>>();
  for (const r of visible) {
    if (!isNamed(r)) continue;
    const cite = (citations: readonly Citation[], anchor: string, what: string) => {
      for (const c of citations) {
        const src = sourceOf(c.source);
        if (!src) continue;
        const key = anchorOf(c.quote);
        let bySource = excerpts.get(src.id);
        if (!bySource) excerpts.set(src.id, (bySource = new Map()));
        let ex = bySource.get(key);
        if (!ex) bySource.set(key, (ex = { anchor: key, quote: c.quote.trim(), ...foreignLang(src.language), originalHref: originalAt(src, c.quote), citedBy: [] }));
        const last = ex.citedBy[ex.citedBy.length - 1];
        if (!(last && last.link.id === r.id && last.anchor === anchor)) ex.citedBy.push({ link: link(r), anchor, href: `${link(r).href}#${anchor}`, what });
      }
    };
    for (const c of r.claims) if (publicPart(r, c)) cite(c.citations, c.id, c.type.replace(/-/g, " "));
    for (const rel of r.relations) if (publicPart(r, rel) && byId.has(rel.to)) cite(rel.citations, rel.id, RELATIONS[rel.type].label.toLowerCase());
  }
  const excerptPages = new Map<string, ExcerptView[][]>();
  const excerptHref = new Map<string, string>();
  const excerptPagePath = (sourceId: string, page: number) => (page === 1 ? recordPath("source", sourceId) : `${recordPath("source", sourceId)}excerpts/${page}/`);
  for (const [sourceId, bySource] of excerpts) {
    const text = archive.texts.get(sourceId);
    const position = new Map([...bySource.values()].map((e) => [e.anchor, text?.normalized.indexOf(normalizeForQuote(e.quote)) ?? 0]));
    const sorted = [...bySource.values()].sort((a, b) => position.get(a.anchor)! - position.get(b.anchor)!);
    const pages = chunk(sorted, EXCERPTS_PER_PAGE);
    excerptPages.set(sourceId, pages);
    pages.forEach((list, i) => list.forEach((e) => excerptHref.set(`${sourceId}\u0000${e.anchor}`, `${href(excerptPagePath(sourceId, i + 1))}#${e.anchor}`)));
  }

  const makeNote = (c: Citation, n: number): NoteView | undefined => {
    const src = sourceOf(c.source);
    if (!src) return undefined;
    const anchor = anchorOf(c.quote);
    return {
      n,
      anchor: `note-${n}`,
      sourceTitle: src.title,
      publisher: src.publisher,
      published: dayView(src.published),
      quote: c.quote.trim(),
      ...foreignLang(src.language),
      href: excerptHref.get(`${src.id}\u0000${anchor}`) ?? `${href(recordPath("source", src.id))}#${anchor}`,
      original: src.url,
      originalHref: originalAt(src, c.quote),
    };
  };

  const asserter = (claim: Claim): Asserter | undefined => {
    const a = claim.assertedBy;
    if (a === undefined) return undefined;
    if (typeof a !== "string") return { label: a.label };
    const target = byId.get(a);
    return target ? { label: link(target).name, link: link(target) } : { label: "a person whose name is withheld" };
  };
  /** Who speaks in a claim, to tell accounts apart: the source's own voice is "". */
  const voice = (claim: Claim) => (claim.assertedBy === undefined ? "" : typeof claim.assertedBy === "string" ? `id:${claim.assertedBy}` : `label:${claim.assertedBy.label}`);

  // Citations are numbered only once a page's sections are in reading order, so "[1]" comes first.
  const citationsOf = new WeakMap<object, readonly Citation[]>();
  const rendered = new WeakMap<Claim, Trusted>();
  const claimView = (subject: Named, claim: Claim, onOther: boolean): ClaimView => {
    const place = linkTo(claim.place);
    const who = asserter(claim);
    let text = rendered.get(claim);
    if (!text) rendered.set(claim, (text = renderInline(claim.text)));
    const view: ClaimView = {
      anchor: onOther ? `from-${subject.id}-${claim.id}` : claim.id,
      type: claim.type,
      html: text,
      ...(claim.date ? { date: claim.date, when: dateView(claim.date, claim.dateInferred) } : {}),
      ...(place ? { place } : {}),
      ...(who ? { assertedBy: who } : {}),
      assertedBySubject: claim.assertedBy === subject.id,
      notes: [],
      subject: link(subject),
      ...(onOther ? { on: { link: link(subject), href: `${link(subject).href}#${claim.id}` } } : {}),
    };
    citationsOf.set(view, claim.citations);
    return view;
  };
  const byTimeline = <T extends { date?: string }>(a: T, b: T) => timelineKey(a.date) - timelineKey(b.date);

  // Public relations, and their inverses, per record.
  const relationsOf = new Map<string, { holder: Named; rel: Relation; derived: boolean }[]>();
  for (const r of visible) {
    if (!isNamed(r)) continue;
    for (const rel of r.relations) {
      if (!publicPart(r, rel) || !byId.has(rel.to)) continue;
      push(relationsOf, r.id, { holder: r, rel, derived: false });
      push(relationsOf, rel.to, { holder: r, rel, derived: true });
    }
  }
  const relationView = ({ holder, rel, derived }: { holder: Named; rel: Relation; derived: boolean }): RelationView => {
    const words = RELATIONS[rel.type];
    const view: RelationView = {
      anchor: derived ? `from-${holder.id}-${rel.id}` : rel.id,
      label: relationLabel(derived ? words.inverse : words.label),
      other: derived ? link(holder) : linkTo(rel.to)!,
      // The role is the holder's: on the holder's own page it says what this record is ("as Ambassador").
      ...(rel.role ? { role: derived ? rel.role : `as ${rel.role}` } : {}),
      ...(rel.date ? { when: dateView(rel.date, rel.dateInferred) } : {}),
      notes: [],
      derived,
    };
    citationsOf.set(view, rel.citations);
    return view;
  };

  // Claims on other records that concern this one (involve it, happen there, or are asserted by it),
  // and every public claim by topic (accounts of one matter may be written on different records).
  const mentionsOf = new Map<string, { subject: Named; claim: Claim }[]>();
  const byTopic = new Map<string, { subject: Named; claim: Claim }[]>();
  for (const r of visible) {
    if (!isNamed(r)) continue;
    for (const claim of r.claims) {
      if (!publicPart(r, claim)) continue;
      if (claim.topic) push(byTopic, claim.topic, { subject: r, claim });
      const concerned = new Set([...claim.involves, ...(claim.place ? [claim.place] : []), ...(typeof claim.assertedBy === "string" ? [claim.assertedBy] : [])]);
      concerned.delete(r.id);
      for (const id of concerned) if (byId.has(id)) push(mentionsOf, id, { subject: r, claim });
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

  const base = (r: Record, description: string) => {
    const l = link(r);
    const canonical = absolute(recordPath(r.kind, r.id));
    return {
      id: r.id,
      kindLabel: KIND_LABELS[r.kind].one,
      url: recordPath(r.kind, r.id),
      href: l.href,
      canonical,
      name: l.name,
      lang: isNamed(r) ? r.nameLang : r.language,
      self: l,
      ...(l.dir ? { dir: l.dir } : {}),
      description,
      updated: r.updated,
      formerUrls: r.formerIds.map((old) => recordPath(r.kind, old)),
      cite: { title: l.name, archive: config.title, url: canonical, updated: dayView(r.updated) },
    };
  };

  // Pages that continue a long section of a record page, each numbering its own notes.
  const more: MorePage[] = [];
  /**
   * Makes the pages that continue a section (`pageItems`, one list per page, numbered from
   * `firstPage`) and returns the link to the first of them.
   */
  const continuation = <T>(
    r: Record,
    section: MorePage["section"],
    folder: string,
    heading: string,
    pageItems: T[][],
    fill: (items: T[], notes: Notes) => Pick<MorePage, "claims" | "relations" | "excerpts">,
    firstPage = 1,
  ): MoreLink => {
    const l = link(r);
    const path = (page: number) => `${recordPath(r.kind, r.id)}${folder}/${page > 1 ? `${page}/` : ""}`;
    const pages = pageItems.length + firstPage - 1;
    const count = pageItems.reduce((n, p) => n + p.length, 0);
    pageItems.forEach((items, i) => {
      const page = i + firstPage;
      const notes = new Notes(makeNote, sameCitation);
      const content = fill(items, notes);
      const title = `${heading}: ${l.name}${pages > 1 ? ` (page ${page} of ${pages})` : ""}`;
      more.push({
        section,
        record: l,
        heading,
        title,
        url: path(page),
        href: href(path(page)),
        canonical: absolute(path(page)),
        head: { title: titled(title), description: `${heading}, ${count} in all, on the record of ${l.name}.`, canonical: absolute(path(page)), ogType: "website" },
        page,
        pages,
        up: `${l.href}#${section}`,
        // Excerpts continue the source page itself: their page 2 goes back to it.
        ...(page > 1 ? { prev: page === 2 && firstPage === 2 ? l.href : href(path(page - 1)) } : {}),
        ...(page < pages ? { next: href(path(page + 1)) } : {}),
        notes: notes.list,
        ...content,
      });
    });
    return { href: href(path(firstPage)), count };
  };
  const numberAll = (views: { notes: NoteRef[] }[], notes: Notes) => {
    for (const view of views) view.notes = notes.number(citationsOf.get(view) ?? []);
  };

  const namedPage = (r: Named): NamedPage => {
    const claims = r.claims.filter((c) => publicPart(r, c));

    // Differing accounts: every public claim that shares a topic with one of this record's claims,
    // wherever it is written, when they come from more than one voice.
    const accounts: AccountGroup[] = [];
    const inAccounts = new Set<Claim>();
    for (const topic of new Set(claims.flatMap((c) => (c.topic ? [c.topic] : [])))) {
      const members = [...(byTopic.get(topic) ?? [])].sort((a, b) => Number(b.subject.id === r.id) - Number(a.subject.id === r.id));
      if (members.length < 2 || new Set(members.map((m) => voice(m.claim))).size < 2) continue;
      accounts.push({ topic, accounts: members.map((m) => claimView(m.subject, m.claim, m.subject.id !== r.id)) });
      members.forEach((m) => inAccounts.add(m.claim));
    }
    const own = claims.filter((c) => !inAccounts.has(c)).map((c) => claimView(r, c, false));
    const facts = own.filter((v) => !v.date);
    const timeline = own.filter((v) => v.date).sort(byTimeline);

    // Long sections (a hub's many ties or mentions) show their first items here and continue on
    // pages of their own, so that the record's page stays within its byte budget.
    const allRelations = relationsOf.get(r.id) ?? [];
    const relations = allRelations.slice(0, INLINE_LIMIT).map(relationView);
    const relationsMore =
      allRelations.length > INLINE_LIMIT
        ? continuation(r, "relations", "connections", "Connections", chunk(allRelations, PER_PAGE), (items, notes) => {
            const views = items.map(relationView);
            numberAll(views, notes);
            return { claims: [], relations: views, excerpts: [] };
          })
        : undefined;
    const allMentions = (mentionsOf.get(r.id) ?? [])
      .filter(({ claim }) => !inAccounts.has(claim))
      .map((m) => ({ ...m, key: timelineKey(m.claim.date) }))
      .sort((a, b) => a.key - b.key);
    const mentions = allMentions.slice(0, INLINE_LIMIT).map(({ subject, claim }) => claimView(subject, claim, true));
    const mentionsMore =
      allMentions.length > INLINE_LIMIT
        ? continuation(r, "mentions", "mentions", "In other records", chunk(allMentions, PER_PAGE), (items, notes) => {
            const views = items.map(({ subject, claim }) => claimView(subject, claim, true));
            numberAll(views, notes);
            return { claims: views, relations: [], excerpts: [] };
          })
        : undefined;

    // Number citations in the order the page shows them.
    const notes = new Notes(makeNote, sameCitation);
    numberAll([...accounts.flatMap((g) => g.accounts), ...facts, ...timeline, ...relations, ...mentions], notes);

    const otherNames: NameView[] = r.otherNames
      .filter((n) => publicPart(r, n))
      .map((n) => {
        const dir = textDirection(n.name);
        const source = linkTo(n.source);
        return { name: n.name, lang: n.lang, ...(dir === "rtl" ? { dir } : {}), ...(n.note ? { note: n.note } : {}), ...(source ? { source } : {}) };
      });

    const statusClaims = claims.filter((c) => STATUS_BY_CLAIM_TYPE[c.type]).map((c) => ({ c, key: earliestKey(c.date) }));
    const statuses = [...new Set(statusClaims.map(({ c }) => STATUS_BY_CLAIM_TYPE[c.type]!))];
    let status: StatusView | undefined;
    if (r.kind === "person" && statusClaims.length) {
      const GRAVITY: Status[] = ["released", "missing", "detained", "sentenced"];
      const latest = statusClaims.sort((a, b) => {
        const ka = Number.isFinite(a.key) ? a.key : -Infinity;
        const kb = Number.isFinite(b.key) ? b.key : -Infinity;
        return kb - ka || GRAVITY.indexOf(STATUS_BY_CLAIM_TYPE[b.c.type]!) - GRAVITY.indexOf(STATUS_BY_CLAIM_TYPE[a.c.type]!);
      })[0]!.c;
      const src = latest.citations.map((c) => sourceOf(c.source)).find(Boolean);
      status = {
        status: STATUS_BY_CLAIM_TYPE[latest.type]!,
        summary: statusSummary(latest.text, asserter(latest)?.label, src?.published.slice(0, 4)),
        href: `#${latest.id}`,
        ...(inAccounts.has(latest) ? { disputedHref: "#accounts" } : {}),
      };
    }

    const b = base(r, r.description);
    const ld = jsonLd(r, otherNames);
    return {
      ...b,
      kind: r.kind,
      otherNames,
      ...(status ? { status } : {}),
      accounts,
      facts,
      timeline,
      relations,
      ...(relationsMore ? { relationsMore } : {}),
      mentions,
      ...(mentionsMore ? { mentionsMore } : {}),
      within: r.kind === "place" ? within(r) : [],
      statuses: r.kind === "person" ? statuses : [],
      notes: notes.list,
      jsonLd: ld,
      head: { title: titled(b.name), description: r.description, canonical: b.canonical, ogType: r.kind === "person" ? "profile" : "website", jsonLd: ld },
    };
  };

  const named = visible.filter(isNamed).map(namedPage);

  const sources: SourcePage[] = visible
    .filter((r): r is Source => r.kind === "source")
    .map((s) => {
      const pages = excerptPages.get(s.id) ?? [[]];
      const all = pages.flat();
      const excerptsMore =
        pages.length > 1
          ? continuation(s, "excerpts", "excerpts", "Cited excerpts", pages.slice(1), (items) => ({ claims: [], relations: [], excerpts: items }), 2)
          : undefined;
      const citedBy = [...new Map(all.flatMap((e) => e.citedBy.map((c) => [c.link.id, c.link] as const))).values()].sort((a, b) => a.name.localeCompare(b.name));
      const description = s.description ?? `${s.publisher}, ${formatDate(s.published)}`;
      const b = base(s, description);
      const ld = {
        "@context": "https://schema.org",
        "@type": s.sourceType === "news-article" ? "NewsArticle" : "CreativeWork",
        headline: s.title,
        publisher: { "@type": "Organization", name: s.publisher },
        author: s.authors.map((name) => ({ "@type": "Person", name })),
        datePublished: s.published,
        url: s.url,
        inLanguage: s.language,
      };
      return {
        ...b,
        kind: "source" as const,
        source: s,
        details: {
          title: s.title,
          sourceType: SOURCE_TYPES[s.sourceType],
          publisher: s.publisher,
          ...(s.credit ? { credit: s.credit } : {}),
          authors: s.authors,
          published: dayView(s.published),
          ...(s.original
            ? {
                original: {
                  publisher: s.original.publisher,
                  ...(s.original.title ? { title: s.original.title } : {}),
                  ...(s.original.published ? { published: dayView(s.original.published) } : {}),
                  ...(s.original.dateline ? { dateline: s.original.dateline } : {}),
                },
              }
            : {}),
          url: s.url,
          language: s.language,
        },
        excerpts: pages[0]!,
        ...(excerptsMore ? { excerptsMore: { href: excerptsMore.href, count: all.length } } : {}),
        citedBy,
        notes: [],
        jsonLd: ld,
        head: { title: titled(b.name), description, canonical: b.canonical, ogType: "article" as const, jsonLd: ld },
      };
    });

  const pages: Page[] = [...named, ...sources];
  const collator = new Intl.Collator(config.language, { sensitivity: "base" });
  const letterPages: ListPage[] = [];
  const lists: ListPage[] = KINDS.map((kind) => {
    const entries = pages.filter((p) => p.kind === kind).sort((a, b) => collator.compare(a.name, b.name));
    const byLetter = new Map<string, ListPage["groups"][number]>();
    for (const p of entries) {
      const letter = initial(p.name);
      let g = byLetter.get(letter);
      if (!g) {
        const script = /[A-Z]/.test(letter) || !p.self.lang ? {} : { lang: p.self.lang, ...(p.self.dir ? { dir: p.self.dir } : {}) };
        byLetter.set(letter, (g = { letter, ...script, anchor: `letter-${letterAnchor(letter)}`, entries: [] }));
      }
      g.entries.push({ link: p.self, description: p.description });
    }
    const groups = [...byLetter.values()];
    const url = `/${KIND_PATHS[kind]}/`;
    const listTitle = KIND_LABELS[kind].many;
    const split = entries.length > LIST_LIMIT;
    const letterUrl = (g: ListPage["groups"][number]) => `${url}${g.anchor}/`;
    const letters = groups.map((g) => ({
      letter: g.letter,
      ...(g.lang ? { lang: g.lang } : {}),
      ...(g.dir ? { dir: g.dir } : {}),
      href: split ? href(letterUrl(g)) : `#${g.anchor}`,
      count: g.entries.length,
    }));
    const common = { kind, listTitle, listHref: href(url), count: entries.length };
    if (split) {
      for (const g of groups) {
        const title = `${listTitle}: ${g.letter}`;
        letterPages.push({
          ...common,
          title,
          url: letterUrl(g),
          href: href(letterUrl(g)),
          canonical: absolute(letterUrl(g)),
          head: { title: titled(title), description: `${listTitle} in the ${config.title} whose names begin with ${g.letter} (${g.entries.length}).`, canonical: absolute(letterUrl(g)), ogType: "website" },
          letters: letters.map((l) => (l.letter === g.letter ? { ...l, current: true as const } : l)),
          groups: [g],
          letterPage: true,
        });
      }
    }
    const description = `${listTitle} in the ${config.title}, A to Z (${entries.length}).`;
    return {
      ...common,
      title: listTitle,
      url,
      href: href(url),
      canonical: absolute(url),
      head: { title: titled(listTitle), description, canonical: absolute(url), ogType: "website" },
      letters,
      groups: split ? [] : groups,
      letterPage: false,
    };
  });

  const redirects: Redirect[] = pages.flatMap((p) =>
    p.formerUrls.map((url) => ({
      url,
      to: p.href,
      canonical: p.canonical,
      name: p.name,
      ...(p.lang !== config.language ? { lang: p.lang } : {}),
      ...(p.dir ? { dir: p.dir } : {}),
      head: { title: titled(p.name), description: `This page has moved to ${p.canonical}`, canonical: p.canonical, ogType: "website" as const, noindex: true, refresh: p.href },
    })),
  );
  const recent = [...pages]
    .sort((a, b) => b.updated.localeCompare(a.updated) || collator.compare(a.name, b.name))
    .slice(0, 10)
    .map((p) => ({ link: p.self, description: p.description, updated: p.updated, when: dayView(p.updated) }));

  const site: Omit<Site, "search" | "headers"> = {
    config,
    home: href("/"),
    style,
    csp: contentSecurityPolicy(style.hash),
    nav: lists.map((l) => ({ label: l.title, href: l.href })),
    pages,
    more,
    lists,
    letterPages,
    redirects,
    counts: lists.map((l) => ({ kind: l.kind, label: l.title, count: l.count, href: l.href })),
    recent,
    searchHref: href("/search/"),
    index: {
      head: {
        title: config.title,
        description: config.description,
        canonical: absolute("/"),
        ogType: "website",
        jsonLd: { "@context": "https://schema.org", "@type": "WebSite", name: config.title, description: config.description, url: absolute("/"), inLanguage: config.language },
      },
    },
    notFound: { head: { title: titled("Page not found"), description: config.description, ogType: "website", noindex: true } },
    sitemapUrl: absolute("/sitemap.xml"),
    sitemap: [
      { loc: absolute("/") },
      ...lists.map((l) => ({ loc: l.canonical })),
      ...letterPages.map((l) => ({ loc: l.canonical })),
      ...pages.map((p) => ({ loc: p.canonical, lastmod: p.updated })),
      ...more.map((m) => ({ loc: m.canonical })),
    ],
  };
  const search = searchPageView(site);
  return { ...site, search, headers: headersFile(search.csp) };
}

/** The letter a name is listed under: its first letter without diacritics, upper-cased. */
export function initial(name: string): string {
  const first = [...name.normalize("NFD").replace(/\p{M}/gu, "").trim()][0] ?? "#";
  return /\p{L}/u.test(first) ? first.toLocaleUpperCase("en") : "#";
}

function letterAnchor(letter: string): string {
  return /^[A-Z]$/.test(letter) ? letter.toLowerCase() : `u${letter.codePointAt(0)!.toString(16)}`;
}
