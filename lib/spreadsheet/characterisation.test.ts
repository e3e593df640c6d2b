import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAttendanceSheet } from "@/lib/attendance/csv";
import { validateImportRows as validateAlumni } from "@/lib/alumni/import";
import { validateImportRows } from "@/lib/applications/import-rows";
import { genderMappings, readGenderWord } from "./gender-words";
import {
  decodeText,
  isBlankRow,
  parseCsvText,
  parseXlsxBytes,
  readSpreadsheet,
  rowProblems,
  SPREADSHEET_LIMITS,
} from "./read";
import { neutraliseCell, toCsv, toXlsx, type Cell } from "./write";

/**
 * The characterisation tests of issue 11, now on the single module. Each block first recorded what the
 * copies did (see the commit "Characterisation tests (@truth)…": two hand-written CSV parsers that
 * split ";" differently and read no tab, mojibake for Windows-1252 and UTF-16, three XLSX readers that
 * wrote a date three ways, two writers that quoted ";" differently, non_binary read as "Another").
 */

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("S");
  sheet.addRow(["name", "when", "sum"]);
  sheet.addRow(["Ana", new Date(Date.UTC(2024, 2, 5)), { formula: "1+1", result: 2 }]);
  sheet.addRow(["Bo", null, null, "extra"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const latin1 = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));
const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
const utf16be = (text: string) => new Uint8Array([0xfe, 0xff, ...[...text].flatMap((c) => [0, c.charCodeAt(0)])]);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("one CSV reader @truth", () => {
  it("guesses the delimiter: comma, semicolon, tab", () => {
    expect(parseCsvText("ref;score\nA;7,5")).toEqual([
      ["ref", "score"],
      ["A", "7,5"],
    ]);
    expect(parseCsvText("a\tb\n1\t2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseCsvText('ref,comment\r\nCPI27-0001,"Strong; clear ""idea""\nsecond line"')).toEqual([
      ["ref", "comment"],
      ["CPI27-0001", 'Strong; clear "idea"\nsecond line'],
    ]);
    // A delimiter inside a quoted field is text, not a delimiter (fast-check found papaparse's guess split here).
    expect(parseCsvText('a,b\r\n,";;"\r\n')).toEqual([
      ["a", "b"],
      ["", ";;"],
    ]);
    expect(parseCsvText('x|y\n"1,2;3"|"4\t5"\n')).toEqual([
      ["x", "y"],
      ["1,2;3", "4\t5"],
    ]);
    expect(parseCsvText("name\nAlice")).toEqual([["name"], ["Alice"]]);
  });
  it("reads the encodings people send", () => {
    for (const bytes of [
      latin1("name\nCafé"),
      utf8("\uFEFFname\nCafé"),
      utf8("name\nCafé"),
      utf16le("name\nCafé"),
      utf16be("name\nCafé"),
    ])
      expect(parseCsvText(decodeText(bytes))).toEqual([["name"], ["Café"]]);
    expect(decodeText(latin1("\x80 5"))).toBe("€ 5");
  });
  it("keeps blank rows in place, so row numbers are the spreadsheet's", async () => {
    const sheet = await readSpreadsheet(utf8("email\n\nana@example.org\n\n\n"));
    expect(sheet.rows).toEqual([[""], ["ana@example.org"]]);
    expect(sheet.rows.map(isBlankRow)).toEqual([true, false]);
    expect(rowProblems([3], "No email.")).toBe("Row 3 has a problem: No email.");
    expect(rowProblems([3, 4, 9], "No email.")).toBe("Rows 3, 4, 9 have problems; row 3: No email.");
    expect(rowProblems([1, 2, 3, 4], "No email.", 2)).toBe("Rows 1, 2, … have problems; row 1: No email.");
  });
  it("the attendance report reads through it, tab included", async () => {
    for (const text of [
      "Email;Duration\nana@example.org;40",
      "Email\tDuration\nana@example.org\t40",
      "Email,Duration\nana@example.org,40",
    ]) {
      expect([...parseAttendanceSheet(await readSpreadsheet(utf8(text))).minutesByEmail]).toEqual([
        ["ana@example.org", 40],
      ]);
    }
  });
});

describe("one XLSX reader @truth", () => {
  it("dates as YYYY-MM-DD, formulas by their result, every row as wide as the sheet", async () => {
    expect(await parseXlsxBytes(await workbook())).toEqual([
      ["name", "when", "sum", ""],
      ["Ana", "2024-03-05", "2", ""],
      ["Bo", "", "", "extra"],
    ]);
    expect(await readSpreadsheet(new Uint8Array(await workbook()))).toMatchObject({
      format: "xlsx",
      header: ["name", "when", "sum", ""],
    });
  });
});

