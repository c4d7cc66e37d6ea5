/** The smallest pieces of the templates, called directly with hand-made views. */
import { describe, expect, it } from "vitest";
import { name, otherNames, recordLink } from "../../layouts/parts/names.ts";
import { date, when } from "../../layouts/parts/dates.ts";
import { notesList, refs } from "../../layouts/parts/notes.ts";
import { claim, relations } from "../../layouts/parts/claims.ts";
import { citeBlock } from "../../layouts/parts/cite.ts";
import { dateView, dayView } from "../../engine/site/dates.ts";
import { renderInline } from "../../engine/site/markdown.ts";
import type { ClaimView, Link, NoteView } from "../../engine/site/model.ts";

const person: Link = { id: "a", kind: "person", name: "Adilgazy Muqai", href: "/people/a/" };
const s = (t: { toString(): string }) => t.toString();

describe("names", () => {
  it("escapes a name that contains markup", () => {
    expect(s(name({ name: "<script>alert(1)</script>" }))).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(s(recordLink({ ...person, name: 'Eve "<b>"' }))).toBe('<a href="/people/a/">Eve &quot;&lt;b&gt;&quot;</a>');
  });

  it("isolates a right-to-left name in bdi, with its language", () => {
    expect(s(name({ name: "ئادىلغازى", lang: "ug-Arab", dir: "rtl" }))).toBe('<bdi lang="ug-Arab" dir="rtl">ئادىلغازى</bdi>');
  });

  it("tags a name in another language, and leaves a name in the page's language bare", () => {
    expect(s(name({ name: "Әділғазы", lang: "kk-Cyrl" }))).toBe('<span lang="kk-Cyrl">Әділғазы</span>');
    expect(s(name({ name: "Adilgazy" }))).toBe("Adilgazy");
  });

  it("lists other names each in its own language, with its note and the source that uses it", () => {
    const out = s(otherNames([{ name: "Уzynağaş", lang: "kk-Cyrl", note: "Kazakh", source: { ...person, kind: "source", name: "A report", href: "/sources/r/" } }]));
    expect(out).toBe('<section id="names"><h2>Other names and spellings</h2><ul class="plain"><li><span lang="kk-Cyrl">Уzynağaş</span> <span class="meta">(Kazakh; used in <a href="/sources/r/">A report</a>)</span></li></ul></section>');
    expect(s(otherNames([]))).toBe("");
  });
});

describe("dates on a page", () => {
  it("puts a time element around an exact month, with its datetime", () => {
    expect(s(date(dateView("2017-05")))).toBe('<time datetime="2017-05">May 2017</time>');
  });

  it("shows an imprecise date honestly, as words without a machine date", () => {
    expect(s(date(dateView("2019-36")))).toBe("late 2019");
    expect(s(date(dateView("2020~")))).toBe("c. 2020");
  });

  it("shows each exact end of an interval as its own time", () => {
    expect(s(date(dateView("2017/2020")))).toBe('<time datetime="2017">2017</time> – <time datetime="2020">2020</time>');
  });

  it("marks an inferred date as inferred", () => {
    expect(s(when(dateView("2020", "three years after 2017")))).toBe('<time datetime="2020">2020</time> (inferred)');
    expect(s(when(dateView("2020")))).toBe('<time datetime="2020">2020</time>');
  });
});

describe("citations", () => {
  it("links each citation of a claim to its note as a bracketed number", () => {
    expect(s(refs([{ n: 1, href: "#note-1" }, { n: 3, href: "#note-3" }]))).toBe(
      ' <span class="refs" data-pagefind-ignore><a href="#note-1" aria-label="Note 1">[1]</a><a href="#note-3" aria-label="Note 3">[3]</a></span>',
    );
    expect(s(refs([]))).toBe("");
  });

  it("shows each note's quote, linked to its place on the source page and to the original", () => {
    const note: NoteView = {
      n: 2,
      anchor: "note-2",
      sourceTitle: "Kazakhs despair",
      publisher: "The Japan Times",
      published: dayView("2020-10-24"),
      quote: "a <retired> oil worker",
      href: "/sources/jt/#q-1",
      original: "https://example.com/a",
      originalHref: "https://example.com/a#:~:text=a",
    };
    const out = s(notesList([note]));
    expect(out).toContain('<li id="note-2"><q>a &lt;retired&gt; oil worker</q>');
    expect(out).toContain('<a href="/sources/jt/#q-1">The Japan Times, <time datetime="2020-10-24">24 October 2020</time></a>');
    expect(out).toContain('<a href="https://example.com/a#:~:text=a">original</a>');
    expect(out).toMatch(/^<section id="notes" data-pagefind-ignore>/);
  });
});

describe("claims", () => {
  const view = (over: Partial<ClaimView> = {}): ClaimView => ({
    anchor: "sentenced",
    type: "sentence",
    html: renderInline("Sentenced to *nine* years <script>x</script>."),
    assertedBySubject: false,
    notes: [{ n: 1, href: "#note-1" }],
    subject: person,
    ...over,
  });

  it("gives a claim its anchor as id, renders its Markdown and escapes raw HTML in it", () => {
    const out = s(claim(view()));
    expect(out).toMatch(/^<li id="sentenced"><p>Sentenced to <em>nine<\/em> years &lt;script&gt;x&lt;\/script&gt;\. <span class="refs"/);
  });

  it("shows where, who says so, and how the date was inferred", () => {
    const out = s(claim(view({ date: "2020", when: dateView("2020", "from the article's date"), place: { ...person, kind: "place", name: "Xinjiang", href: "/places/x/" }, assertedBy: { label: "Zhang Xiao", link: { ...person, name: "Zhang Xiao", href: "/people/z/" } } })));
    expect(out).toContain('<p class="when"><time datetime="2020">2020</time> (inferred)</p>');
    expect(out).toContain('<p class="meta">In <a href="/places/x/">Xinjiang</a>. According to <a href="/people/z/">Zhang Xiao</a>. Date inferred: from the article&#39;s date.</p>');
  });

  it("leads a claim from another record with that record, linked to the claim there", () => {
    const out = s(claim(view({ anchor: "from-k-x", on: { link: { ...person, name: "Bikamal Kaken" }, href: "/people/k/#x" } })));
    expect(out).toContain('<li id="from-k-x"><p><a href="/people/k/#x">Bikamal Kaken</a>: Sentenced');
  });

  it("names each relation's other record, its role and its citations", () => {
    const out = s(relations([{ anchor: "wife", label: "Spouse:", other: { ...person, name: "Bikamal Kaken" }, role: "as husband", notes: [{ n: 4, href: "#note-4" }], derived: false }]));
    expect(out).toContain('<li id="wife"><p>Spouse: <a href="/people/a/">Bikamal Kaken</a>, as husband <span class="refs"');
  });
});

describe("cite this page", () => {
  it("gives the title, the archive, the last update and the permanent address", () => {
    expect(s(citeBlock({ title: "Adilgazy Muqai", archive: "The Archive", url: "https://example.org/people/a/", updated: dayView("2026-11-27") }))).toBe(
      '<section id="cite" data-pagefind-ignore><h2>Cite this page</h2><p>“Adilgazy Muqai”, <cite>The Archive</cite>, last updated <time datetime="2026-11-27">27 November 2026</time>. <a href="https://example.org/people/a/">https://example.org/people/a/</a></p></section>',
    );
  });
});
