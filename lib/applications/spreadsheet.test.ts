import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseCell, parseCsv, parseXlsx, toCsv, toXlsx } from "./spreadsheet";

describe("exports safe against formula injection", () => {
  it("prefixes a single quote to text starting with = + - @ tab or CR", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutraliseCell(`${start}HYPERLINK("x")`)).toBe(`'${start}HYPERLINK("x")`);
    expect(neutraliseCell("Nadia")).toBe("Nadia");
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(null)).toBeNull();
  });

  it("writes RFC 4180 CSV with every text cell neutralised", () => {
    const csv = toCsv({ headers: ["Name", "Note"], rows: [["=SUM(1+1)", 'said "hi", twice'], ["Line\nbreak", null]] });
    expect(csv).toBe('\uFEFFName,Note\r\n\'=SUM(1+1),"said ""hi"", twice"\r\n"Line\nbreak",\r\n');
  });

  it("reads back what it writes", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const safe = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
        const parsed = parseCsv(toCsv({ headers: ["a", "b"], rows }));
        const expected = [["a", "b"], ...safe].filter((r) => r.some((c) => c.trim() !== ""));
        expect(parsed).toEqual(expected);
      }),
    );
  });

  it("writes an .xlsx workbook whose cells are neutralised too, and reads it back", async () => {
    const buffer = await toXlsx({ headers: ["Name", "Years"], rows: [["@cmd", 4], ["Ana", null]] });
    expect(buffer.subarray(0, 2).toString()).toBe("PK");
    expect(await parseXlsx(buffer)).toEqual([
      ["Name", "Years"],
      ["'@cmd", "4"],
      ["Ana", ""],
    ]);
  });
});
