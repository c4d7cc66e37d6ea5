/**
 * `npm run bench`: builds synthetic archives (engine/synthetic/) of 1,000 and 10,000 records from a
 * clean output folder, each in a child process, and prints one table: validation, pages, search index
 * and total time, peak memory, pages per second, the bytes of a first search, and the size of the
 * site. In the same run it builds the same pages with Hugo and prints the ratios.
 *
 *   npm run bench                               1,000 and 10,000 records
 *   npm run bench -- --n 50000                  one size
 *   npm run bench -- --sizes 1000,10000,50000   several sizes
 *   options: --seed N (1), --work DIR (tmp/bench), --runs N (build N times, our build and Hugo's,
 *            and keep the fastest: other work on the machine only ever slows a run down),
 *            --phases (also time each step of the build), --no-hugo, --no-search (skip the browser)
 *
 * Archives and sites are written under the work folder (tmp/bench/<n>/) and kept for inspection.
 */
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { generateArchive } from "../synthetic/archive.ts";
import { writeArchive } from "../synthetic/write.ts";
import { writeHugoSite } from "../synthetic/hugo.ts";
import { measureFirstSearch, type FirstSearch } from "../synthetic/first-search.ts";
import { executable, folderSize, machine, runMeasured } from "../synthetic/measure.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { values } = parseArgs({
  options: {
    n: { type: "string" },
    sizes: { type: "string" },
    seed: { type: "string", default: "1" },
    work: { type: "string", default: path.join(root, "tmp", "bench") },
    phases: { type: "boolean", default: false },
    "no-hugo": { type: "boolean", default: false },
    "no-search": { type: "boolean", default: false },
    hugo: { type: "string", default: process.env.HUGO ?? "/usr/bin/hugo" },
    runs: { type: "string", default: "1" },
  },
});

const sizes = (values.sizes ?? values.n ?? "1000,10000").split(",").map((s) => Number(s.replace(/[_,]/g, "")));
if (sizes.some((n) => !Number.isInteger(n) || n < 20)) {
  console.error("Sizes are whole numbers of records, at least 20: --n 50000 or --sizes 1000,10000");
  process.exit(2);
}
const seed = Number(values.seed);
const work = path.resolve(values.work);
const hugoPath = values.hugo;
const hugo = !values["no-hugo"] && executable(hugoPath);
const runs = Math.max(1, Number(values.runs) || 1);

interface Row {
  n: number;
  pages: number;
  timings: { validate: number; pages: number; search: number; total: number };
  /** Wall-clock time of the child process, start to exit (includes Node's start and module loading). */
  wallMs: number;
  peakRssMB: number;
  nodeMaxRssMB: number;
  siteMB: number;
  siteFiles: number;
  largest: { file: string; bytes: number };
  search?: FirstSearch | { skipped: string };
  hugo?: { ms: number; cpuMs?: number; peakRssMB: number; pages: number };
  /** CPU time of the whole build process tree (Node, Pagefind, esbuild), ms. */
  cpuMs?: number;
  phases?: { step: string; ms: number; rssMB: number; heapMB: number; externalMB: number }[];
  generateMs: number;
  /** The machine's 1-minute load average just before the build: other work slows every figure. */
  load: number;
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number) => bytes / 2 ** 20;
const log = (text: string) => process.stderr.write(text + "\n");

/** Runs the build child (`--phases` for the step-by-step run) and parses its JSON line. */
async function child(archive: string, out: string, phases: boolean) {
  await rm(out, { recursive: true, force: true });
  const run = await runMeasured(process.execPath, ["--import", "tsx", path.join(root, "engine/cli/bench-child.ts"), "--archive", archive, "--out", out, ...(phases ? ["--phases"] : [])], { cwd: root, env: { ...process.env, SITE_URL: "", PATH_PREFIX: "" } });
  if (run.code !== 0) throw new Error(`The build of ${archive} failed (exit ${run.code}):\n${run.stderr.slice(0, 4000)}`);
  const line = run.stdout.trim().split("\n").at(-1) ?? "";
  return { run, result: JSON.parse(line) as { pages: number; timings?: Row["timings"]; steps?: Row["phases"]; maxRSS: number } };
}

