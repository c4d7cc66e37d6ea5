import { describe, expect, it } from "vitest";
import { dateSortKey, formatDate, parseDate } from "../../../engine/model/dates.ts";

describe("parseDate", () => {
  it.each(["2017", "2017-05", "2017-05-14", "2019-36", "2017~", "2012?", "2017-05/2020-10", "../2020", "2017-05-XX"])("accepts the EDTF date %s", (value) => {
    expect(parseDate(value).ok).toBe(true);
  });

  it("refuses a month that does not exist, naming it", () => {
    expect(parseDate("2017-13")).toEqual({ ok: false, message: expect.stringContaining('"2017-13" has no month 13') });
  });

  it("refuses an interval that ends before it starts", () => {
    expect(parseDate("2018/2017")).toEqual({ ok: false, message: '"2018/2017" ends before it starts; put the earlier date first' });
  });

  it("refuses a day that does not exist in its month", () => {
    const parsed = parseDate("2019-02-30");
    expect(parsed.ok).toBe(false);
  });

  it("refuses text that is not a date, with examples of what is", () => {
    const parsed = parseDate("last spring");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('"2019-36" (late 2019)');
  });
});

describe("formatDate", () => {
  it.each([
    ["2017", "2017"],
    ["2017-05", "May 2017"],
    ["2017-05-14", "14 May 2017"],
    ["2019-36", "late 2019"],
    ["2019-33", "early 2019"],
    ["2019-35", "July–September 2019"],
    ["2020~", "c. 2020"],
    ["2012?", "2012 (uncertain)"],
    ["2017-05/2020-10", "May 2017 – October 2020"],
    ["../2020", "until 2020"],
  ])("shows %s as “%s”", (value, shown) => {
    expect(formatDate(value)).toBe(shown);
  });
});

describe("dateSortKey", () => {
  it("orders imprecise dates by their earliest moment, undated last", () => {
    const sorted = ["2020-02", undefined, "2017", "2019-36", "2017-05"].sort((a, b) => dateSortKey(a) - dateSortKey(b));
    expect(sorted).toEqual(["2017", "2017-05", "2019-36", "2020-02", undefined]);
  });
});
