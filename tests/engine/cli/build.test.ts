/**
 * The build command on broken input: one report naming the file, exit code 1, no stack trace, and the
 * previous site left exactly as it was. Runs the real command on a copy of the real archive.
 */
import { cp, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { runBuild } from "../../support/cli.ts";
import { ROOT } from "../../support/sites.ts";

const WORK = path.join(ROOT, "tmp", "cli-test");
const ARCHIVE = path.join(WORK, "archive");
const OUT = path.join(WORK, "site");
const MARKER = path.join(OUT, "previous-build.txt");

/** A copy of the real archive (content and seeds), and a "previous build" that must survive. */
beforeEach(async () => {
  await rm(WORK, { recursive: true, force: true });
  await mkdir(ARCHIVE, { recursive: true });
  await cp(path.join(ROOT, "content"), path.join(ARCHIVE, "content"), { recursive: true });
  await cp(path.join(ROOT, "seeds"), path.join(ARCHIVE, "seeds"), { recursive: true });
  // Content files import the engine by relative path (../../engine/define.ts).
  await symlink(path.join(ROOT, "engine"), path.join(ARCHIVE, "engine"));
  await mkdir(OUT, { recursive: true });
  await writeFile(MARKER, "the site as it was");
});

const build = () => runBuild(["--archive", ARCHIVE, "--out", OUT]);

async function edit(file: string, change: (text: string) => string) {
  const full = path.join(ARCHIVE, file);
  await writeFile(full, change(await readFile(full, "utf8")));
}

function expectRefused(result: ReturnType<typeof build>, ...mentions: string[]) {
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/^The archive was not built: /);
  for (const m of mentions) expect(result.stderr).toContain(m);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(existsSync(MARKER)).toBe(true);
  expect(existsSync(path.join(OUT, "index.html"))).toBe(false);
}

describe("npm run build", () => {
  it("builds the copied archive into the output folder, replacing the previous build", () => {
    const result = build();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(existsSync(path.join(OUT, "people", "bikamal-kaken", "index.html"))).toBe(true);
    expect(existsSync(MARKER)).toBe(false);
  });

  it("refuses a content file with a syntax error, naming the file", async () => {
    await edit("content/people/gu-ming.ts", (t) => t.replace("export default person({", "export default person({{"));
    expectRefused(build(), "content/people/gu-ming.ts", "cannot be read");
  });

  it("refuses a quote that is not in the article, naming file and field", async () => {
    await edit("content/people/adilgazy-muqai.ts", (t) => t.replace("47-year-old Muqai", "48-year-old Muqai"));
    expectRefused(build(), "content/people/adilgazy-muqai.ts", 'claims[0].citations[0].quote: "48-year-old Muqai" is not in the text of source');
  });

  it("refuses a dangling reference, suggesting the closest id", async () => {
    await edit("content/places/uzynagash.ts", (t) => t.replace('to: "kazakhstan"', 'to: "kazakstan"'));
    expectRefused(build(), "content/places/uzynagash.ts", 'refers to "kazakstan", which does not exist', 'did you mean "kazakhstan"?');
  });

  it("refuses a seed that was edited, naming the source record", async () => {
    await edit("seeds/japantimes-2020-10-24-kazakhs-despair-xinjiang.txt", (t) => t.replace("nine-year prison sentence", "ten-year prison sentence"));
    expectRefused(build(), "content/sources/japantimes-2020-10-24-kazakhs-despair.ts", "seed.sha256", "has changed");
  });

  it("refuses a missing seed", async () => {
    await rm(path.join(ARCHIVE, "seeds"), { recursive: true });
    expectRefused(build(), "does not exist");
  });
});