describe("one size and type policy @truth", () => {
  it("refuses what is neither CSV nor XLSX, an empty file, and more rows than the limit, with sentences", async () => {
    await expect(readSpreadsheet(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).rejects.toMatchObject({
      code: "validation",
      message: expect.stringContaining("neither a CSV nor an Excel"),
    });
    await expect(readSpreadsheet(new Uint8Array())).rejects.toMatchObject({ message: "The file is empty." });
    const many = `email\n${"a@example.org\n".repeat(SPREADSHEET_LIMITS.maxRows + 1)}`;
    await expect(readSpreadsheet(utf8(many))).rejects.toMatchObject({
      code: "too_large",
      message: expect.stringContaining(`at most ${SPREADSHEET_LIMITS.maxRows} rows`),
    });
    await expect(readSpreadsheet(new Uint8Array(SPREADSHEET_LIMITS.maxBytes + 1).fill(0x61))).rejects.toMatchObject({
      code: "too_large",
    });
  });
});

describe("one formula-safe writer @truth", () => {
  it("quotes every delimiter the reader may guess, and neutralises formulas in text only", () => {
    expect(toCsv([["a"], ["x;y"], ["t\tu"]])).toBe('\uFEFFa\r\n"x;y"\r\n"t\tu"\r\n');
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutraliseCell(`${start}1`)).toBe(`'${start}1`);
    expect(toCsv([[-5, "-5", null, undefined, Number.NaN]])).toBe("\uFEFF-5,'-5,,,\r\n");
  });

  const cell = fc.oneof(
    fc.string({ maxLength: 10 }),
    fc.constantFrom("=SUM(A1)", "a,b", "x;y", "t\tu", 'q"q', "l\nm", "-3", "@x", "Café", "여성"),
  );
  const table = fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 8 });
  // What a reader sees: neutralised text, trailing blank rows gone.
  const seen = (rows: string[][]) => {
    const out = [["a", "b"], ...rows.map((r) => r.map((c) => String(neutraliseCell(c) ?? "")))];
    while (out.length && isBlankRow(out[out.length - 1]!)) out.pop();
    return out;
  };

  it("CSV reads back what it writes, whatever the cells (property)", () => {
    fc.assert(
      fc.property(table, (rows) => {
        expect(parseCsvText(decodeText(utf8(toCsv([["a", "b"], ...rows]))))).toEqual(seen(rows));
      }),
      { numRuns: 2000 },
    );
  });

  it("XLSX reads back what it writes (property)", async () => {
    await fc.assert(
      fc.asyncProperty(table, async (rows) => {
        const read = await parseXlsxBytes(
          new Uint8Array(await toXlsx([{ name: "S", rows: [["a", "b"], ...rows] as Cell[][] }])),
        );
        expect(read).toEqual(seen(rows).map((r) => r.map((c) => c.replace(/\r\n?/g, "\n"))));
      }),
      { numRuns: 30 },
    );
  });
});

describe("one reading of gender words @truth", () => {
  const context = {
    form: { questions: [] },
    timeZone: "UTC",
    tracks: [],
    emailsWithApplication: new Set<string>(),
    existingReferences: new Set<string>(),
  };
  const importGender = (word: string) => {
    const { rows } = validateImportRows([["a@example.org", "A", word]], ["email", "name", "gender"], context as never);
    return [rows[0]!.gender, rows[0]!.genderOther];
  };
  it("the app's own spelling non_binary is non-binary, in both imports", () => {
    for (const word of ["non_binary", "non-binary", "Non binary", "NONBINARY", "nb", "non-binaire"])
      expect(importGender(word)).toEqual(["non_binary", null]);
    const alumni = validateAlumni(
      {
        header: ["name", "email", "country", "gender", "programme", "cohort year"],
        rows: [["A", "a@example.org", "KR", "non_binary", "p", "2020"]],
      },
      [{ id: "p1", slug: "p", title: "P" }],
      { currentYear: 2026 },
    );
    expect(alumni.valid[0]).toMatchObject({ gender: "non_binary", genderOther: null });
  });
  it("common words in any usual spelling or language map to the app's values; the rest is kept in the person's words", () => {
    const cases: [string, string, string | null][] = [
      ["F", "woman", null],
      ["female", "woman", null],
      ["Woman", "woman", null],
      ["femme", "woman", null],
      ["Féminin", "woman", null],
      ["여성", "woman", null],
      ["mujer", "woman", null],
      ["M", "man", null],
      ["Homme", "man", null],
      ["남성", "man", null],
      ["male", "man", null],
      ["prefer not to say", "undisclosed", null],
      ["Prefer not to say", "undisclosed", null],
      ["", "undisclosed", null],
      ["N/A", "undisclosed", null],
      ["-", "undisclosed", null],
      ["other", "another", null],
      ["Two-spirit", "another", "Two-spirit"],
    ];
    for (const [word, gender, other] of cases)
      expect([word, readGenderWord(word)]).toEqual([word, { gender, genderOther: other }]);
    expect(readGenderWord("x".repeat(61))).toBeNull();
  });
  it("lists each distinct word with what it becomes, for the person importing to confirm", () => {
    expect(genderMappings(["F", "F ", "non_binary", "Two-spirit", "woman", "Prefer not to say", "other"])).toEqual([
      { word: "F", label: "Woman", rows: 2, asWritten: false },
      { word: "non_binary", label: "Non-binary", rows: 1, asWritten: true },
      { word: "Two-spirit", label: "Another: Two-spirit", rows: 1, asWritten: false },
      { word: "woman", label: "Woman", rows: 1, asWritten: true },
      { word: "Prefer not to say", label: "Prefer not to say", rows: 1, asWritten: true },
      { word: "other", label: "Another", rows: 1, asWritten: false },
    ]);
  });
});
