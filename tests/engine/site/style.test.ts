import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadStyle, minifyCss, STYLE_FILE, styleHash } from "../../../engine/site/style.ts";
import { contentSecurityPolicy, contentSecurityPolicyHeader } from "../../../engine/site/csp.ts";

describe("the inlined stylesheet", () => {
  it("drops comments and spare whitespace but keeps strings and descendant combinators", () => {
    expect(minifyCss('/* note */\na  b ,\n c > d {\n  content: " <" ;\n  color: red;\n}\n')).toBe('a b,c>d{content:" <";color:red}');
  });

  it("is hashed over exactly the text that is inlined", () => {
    const { css, hash } = loadStyle();
    expect(hash).toBe(`'sha256-${createHash("sha256").update(css).digest("base64")}'`);
    expect(styleHash(css + " ")).not.toBe(hash);
  });

  it("is the minified layouts/style.css", () => {
    expect(loadStyle().css).toBe(minifyCss(readFileSync(STYLE_FILE, "utf8")));
  });

  it("stays small, since every page carries it", () => {
    expect(Buffer.byteLength(loadStyle().css)).toBeLessThan(6000);
  });

  it("declares light and dark colours, print rules, and a font stack with Arabic and CJK faces", () => {
    const { css } = loadStyle();
    expect(css).toContain("prefers-color-scheme:dark");
    expect(css).toContain("@media print");
    expect(css).toMatch(/"Noto Sans Arabic"/);
    expect(css).toMatch(/"Noto Sans CJK SC"/);
    expect(css).toContain("overflow-wrap:anywhere");
  });
});

describe("the Content-Security-Policy", () => {
  it("allows only the site itself and the one stylesheet", () => {
    expect(contentSecurityPolicy("'sha256-abc'")).toBe("default-src 'none'; style-src 'sha256-abc'; img-src 'self' data:; base-uri 'none'; form-action 'self'");
  });

  it("adds frame-ancestors only in the header form, where browsers honour it", () => {
    expect(contentSecurityPolicy("'sha256-abc'")).not.toContain("frame-ancestors");
    expect(contentSecurityPolicyHeader("'sha256-abc'")).toMatch(/; frame-ancestors 'none'$/);
  });
});
