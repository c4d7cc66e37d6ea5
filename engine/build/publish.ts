/**
 * Output is built in a fresh folder beside `_site/` and swapped in only when the whole build has
 * succeeded, so that a failed build leaves the previous site exactly as it was.
 */
import { rm, rename, stat } from "node:fs/promises";
import path from "node:path";

/** A fresh, unique folder next to `target` to build into. */
export function stagingDir(target: string): string {
  return path.join(path.dirname(target), `.site-next-${process.pid}-${Date.now()}`);
}

const exists = (p: string) => stat(p).then(() => true, () => false);

/** Replaces `target` with `staged` (two renames on the same file system), then removes the old one. */
export async function publish(staged: string, target: string): Promise<void> {
  const old = path.join(path.dirname(target), `.site-old-${process.pid}-${Date.now()}`);
  const had = await exists(target);
  if (had) await rename(target, old);
  try {
    await rename(staged, target);
  } catch (error) {
    if (had) await rename(old, target);
    throw error;
  }
  if (had) await rm(old, { recursive: true, force: true });
}

/** Removes a staging folder after a failed build. */
export async function discard(staged: string): Promise<void> {
  await rm(staged, { recursive: true, force: true });
}
