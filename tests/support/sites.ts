/**
 * The sites the build and browser tests read, built once per test run by `global-setup.ts`:
 * the real content at the root, the real content under a path prefix, and the privacy fixture.
 * Each archive folder holds its own content/ and seeds/.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SITES_DIR = path.join(ROOT, "tmp", "test-sites");

export const SITES = {
  /** The real content, served at `/`. */
  real: { outDir: path.join(SITES_DIR, "real"), archiveRoot: ROOT, pathPrefix: "/" },
  /** The real content, built to be served under `/archive/`. */
  prefixed: { outDir: path.join(SITES_DIR, "prefixed"), archiveRoot: ROOT, pathPrefix: "/archive/" },
  /** A fixture archive full of withheld records, names, claims and relations. */
  privacy: { outDir: path.join(SITES_DIR, "privacy"), archiveRoot: path.join(ROOT, "tests", "fixtures", "privacy"), pathPrefix: "/" },
} as const;
export type SiteName = keyof typeof SITES;
