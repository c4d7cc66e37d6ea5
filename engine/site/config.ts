/**
 * The archive's site settings: its name, where it is hosted, and under which path. Read from
 * `content/_config.ts`; `SITE_URL` and `PATH_PREFIX` in the environment override them for a deploy.
 */
import { z } from "zod";

export const siteConfig = z.strictObject({
  /** The archive's name, shown on every page. */
  title: z.string().trim().min(1),
  /** One or two sentences: what the archive is. */
  description: z.string().trim().min(1),
  /** Absolute address of the site's root, without the path prefix. @example "https://archive.example.org" */
  url: z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, "")),
  /** Path the site is served under. @example "/" @example "/archive/" */
  pathPrefix: z
    .string()
    .default("/")
    .transform((p) => `/${p.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/")),
  /** Language of the archive's own text (BCP 47). */
  language: z.string().default("en"),
});
export type SiteConfigInput = z.input<typeof siteConfig>;
export type SiteConfig = z.output<typeof siteConfig>;

/** Typed helper for `content/_config.ts`. */
export const defineSite = (config: SiteConfigInput): SiteConfigInput => config;

/** The settings with the environment's overrides (SITE_URL, PATH_PREFIX) applied, not yet validated. */
export function withEnvironment(input: SiteConfigInput, env: NodeJS.ProcessEnv = process.env): SiteConfigInput {
  return {
    ...input,
    ...(env.SITE_URL ? { url: env.SITE_URL } : {}),
    ...(env.PATH_PREFIX ? { pathPrefix: env.PATH_PREFIX } : {}),
  };
}

/** Applies environment overrides and validates; throws on invalid settings (for code, not content). */
export function resolveSiteConfig(input: SiteConfigInput, env: NodeJS.ProcessEnv = process.env): SiteConfig {
  return siteConfig.parse(withEnvironment(input, env));
}
