/**
 * The real archive: everything in content/ loads and validates, and every record the seed article
 * supports is there, with the facts that matter cited.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../engine/build/archive.ts";
import type { Archive } from "../../engine/model/validate.ts";
import type { Named, Person } from "../../engine/model/schema.ts";
import { ROOT } from "../support/sites.ts";

let archive: Archive;
beforeAll(async () => {
  ({ archive } = await loadArchive({ root: ROOT, env: {} }));
});

const named = (id: string) => archive.byId.get(id) as Named;

describe("the real content", () => {
  it.each([
    ["person", ["bikamal-kaken", "adilgazy-muqai", "zhang-xiao", "mehmet-kasikci", "baibolat-kunbolat", "baimurat-nauryzbek", "gu-ming"]],
    ["place", ["xinjiang", "china", "kazakhstan", "almaty", "uzynagash"]],
    ["organization", ["atajurt", "global-times", "us-embassy-kazakhstan", "chinese-embassy-kazakhstan", "chinese-consulate-almaty", "arizona-state-university"]],
    ["source", ["japantimes-2020-10-24-kazakhs-despair"]],
  ])("has every named %s", (kind, ids) => {
    for (const id of ids as string[]) expect(archive.byId.get(id)?.kind, id).toBe(kind);
  });

  it("cites every claim and relation of every public record", () => {
    for (const r of archive.records) {
      if (r.kind === "source") continue;
      for (const item of [...r.claims, ...r.relations]) expect(item.citations.length, `${r.id}#${item.id}`).toBeGreaterThan(0);
    }
  });

  it("records the ages the article gives, at its publication", () => {
    const age = (id: string) => named(id).claims.find((c) => c.type === "age");
    expect(age("bikamal-kaken")).toMatchObject({ age: 44, dateInferred: expect.any(String) });
    expect(age("adilgazy-muqai")).toMatchObject({ age: 47, dateInferred: expect.any(String) });
    expect(age("baimurat-nauryzbek")).toMatchObject({ age: 30 });
  });

  it("records both sentences with their length and charge", () => {
    const sentence = (id: string) => named(id).claims.find((c) => c.type === "sentence")?.sentence;
    expect(sentence("adilgazy-muqai")).toMatchObject({ years: 9 });
    expect(sentence("baimurat-nauryzbek")).toMatchObject({ years: 10 });
  });

  it("keeps Kaken's account and the ambassador's side by side, each with who asserts it", () => {
    const muqai = named("adilgazy-muqai");
    const topics = new Map<string, Set<string>>();
    for (const c of muqai.claims) if (c.topic) topics.set(c.topic, (topics.get(c.topic) ?? new Set()).add(JSON.stringify(c.assertedBy ?? null)));
    expect([...topics.values()].some((voices) => voices.has('"zhang-xiao"') && voices.has('"bikamal-kaken"'))).toBe(true);
  });

  it("marks a date resolved against the publication as inferred", () => {
    const gu = named("gu-ming");
    const february = gu.claims.find((c) => c.date === "2020-02");
    expect(february?.dateInferred).toMatch(/February/);
  });

  it("withholds every record of a minor, with all its parts", () => {
    const minors = archive.records.filter((r): r is Person => r.kind === "person" && /child|daughter/i.test(r.name));
    expect(minors.length).toBeGreaterThan(0);
    for (const m of minors) {
      expect(m.visibility).toBe("withheld");
      for (const c of m.claims) expect(c.visibility ?? m.visibility).toBe("withheld");
    }
  });

  it("names no one the article leaves unnamed", () => {
    const names = archive.records.map((r) => (r.kind === "source" ? r.title : r.name).toLowerCase());
    expect(names.some((n) => /leader of atajurt|former employer/.test(n))).toBe(false);
  });
});
