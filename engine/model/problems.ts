/**
 * Problems found in content, gathered so that one report lists every one of them at once.
 */
import type { z } from "zod";
import { closest } from "./suggest.ts";

export interface Problem {
  /** File the problem is in, relative to the project root. */
  file: string;
  /** Field path inside the record, e.g. `claims[2].citations[0].quote`. Empty for the whole file. */
  path: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix?: string;
}

/** Writes a zod path the way an author reads it: `claims[2].citations[0].quote`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Reads the value at a path, to say what the author wrote. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Known field names of the object at `path`, for "did you mean" hints on unknown fields. */
type FieldsAt = (path: readonly PropertyKey[]) => string[];

/** Turns zod's issues into problems an author can act on: what is wrong, and how to fix it. */
export function problemsFromZod(file: string, input: unknown, error: z.ZodError, fieldsAt?: FieldsAt): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = formatPath(issue.path);
    switch (issue.code) {
      case "unrecognized_keys": {
        for (const key of issue.keys) {
          const known = fieldsAt?.(issue.path) ?? [];
          const near = closest(key, known, 1, Math.max(2, Math.floor(key.length / 3)))[0];
          problems.push({
            file,
            path: formatPath([...issue.path, key]),
            message: `unknown field "${key}"`,
            fix: near ? `did you mean "${near}"? Otherwise remove it.` : `remove it; the fields allowed here are: ${known.join(", ")}`,
          });
        }
        break;
      }
      case "invalid_type": {
        const got = valueAt(input, issue.path);
        if (got === undefined) {
          problems.push({ file, path, message: "is required but missing", fix: `add it (${issue.expected === "array" ? "a list" : `a ${issue.expected}`})` });
        } else {
          problems.push({ file, path, message: `should be ${issue.expected === "array" ? "a list" : `a ${issue.expected}`}, not ${describe(got)}` });
        }
        break;
      }
      case "invalid_value": {
        const got = valueAt(input, issue.path);
        const allowed = issue.values.map((v) => JSON.stringify(v));
        const near = typeof got === "string" ? closest(got, issue.values.map(String), 1)[0] : undefined;
        problems.push({
          file,
          path,
          message: `${describe(got)} is not allowed here`,
          fix: near ? `did you mean "${near}"? Allowed: ${allowed.join(", ")}` : `use one of: ${allowed.join(", ")}`,
        });
        break;
      }
      case "invalid_union": {
        if (path === "" || path === "kind") {
          problems.push({ file, path: "kind", message: "is not a record kind", fix: 'write the record with person(), place(), organization() or source() from engine/define.ts' });
        } else {
          problems.push({ file, path, message: `${describe(valueAt(input, issue.path))} is not a valid value here` , fix: "give a record id, or { label: \"…\" } for someone the source does not name" });
        }
        break;
      }
      default:
        problems.push({ file, path, message: issue.message });
    }
  }
  return problems;
}

/** One report of every problem, grouped by file, with no stack trace. */
export function formatReport(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  const lines = [`The archive was not built: ${count} in ${byFile.size === 1 ? "1 file" : `${byFile.size} files`}. Nothing was written.`, ""];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(file);
    for (const p of list) {
      lines.push(`  ✖ ${p.path ? `${p.path}: ` : ""}${p.message}`);
      if (p.fix) lines.push(`    fix: ${p.fix}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** Thrown by the loader when content has problems; carries them all. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(formatReport(problems));
    this.name = "ContentError";
  }
}
