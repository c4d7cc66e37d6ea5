/**
 * Reading `content/`: every `.ts` file is one record, imported as a module. A file that cannot be read,
 * throws, or exports no record becomes a problem, never a crash, so that one report lists them all.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
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
 * Imports each content file. `fresh` adds a query to the module URL so that a rebuild in watch mode
 * reads edited files again instead of the module cache.
 */
export async function loadContent(root: string, contentDir = path.join(root, "content"), fresh = ""): Promise<{ files: LoadedFile[]; problems: Problem[] }> {
  const files: LoadedFile[] = [];
  const problems: Problem[] = [];
  let list: string[];
  try {
    list = await listContentFiles(contentDir);
  } catch {
    return { files, problems: [{ file: path.relative(root, contentDir) || "content", path: "", message: "the content folder cannot be read", fix: "create it, with one .ts file per record" }] };
  }
  const results = await Promise.all(
    list.map(async (absolute) => {
      const file = path.relative(root, absolute).split(path.sep).join("/");
      try {
        const url = pathToFileURL(absolute).href + (fresh ? `?v=${fresh}` : "");
        const mod = (await import(url)) as { default?: unknown };
        if (mod.default === undefined) {
          return { problem: { file, path: "", message: "exports no record", fix: "end the file with `export default person({ … })` (or place, organization, source)" } };
        }
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
