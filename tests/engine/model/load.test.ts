import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../../engine/model/load.ts";

/** Writes files into a fresh project folder and loads its content/. */
async function loadFiles(contents: Record<string, string>) {
  const root = await mkdtemp(path.join(os.tmpdir(), "archive-load-"));
  for (const [file, text] of Object.entries(contents)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return loadContent(root);
}

describe("loadContent", () => {
  it("loads each record file's default export", async () => {
    const { files, problems } = await loadFiles({ "content/people/a.ts": 'export default { kind: "person", id: "a" };' });
    expect(problems).toEqual([]);
    expect(files).toEqual([{ file: "content/people/a.ts", exported: { kind: "person", id: "a" } }]);
  });

  it("skips settings files whose names start with an underscore", async () => {
    const { files } = await loadFiles({ "content/_config.ts": "export default {};", "content/people/a.ts": "export default {};" });
    expect(files.map((f) => f.file)).toEqual(["content/people/a.ts"]);
  });

  it("reports a syntax error with its place, and goes on to the other files", async () => {
    const { files, problems } = await loadFiles({ "content/people/broken.ts": "export default person({ id: 'x', ", "content/people/b.ts": "export default {};" });
    expect(files.map((f) => f.file)).toEqual(["content/people/b.ts"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "content/people/broken.ts", path: "", message: expect.stringMatching(/^cannot be read: /), fix: "fix the TypeScript syntax at the place named (your editor underlines it)" });
    expect(problems[0]!.message).not.toMatch(/\n|    at /);
  });

  it("reports a file that throws when loaded", async () => {
    const { problems } = await loadFiles({ "content/people/throws.ts": 'throw new Error("no such thing");' });
    expect(problems).toEqual([
      { file: "content/people/throws.ts", path: "", message: "throws when loaded: no such thing", fix: "a content file only describes a record; remove the code that fails" },
    ]);
  });

  it("reports a file that exports no record", async () => {
    const { problems } = await loadFiles({ "content/people/empty.ts": "export const x = 1;" });
    expect(problems).toEqual([
      { file: "content/people/empty.ts", path: "", message: "exports no record", fix: "end the file with `export default person({ … })` (or place, organization, source)" },
    ]);
  });
});
