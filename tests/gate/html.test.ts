/** HTML validity: every page of the built sites passes the W3C Nu Html Checker with 0 errors. */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { htmlErrors } from "../support/gate/vnu.ts";
import { htmlPages } from "../support/gate/pages.ts";
import { ROOT, SITES } from "../support/sites.ts";

describe("the Nu Html Checker", () => {
  it.each(["real", "prefixed", "privacy"] as const)("finds no error in any page of the %s site", (name) => {
    const files = htmlPages(SITES[name].outDir).map((p) => p.file);
    expect(files.length).toBeGreaterThan(3);
    expect(htmlErrors(files, SITES[name].outDir)).toEqual([]);
  });

  it("reports an invalid page with file, line and message", async () => {
    const original = await readFile(path.join(SITES.real.outDir, "people/bikamal-kaken/index.html"), "utf8");
    const dir = path.join(ROOT, "tmp", "gate-html");
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, "broken.html");
    await writeFile(file, original.replace("</main>", '<p id="main">duplicate id</p><ul><p>not a list item</p></ul></main>'));
    const errors = htmlErrors([file], dir);
    expect(errors).toEqual(
      expect.arrayContaining([expect.stringMatching(/^broken\.html:\d+: Duplicate ID “main”\.$/), expect.stringMatching(/^broken\.html:\d+: Element “p” not allowed as child of element “ul”/)]),
    );
  });
});
