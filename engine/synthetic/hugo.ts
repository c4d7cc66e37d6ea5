/**
 * The same archive as a Hugo site, for the benchmark's comparison: one Markdown file per public record
 * (front matter: title, description, other names, and the claims as a list, each with its date and
 * citation), and a minimal template (baseof, single, list). Hugo is what a team would pick for raw
 * speed; this is the fairest small Hugo site that shows the same facts on the same number of pages.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { RecordInput } from "../model/schema.ts";
import { KIND_FOLDERS } from "../model/validate.ts";
import type { SyntheticArchive } from "./archive.ts";

const LAYOUTS: Record<string, string> = {
  "_default/baseof.html": `<!doctype html>
<html lang="{{ site.LanguageCode }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} — {{ site.Title }}</title><meta name="description" content="{{ .Description }}"></head>
<body><header><a href="{{ site.BaseURL }}">{{ site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main></body>
</html>
`,
  "_default/single.html": `{{ define "main" }}<h1>{{ .Title }}</h1>
<p>{{ .Description }}</p>
{{ with .Params.names }}<ul class="names">{{ range . }}<li lang="{{ .lang }}">{{ .name }}</li>{{ end }}</ul>{{ end }}
{{ with .Params.claims }}<ol class="claims">{{ range . }}<li id="{{ .id }}">{{ with .date }}<time>{{ . }}</time> {{ end }}{{ .text | markdownify }} <q>{{ .quote }}</q> <cite>{{ .source }}</cite></li>{{ end }}</ol>{{ end }}
{{ .Content }}
{{ end }}
`,
  "_default/list.html": `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Description }}</li>{{ end }}</ul>
{{ end }}
`,
};

const yaml = (value: unknown) => JSON.stringify(value);

/** The Markdown file of one record. */
function page(r: RecordInput): string {
  const lines = ["---", `title: ${yaml(r.kind === "source" ? r.title : r.name)}`, `description: ${yaml(r.description ?? "")}`];
  if (r.kind !== "source") {
    const names = (r.otherNames ?? []).filter((n) => n.visibility !== "withheld");
    if (names.length) {
      lines.push("names:");
      for (const n of names) lines.push(`  - name: ${yaml(n.name)}`, `    lang: ${yaml(n.lang)}`);
    }
    const claims = (r.claims ?? []).filter((c) => c.visibility !== "withheld");
    if (claims.length) {
      lines.push("claims:");
      for (const c of claims) {
        lines.push(`  - id: ${yaml(c.id)}`, `    text: ${yaml(c.text)}`);
        if (c.date) lines.push(`    date: ${yaml(c.date)}`);
        lines.push(`    quote: ${yaml(c.citations[0]?.quote ?? "")}`, `    source: ${yaml(c.citations[0]?.source ?? "")}`);
      }
    }
  }
  lines.push("---", "", r.description ?? "", "");
  return lines.join("\n");
}

/**
 * Writes the Hugo site of an archive's public records into `dir` (replacing it). Returns the number
 * of record pages.
 */
export function writeHugoSite(dir: string, archive: SyntheticArchive): number {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(LAYOUTS)) {
    mkdirSync(path.dirname(path.join(dir, "layouts", file)), { recursive: true });
    writeFileSync(path.join(dir, "layouts", file), text);
  }
  writeFileSync(
    path.join(dir, "hugo.toml"),
    [`baseURL = ${yaml(archive.config.url + "/")}`, `title = ${yaml(archive.config.title)}`, `languageCode = "en"`, `disableKinds = ["taxonomy", "term", "RSS"]`, ""].join("\n"),
  );
  let pages = 0;
  for (const folder of Object.values(KIND_FOLDERS)) mkdirSync(path.join(dir, "content", folder), { recursive: true });
  for (const r of archive.records) {
    if (r.visibility === "withheld") continue;
    writeFileSync(path.join(dir, "content", KIND_FOLDERS[r.kind], `${r.id}.md`), page(r));
    pages += 1;
  }
  return pages;
}
