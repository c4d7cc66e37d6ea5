/** The W3C Nu Html Checker (vnu.jar, from the vnu-jar package; needs Java) over files or folders. */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const VNU = require("vnu-jar") as string;

/** Every error (warnings left out), as "file:line: message". */
export function htmlErrors(targets: string[], root: string): string[] {
  const result = spawnSync("java", ["-jar", VNU, "--errors-only", "--format", "json", "--skip-non-html", ...targets], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`Cannot run the Nu Html Checker: ${result.error.message} (install a Java runtime: apt-get install default-jre-headless)`);
  const report = JSON.parse(result.stderr || result.stdout) as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
  return report.messages
    .filter((m) => m.type === "error" || m.type === "non-document-error")
    .map((m) => `${m.url ? path.relative(root, new URL(m.url).pathname) : "?"}:${m.lastLine ?? "?"}: ${m.message}`);
}
