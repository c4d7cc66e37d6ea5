/** The HTML pages of a built site, as the paths a browser asks for. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { listFiles } from "../output.ts";

export interface SitePage {
  /** Root-relative path without the prefix: "/people/bikamal-kaken/", "/404.html". */
  path: string;
  file: string;
  redirect: boolean;
}

export function htmlPages(outDir: string): SitePage[] {
  return listFiles(outDir)
    .filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"))
    .map((f) => {
      const file = path.join(outDir, f);
      const redirect = /http-equiv="refresh"/.test(readFileSync(file, "utf8"));
      const p = "/" + f.replace(/(^|\/)index\.html$/, "$1");
      return { path: p, file, redirect };
    });
}