async function measure(n: number): Promise<Row> {
  const dir = path.join(work, String(n));
  const out = path.join(dir, "_site");
  log(`\n${n.toLocaleString("en")} records: generating…`);
  const g0 = performance.now();
  const archive = generateArchive({ n, seed });
  writeArchive(dir, archive);
  const generateMs = performance.now() - g0;
  const load = os.loadavg()[0]!;
  log(`  generated in ${s(generateMs)} s; building (child process)…${load > 0.8 ? ` (the machine is busy: load average ${load.toFixed(1)}; figures will be slower than on an idle machine)` : ""}`);
  let best: Awaited<ReturnType<typeof child>> | undefined;
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const attempt = await child(dir, out, false);
    peak = Math.max(peak, attempt.run.peakRss, attempt.result.maxRSS * 1024);
    if (!best || attempt.result.timings!.total < best.result.timings!.total) best = attempt;
  }
  const { run, result } = best!;
  const size = await folderSize(out);
  const row: Row = {
    n,
    pages: result.pages,
    timings: result.timings!,
    wallMs: run.ms,
    peakRssMB: mb(peak),
    nodeMaxRssMB: result.maxRSS / 1024,
    siteMB: mb(size.bytes),
    siteFiles: size.files,
    largest: size.largest,
    generateMs,
    load,
    ...(run.cpuMs !== undefined ? { cpuMs: run.cpuMs } : {}),
  };
  log(`  built in ${s(row.timings.total)} s (child process ${s(run.ms)} s), peak RSS ${row.peakRssMB.toFixed(0)} MB`);
  if (values.phases) {
    log("  building again step by step (--phases)…");
    row.phases = (await child(dir, path.join(dir, "_site-phases"), true)).result.steps;
    await rm(path.join(dir, "_site-phases"), { recursive: true, force: true });
  }
  if (!values["no-search"]) {
    log(`  first search for “${archive.query}” in Chromium…`);
    row.search = await measureFirstSearch(out, archive.query).catch((error: unknown) => ({ skipped: `the browser run failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` }));
  }
  if (hugo) {
    const hugoDir = path.join(dir, "hugo");
    const pages = writeHugoSite(hugoDir, archive);
    log(`  Hugo: ${pages.toLocaleString("en")} pages…`);
    for (let i = 0; i < runs; i++) {
      await rm(path.join(hugoDir, "public"), { recursive: true, force: true });
      const h = await runMeasured(hugoPath, ["--quiet", "--source", hugoDir, "--destination", path.join(hugoDir, "public")], { cwd: hugoDir });
      if (h.code !== 0) throw new Error(`Hugo failed:\n${h.stderr.slice(0, 2000)}`);
      if (!row.hugo || h.ms < row.hugo.ms) row.hugo = { ms: h.ms, ...(h.cpuMs !== undefined ? { cpuMs: h.cpuMs } : {}), peakRssMB: Math.max(mb(h.peakRss), row.hugo?.peakRssMB ?? 0), pages };
    }
  }
  return row;
}

