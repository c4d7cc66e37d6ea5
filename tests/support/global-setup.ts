import { existsSync } from "node:fs";
import { runBuild } from "./cli.ts";
import { SITES } from "./sites.ts";

/** Builds every test site once, before the tests, with the real build command; a failure fails the run. */
export default async function setup(): Promise<void> {
  // SKIP_SITES=1 runs unit tests alone, quickly; every test that reads a built site then fails.
  if (process.env.SKIP_SITES) return;
  for (const [name, s] of Object.entries(SITES)) {
    if (!existsSync(s.archiveRoot)) continue;
    const result = runBuild(["--archive", s.archiveRoot, "--out", s.outDir], { PATH_PREFIX: s.pathPrefix });
    if (result.status !== 0) throw new Error(`Building the "${name}" test site failed:\n${result.stderr || result.stdout}`);
  }
}
