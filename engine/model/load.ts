/**
 * Reading `content/`: every `.ts` file is one record, imported as a module (all at once as one
 * esbuild bundle; one by one when that fails, to say which file is at fault). A file that cannot be read,
 * throws, or exports no record becomes a problem, never a crash, so that one report lists them all.
 */
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import type { Problem } from "./problems.ts";

export interface LoadedFile {
  /** Path relative to the project root, with forward slashes, e.g. `content/people/bikamal-kaken.ts`. */
  file: string;
  /** What the module exports as its record (its default export). */
  exported: unknown;
}

/** Every record file below `dir` (`.ts`, not starting with `_`, which marks settings), sorted, as absolute paths. */
export async function listContentFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") && !e.name.startsWith("_"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * The meaningful line of an error, without the machinery of a stack trace. For a syntax error from the
 * TypeScript transform, that is the line that names the place: "line 5, column 24: Expected …".
 */
export function describeError(error: unknown, root: string): string {
  const text = error instanceof Error ? error.message : String(error);
  const located = /:(\d+):(\d+): ERROR: (.+)/.exec(text);
  if (located) return `line ${located[1]}, column ${located[2]}: ${located[3]}`;
  const line = text.split("\n").find((l) => l.trim() !== "") ?? "unknown error";
  return line.replaceAll(root + path.sep, "").replace(/^file:\/\/\S*?\/content\//, "content/").trim();
}

/**
 * Loads every content file. The fast way first: one esbuild bundle of all files, imported once
 * (importing thousands of TypeScript modules one by one costs seconds per thousand). If anything in
 * it fails (a syntax error, a file that throws), every file is imported on its own instead, so that
 * each problem is reported against its own file.
 */
export async function loadContent(root: string, contentDir = path.join(root, "content")): Promise<{ files: LoadedFile[]; problems: Problem[] }> {
  let list: string[];
  try {
    list = await listContentFiles(contentDir);
  } catch {
    return { files: [], problems: [{ file: path.relative(root, contentDir) || "content", path: "", message: "the content folder cannot be read", fix: "create it, with one .ts file per record" }] };
  }
  const toFile = (absolute: string) => path.relative(root, absolute).split(path.sep).join("/");
  const bundled = await loadBundled(list);
  if (bundled) {
    const files: LoadedFile[] = [];
    const problems: Problem[] = [];
    bundled.forEach((exported, i) => {
      const file = toFile(list[i]!);
      if (exported === undefined) problems.push(noRecord(file));
      else files.push({ file, exported });
    });
    return { files, problems };
  }
  return loadEach(root, list);
}

const noRecord = (file: string): Problem => ({ file, path: "", message: "exports no record", fix: "end the file with `export default person({ … })` (or place, organization, source)" });

/** All files in one bundle; undefined when the bundle cannot be built or run. */
async function loadBundled(list: string[]): Promise<unknown[] | undefined> {
  if (list.length === 0) return [];
  const dir = await mkdtemp(path.join(os.tmpdir(), "archive-content-"));
  try {
    const entry = list.map((f, i) => `import * as m${i} from ${JSON.stringify(f)};`).join("\n") + `\nexport default [${list.map((_, i) => `m${i}.default`).join(",")}];\n`;
    const out = path.join(dir, "content.mjs");
    const result = await esbuild.build({
      stdin: { contents: entry, resolveDir: dir, loader: "js" },
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: out,
      packages: "external",
      logLevel: "silent",
      write: true,
    }).catch(() => undefined);
    if (!result || result.errors.length) return undefined;
    const mod = (await import(pathToFileURL(out).href)) as { default: unknown[] };
    return mod.default;
  } catch {
    return undefined;
  } finally {
    // The esbuild service otherwise stays resident (hundreds of MB after a large bundle).
    await esbuild.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Imports each file on its own, so that a failure is reported against its file. */
async function loadEach(root: string, list: string[]): Promise<{ files: LoadedFile[]; problems: Problem[] }> {
  const files: LoadedFile[] = [];
  const problems: Problem[] = [];
  const results = await Promise.all(
    list.map(async (absolute) => {
      const file = path.relative(root, absolute).split(path.sep).join("/");
      try {
        const mod = (await import(pathToFileURL(absolute).href)) as { default?: unknown };
        if (mod.default === undefined) return { problem: noRecord(file) };
        return { loaded: { file, exported: mod.default } };
      } catch (error) {
        const syntax = error instanceof SyntaxError || /Transform failed|Expected|Unexpected|ERROR:/.test(String(error));
        return {
          problem: {
            file,
            path: "",
            message: syntax ? `cannot be read: ${describeError(error, root)}` : `throws when loaded: ${describeError(error, root)}`,
            fix: syntax ? "fix the TypeScript syntax at the place named (your editor underlines it)" : "a content file only describes a record; remove the code that fails",
          },
        };
      }
    }),
  );
  for (const r of results) {
    if ("loaded" in r && r.loaded) files.push(r.loaded);
    if ("problem" in r && r.problem) problems.push(r.problem);
  }
  return { files, problems };
}
