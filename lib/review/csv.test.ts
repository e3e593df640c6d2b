import { describe, expect, it } from "vitest";
import { csvCell, parseCsv, toCsv } from "./csv";

describe("parseCsv", () => {
  it("reads quotes, doubled quotes, line breaks in quotes, CRLF and a BOM", () => {
    expect(parseCsv('\uFEFFref,comment\r\nCPI27-0001,"Strong, clear ""idea""\nsecond line"\r\n\r\nCPI27-0002,ok')).toEqual([
      ["ref", "comment"],
      ["CPI27-0001", 'Strong, clear "idea"\nsecond line'],
      ["CPI27-0002", "ok"],
    ]);
  });
  it("reads semicolon-separated files from spreadsheets set to a comma decimal", () => {
    expect(parseCsv("ref;potential\nA;7,5")).toEqual([["ref", "potential"], ["A", "7,5"]]);
  });
});

describe("csvCell", () => {
  it("defuses formulas and quotes separators", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const start of ["+1", "-1+1", "@SUM(A1)", "\tx"]) expect(csvCell(start).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell(-3.5)).toBe("-3.5");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell(null)).toBe("");
  });
  it("round-trips through parseCsv", () => {
    const rows = [["name", "note"], ["Ana", 'said "hi", left']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
