import { describe, expect, it } from "vitest";
import { dateView, dayView, htmlDatetime, timelineKey } from "../../../engine/site/dates.ts";

describe("htmlDatetime", () => {
  it.each(["2017", "2017-05", "2017-05-14"])("gives %s, an exact year, month or day, as its own datetime", (value) => {
    expect(htmlDatetime(value)).toBe(value);
  });

  it.each(["2019-36", "2017~", "2012?", "2017-05-XX", "201X", "2017-13"])("gives %s no datetime, since HTML would read it as more precise than it is", (value) => {
    expect(htmlDatetime(value)).toBeUndefined();
  });
});

describe("dateView", () => {
  it.each([
    ["2017-05", "May 2017"],
    ["2019-36", "late 2019"],
    ["2020~", "c. 2020"],
    ["2012?", "2012 (uncertain)"],
  ])("shows %s as “%s”", (value, label) => {
    expect(dateView(value).label).toBe(label);
  });

  it("splits an interval into its two ends, each a time when it is exact", () => {
    expect(dateView("2017-05/2020-10").parts).toEqual([
      { text: "May 2017", datetime: "2017-05" },
      { text: " – " },
      { text: "October 2020", datetime: "2020-10" },
    ]);
  });

  it("says “until” and “since” for an interval with an open end", () => {
    expect(dateView("../2020").parts).toEqual([{ text: "until " }, { text: "2020", datetime: "2020" }]);
    expect(dateView("2017-05/..").parts).toEqual([{ text: "since " }, { text: "May 2017", datetime: "2017-05" }]);
  });

  it("keeps an approximate date's words but gives it no datetime", () => {
    expect(dateView("2020~").parts).toEqual([{ text: "c. 2020" }]);
  });

  it("carries how an inferred date was worked out", () => {
    expect(dateView("2020", "three years after 2017").inferred).toBe("three years after 2017");
    expect(dateView("2020")).not.toHaveProperty("inferred");
  });

  it("shows a day in words with its datetime", () => {
    expect(dayView("2026-11-27")).toEqual({ label: "27 November 2026", parts: [{ text: "27 November 2026", datetime: "2026-11-27" }] });
  });
});

describe("timelineKey", () => {
  it("places a date known only by its year after a month early in that year, and undated facts last", () => {
    const sorted = ["2017", undefined, "2017-05", "2016/2017-05", "2020"].sort((a, b) => timelineKey(a) - timelineKey(b));
    expect(sorted).toEqual(["2016/2017-05", "2017-05", "2017", "2020", undefined]);
  });

  it("orders an interval open at one end by the end it has", () => {
    expect(timelineKey("../2018")).toBeLessThan(timelineKey("2019"));
    expect(timelineKey("2018/..")).toBeLessThan(timelineKey("2019"));
  });
});
