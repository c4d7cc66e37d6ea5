/** The part of Eleventy's configuration API that `eleventy.config.ts` uses (Eleventy ships no declarations). */
export interface UserConfig {
  addExtension(extensions: string[], options: { key: string }): void;
  setTemplateFormats(formats: string[]): void;
  setQuietMode(quiet: boolean): void;
  addGlobalData(name: string, value: unknown): void;
  addPassthroughCopy(path: string | Record<string, string>): void;
}
