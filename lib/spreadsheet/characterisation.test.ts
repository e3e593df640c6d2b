import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readSpreadsheet as alumniRead, sniffSpreadsheet } from "@/lib/alumni/import-file";
import { readGender } from "@/lib/alumni/import";
import { validateImportRows } from "@/lib/applications/import-rows";
import { parseCsv as applicationsCsv, parseXlsx as applicationsXlsx, toCsv as applicationsToCsv } from "@/lib/applications/spreadsheet";
import { parseAttendanceCsv } from "@/lib/attendance/csv";
import { csvCell, parseCsv as reviewCsv } from "@/lib/review/csv";
import { readCsvBytes, readXlsx as reviewXlsx } from "@/lib/review/import";

/**
 * Today's spreadsheet code, as it behaves (characterisation, issue 11): four readers and two writers that
 * disagree. Each expectation records what the copies do now, so the single module can be checked against it.
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

describe("today's CSV readers @truth", () => {
  it("the two hand-written parsers split a semicolon file differently", () => {
    expect(applicationsCsv("ref;score\nA;7,5")).toEqual([["ref;score"], ["A;7", "5"]]);
    expect(reviewCsv("ref;score\nA;7,5")).toEqual([["ref", "score"], ["A", "7,5"]]);
  });
  it("none reads a tab-separated file", () => {
    expect(applicationsCsv("a\tb\n1\t2")).toEqual([["a\tb"], ["1\t2"]]);
    expect(reviewCsv("a\tb\n1\t2")).toEqual([["a\tb"], ["1\t2"]]);
  });
  it("Windows-1252 and UTF-16 files come out garbled or refused", () => {
    expect(readCsvBytes(latin1("name\nCafé").buffer as ArrayBuffer)).toEqual([["name"], ["Caf\uFFFD"]]);
    expect(sniffSpreadsheet(latin1("name\nCafé"))).toBeNull();
    expect(sniffSpreadsheet(utf16le("a,b\n1,2"))).toBeNull();
    expect(readCsvBytes(utf16le("a,b").buffer as ArrayBuffer)[0]![0]).not.toBe("a");
  });
  it("the attendance report reader (papaparse) guesses the delimiter, tab included", () => {
    expect([...parseAttendanceCsv("Email;Duration\nana@example.org;40").minutesByEmail]).toEqual([["ana@example.org", 40]]);
    expect([...parseAttendanceCsv("Email\tDuration\nana@example.org\t40").minutesByEmail]).toEqual([["ana@example.org", 40]]);
  });
});

describe("today's XLSX readers @truth", () => {
  it("three readers give three answers for the same workbook", async () => {
    const bytes = await workbook();
    expect(await applicationsXlsx(bytes)).toEqual([
      ["name", "when", "sum", ""],
      ["Ana", "2024-03-05", "2", ""],
      ["Bo", "", "", "extra"],
    ]);
    const review = await reviewXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer);
    expect(review[1]![1]).toMatch(/^Tue Mar 05 2024/);
    expect(review[0]).toEqual(["name", "when", "sum"]);
    const alumni = await alumniRead(new Uint8Array(bytes));
    expect(alumni.rows[1]).toEqual(["Bo", undefined, undefined, "extra"]);
  });
});

describe("today's formula-safe writers @truth", () => {
  it("quote a semicolon differently", () => {
    expect(applicationsToCsv({ headers: ["a"], rows: [["x;y"]] })).toBe("\uFEFFa\r\nx;y\r\n");
    expect(csvCell("x;y")).toBe('"x;y"');
  });
  it("agree on the formula prefix", () => {
    for (const start of ["=", "+", "-", "@", "\t"]) {
      expect(applicationsToCsv({ headers: ["a"], rows: [[`${start}1`]] })).toContain(`'${start}1`);
      expect(csvCell(`${start}1`)).toContain(`'${start}1`);
    }
  });
});

describe("today's gender words @truth", () => {
  const context = { form: { questions: [] }, timeZone: "UTC", tracks: [], emailsWithApplication: new Set<string>(), existingReferences: new Set<string>() };
  const importGender = (word: string) => {
    const { rows } = validateImportRows([["a@example.org", "A", word]], ["email", "name", "gender"], context as never);
    return [rows[0]!.gender, rows[0]!.genderOther];
  };
  it("the app's own spelling non_binary imports as another", () => {
    expect(importGender("non_binary")).toEqual(["another", "non_binary"]);
    expect(readGender("non_binary")).toEqual({ gender: "another", genderOther: "non_binary" });
  });
  it("common words in other languages are kept as another", () => {
    expect(importGender("femme")).toEqual(["another", "femme"]);
    expect(importGender("여성")).toEqual(["another", "여성"]);
    expect(readGender("Woman")).toEqual({ gender: "woman", genderOther: null });
    expect(importGender("Woman")).toEqual(["woman", null]);
  });
});
