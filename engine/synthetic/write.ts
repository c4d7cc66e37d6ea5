/**
 * Writes a synthetic archive as an author would: one TypeScript file per record in its kind's folder of
 * `content/`, using the helpers of `engine/define.ts`, the settings in `content/_config.ts`, and the
 * source texts in `seeds/`. Content files import the engine by relative path, so the archive folder
 * gets an `engine` link to the project's engine (as the build command's tests do).
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { KIND_FOLDERS } from "../model/validate.ts";
import type { RecordInput } from "../model/schema.ts";
import type { SyntheticArchive } from "./archive.ts";

/** The project's engine folder. */
export const ENGINE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const HELPER: { [K in RecordInput["kind"]]: string } = { person: "person", place: "place", organization: "organization", source: "source" };

/** The text of one record's content file. */
export function contentFile(record: RecordInput): string {
  const { kind, ...rest } = record;
  return `import { ${HELPER[kind]} } from "../../engine/define.ts";\n\nexport default ${HELPER[kind]}(${JSON.stringify(rest, null, 2)});\n`;
}

/** Every file of the archive, by path from its folder (content files, settings and seeds), in a stable order. */
export function archiveFiles(archive: SyntheticArchive): Map<string, string> {
  const files = new Map<string, string>();
  files.set("content/_config.ts", `/** Settings of a synthetic archive (engine/synthetic/). */\nexport default ${JSON.stringify(archive.config, null, 2)};\n`);
  for (const r of archive.records) files.set(`content/${KIND_FOLDERS[r.kind]}/${r.id}.ts`, contentFile(r));
  for (const s of archive.seeds) files.set(s.file, s.text);
  return files;
}

/**
 * Writes the archive into `dir`, replacing its `content/` and `seeds/` (nothing else in `dir` is
 * touched), and links `dir/engine` to the engine. Returns the number of files written.
 */
export function writeArchive(dir: string, archive: SyntheticArchive, engineDir = ENGINE_DIR): number {
  const root = path.resolve(dir);
  rmSync(path.join(root, "content"), { recursive: true, force: true });
  rmSync(path.join(root, "seeds"), { recursive: true, force: true });
  for (const folder of [...Object.values(KIND_FOLDERS).map((f) => `content/${f}`), "seeds"]) mkdirSync(path.join(root, folder), { recursive: true });
  const files = archiveFiles(archive);
  for (const [file, text] of files) writeFileSync(path.join(root, file), text);
  rmSync(path.join(root, "engine"), { force: true });
  symlinkSync(engineDir, path.join(root, "engine"), "dir");
  return files.size;
}
