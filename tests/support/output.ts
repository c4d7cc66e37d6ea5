/** Reading a built site back: every file, as text, with Pagefind's compressed index files unpacked. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

/** Every file below `dir`, relative paths, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** A file's text; gzip files (Pagefind's index, fragments, filters, meta) are decompressed first. */
export function readText(file: string): string {
  const bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString("utf8");
    } catch {
      /* not gzip after all */
    }
  }
  return bytes.toString("utf8");
}