function table(rows: Row[]): string {
  const head = ["records", "pages", "validate s", "pages s", "search s", "total s", "peak RSS MB", "pages/s", "1st search KB", "_site MB", "Hugo s", "page build ÷ Hugo", "total ÷ Hugo"];
  const body = rows.map((r) => {
    const pageBuild = r.timings.validate + r.timings.pages;
    const search = r.search && "searchBytes" in r.search ? (r.search.searchBytes / 1024).toFixed(1) : "n/a";
    return [
      r.n.toLocaleString("en"),
      r.pages.toLocaleString("en"),
      s(r.timings.validate),
      s(r.timings.pages),
      s(r.timings.search),
      s(r.timings.total),
      r.peakRssMB.toFixed(0),
      Math.round(r.pages / (pageBuild / 1000)).toLocaleString("en"),
      search,
      r.siteMB.toFixed(1),
      r.hugo ? s(r.hugo.ms) : "skipped",
      r.hugo ? (pageBuild / r.hugo.ms).toFixed(2) : "–",
      r.hugo ? (r.timings.total / r.hugo.ms).toFixed(2) : "–",
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? ":" : "-") + "-".repeat(w) + (i === 0 ? "-" : ":")).join("|")}|`, ...body.map(line)].join("\n");
}

function details(rows: Row[]): string {
  const out: string[] = [];
  for (const r of rows) {
    out.push(`\n${r.n.toLocaleString("en")} records: generated in ${s(r.generateMs)} s; child process ${s(r.wallMs)} s wall (build ${s(r.timings.total)} s)${r.cpuMs !== undefined ? `, ${s(r.cpuMs)} s of CPU` : ""}; Node's own peak RSS ${r.nodeMaxRssMB.toFixed(0)} MB; ${r.siteFiles.toLocaleString("en")} files; largest page ${r.largest.file} (${(r.largest.bytes / 1024).toFixed(0)} KB); load average before the build ${r.load.toFixed(1)}.`);
    if (r.phases) {
      out.push("  step            time s   RSS MB  heap MB  external MB");
      for (const p of r.phases) out.push(`  ${p.step.padEnd(14)} ${s(p.ms).padStart(7)} ${String(p.rssMB).padStart(8)} ${String(p.heapMB).padStart(8)} ${String(p.externalMB).padStart(12)}`);
    }
    if (r.search && "searchBytes" in r.search) {
      const b = r.search.breakdown;
      const parts = Object.entries(b)
        .filter(([k]) => k !== "page")
        .map(([k, v]) => `${k} ${v.requests > 1 ? `${v.requests}× ` : ""}${(v.bytes / 1024).toFixed(1)} KB`)
        .join(", ");
      out.push(`  first search “${r.search.query}”: ${r.search.results} results shown (“${r.search.status}”); ${(r.search.searchBytes / 1024).toFixed(1)} KB of search files (${parts}), plus ${(r.search.pageBytes / 1024).toFixed(1)} KB for the search page itself.`);
    } else if (r.search) out.push(`  first search: skipped, ${r.search.skipped}.`);
    if (r.hugo) out.push(`  Hugo: ${r.hugo.pages.toLocaleString("en")} pages in ${s(r.hugo.ms)} s${r.hugo.cpuMs !== undefined ? ` (${s(r.hugo.cpuMs)} s of CPU)` : ""}, peak RSS ${r.hugo.peakRssMB.toFixed(0)} MB.`);
  }
  return out.join("\n");
}

const m = machine();
const hugoVersion = hugo ? spawnSync(hugoPath, ["version"], { encoding: "utf8" }).stdout.trim().split(" ")[1] ?? "" : "";
log(`Benchmark: ${sizes.map((n) => n.toLocaleString("en")).join(", ")} records, seed ${seed}, ${runs === 1 ? "one run" : `fastest of ${runs} runs`}, on ${m.cores} cores, ${m.memoryGB} GB RAM (${m.cpu}), Node ${m.node}${hugo ? `, Hugo ${hugoVersion}` : ""}.`);
if (!hugo && !values["no-hugo"]) log(`Hugo is not installed at ${hugoPath}: the comparison is skipped. Install it with \`apt-get install hugo\` (Debian), or set HUGO=/path/to/hugo.`);
if (!existsSync(work)) log(`Work folder: ${path.relative(process.cwd(), work)}/`);

const rows: Row[] = [];
for (const n of sizes) rows.push(await measure(n));
console.log(`\nMachine: ${m.cores} cores, ${m.memoryGB} GB RAM, ${m.cpu}, Node ${m.node}${hugo ? `, Hugo ${hugoVersion}` : ""}. Seed ${seed}; ${runs === 1 ? "one run each" : `fastest of ${runs} runs each (peak memory: the highest)`}.\n`);
console.log(table(rows));
console.log(details(rows));
console.log(
  "\nvalidate = load content + validate + site model; pages = Eleventy; search = Pagefind index + search script; page build = validate + pages. " +
    "Peak RSS: the build's process tree (Node and the binaries it starts), sampled every 50 ms. 1st search: gzip bytes of Pagefind files a browser fetches to show the first results.",
);
if (!hugo && !values["no-hugo"]) console.log("Hugo: not installed; install with `apt-get install hugo` to compare.");
