/**
 * From `content/` to the site model: load every file, validate everything, and build the public model.
 * Problems in content come back together as one `ContentError`.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describeError, loadContent } from "../model/load.ts";
import { ContentError, problemsFromZod, type Problem } from "../model/problems.ts";
import { validateArchive, type Archive } from "../model/validate.ts";
import { siteConfig, withEnvironment, type SiteConfig, type SiteConfigInput } from "../site/config.ts";
import { buildSite, type Site } from "../site/model.ts";

export interface LoadOptions {
  /** Project root: where `layouts/` and `eleventy.config.ts` are. */
  root: string;
  /** The archive's folder, where `content/` and `seeds/` are; defaults to `root`. */
  archiveRoot?: string;
  /** The content folder; defaults to `<archiveRoot>/content`. */
  contentDir?: string;
  /** Settings that override `content/_config.ts` (tests use this for a path prefix). */
  configOverrides?: Partial<SiteConfigInput>;
  /** Environment for SITE_URL / PATH_PREFIX overrides. */
  env?: NodeJS.ProcessEnv;
}

async function loadConfig(root: string, contentDir: string, options: LoadOptions): Promise<{ config?: SiteConfig; problems: Problem[] }> {
  const absolute = path.join(contentDir, "_config.ts");
  const file = path.relative(root, absolute).split(path.sep).join("/");
  let input: SiteConfigInput;
  try {
    input = ((await import(pathToFileURL(absolute).href)) as { default: SiteConfigInput }).default;
  } catch (error) {
    return { problems: [{ file, path: "", message: `cannot be loaded: ${describeError(error, root)}`, fix: "create it with `export default defineSite({ title, description, url })`" }] };
  }
  // Overrides are applied before the one validation, so a bad SITE_URL is reported like a bad setting.
  const merged = withEnvironment({ ...input, ...options.configOverrides }, options.env ?? process.env);
  const checked = siteConfig.safeParse(merged);
  if (!checked.success) return { problems: problemsFromZod(file, merged, checked.error) };
  return { config: checked.data, problems: [] };
}

/** Loads and validates the archive; throws `ContentError` listing every problem. */
export async function loadArchive(options: LoadOptions): Promise<{ archive: Archive; config: SiteConfig; site: Site }> {
  const root = options.archiveRoot ?? options.root;
  const contentDir = options.contentDir ?? path.join(root, "content");
  const [{ files, problems }, configResult] = await Promise.all([loadContent(root, contentDir), loadConfig(root, contentDir, options)]);
  const validated = await validateArchive(root, files, problems.map((p) => p.file));
  const all = [...configResult.problems, ...problems, ...validated.problems];
  if (all.length > 0 || !validated.archive || !configResult.config) throw new ContentError(all);
  const site = buildSite(validated.archive, configResult.config);
  return { archive: validated.archive, config: configResult.config, site };
}
