import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readGenderWord } from "@/lib/spreadsheet/gender-words";
import { readSpreadsheet } from "@/lib/spreadsheet/read";
import { IMPORT_COLUMNS, importTemplateHeader, mapHeader, validateImportRows, type RawSheet } from "./import";

const PROGRAMMES = [
  {
    id: "11111111-1111-4111-8111-111111111111",
    slug: "cultural-partnership-initiative",
    title: "Cultural Partnership Initiative",
  },
  {
    id: "22222222-2222-4222-8222-222222222222",
    slug: "seoul-2018",
    title: "UNESCO 2005 Convention capacity development (Seoul, 2018)",
  },
];
const HEADER = ["Name", "Email", "Country", "Gender", "Programme", "Cohort year", "Field"];
const COUNTRIES = ["Kazakhstan", "KR", "Viet Nam", "Mongolia", "Kenya", "Peru", "France", "Côte d'Ivoire"];
const GENDERS = ["woman", "man", "Female", "", "non-binary", "prefer not to say", "two-spirit"];

function goodRow(i: number): string[] {
  return [
    `Alumnus ${i}`,
    `alumnus.${i}@example.org`,
    COUNTRIES[i % COUNTRIES.length]!,
    GENDERS[i % GENDERS.length]!,
    i % 3 === 0 ? "seoul-2018" : "Cultural Partnership Initiative",
    String(2006 + (i % 18)),
    i % 2 ? "Performing arts" : "",
  ];
}

/** 1,000 rows, ten of them broken in ten different ways, at known places. */
function thousandRows(): { sheet: RawSheet; bad: number[] } {
  const rows = Array.from({ length: 1000 }, (_, i) => goodRow(i));
  const breakages: [number, (r: string[]) => void][] = [
    [7, (r) => (r[0] = "")], // no name
    [58, (r) => (r[1] = "not-an-email")],
    [141, (r) => (r[1] = "alumnus.3@example.org")], // the same email as an earlier row
    [233, (r) => (r[2] = "Atlantis")],
    [377, (r) => (r[2] = "")],
    [402, (r) => (r[4] = "Unknown programme")],
    [555, (r) => (r[5] = "20l5")],
    [612, (r) => (r[5] = "2099")],
    [808, (r) => (r[3] = "x".repeat(61))],
    [999, (r) => (r[0] = "<script>alert(1)</script>")],
  ];
  for (const [index, breakIt] of breakages) breakIt(rows[index]!);
  // Row numbers as the spreadsheet shows them: the header is row 1.
  return { sheet: { header: HEADER, rows }, bad: breakages.map(([index]) => index + 2) };
}

describe("validateImportRows", () => {
  it("lists exactly the 10 bad rows of 1,000, and keeps the other 990", () => {
    const { sheet, bad } = thousandRows();
    const result = validateImportRows(sheet, PROGRAMMES, { currentYear: 2026 });
    expect(result.missingColumns).toEqual([]);
    expect(result.invalid.map((r) => r.row)).toEqual(bad);
    expect(result.valid).toHaveLength(990);
    for (const r of result.invalid) expect(r.errors.length).toBeGreaterThan(0);
    expect(result.invalid.find((r) => r.row === 143)?.errors).toEqual(["This email is already on row 5."]);
    expect(result.invalid.find((r) => r.row === 235)?.errors).toEqual(['"Atlantis" is not a country we know.']);
  });

  it("reads countries by name or code and genders in people's own words", () => {
    const result = validateImportRows(
      { header: HEADER, rows: [goodRow(0), goodRow(2), goodRow(6), goodRow(7)] },
      PROGRAMMES,
      { currentYear: 2026 },
    );
    expect(result.invalid).toEqual([]);
    expect(result.valid.map((r) => r.country)).toEqual(["KZ", "VN", "FR", "CI"]);
    expect(result.valid.map((r) => r.gender)).toEqual(["woman", "woman", "another", "woman"]);
    expect(result.valid[2]?.genderOther).toBe("two-spirit");
    expect(readGenderWord("")).toEqual({ gender: "undisclosed", genderOther: null });
  });

  it("reads every column of its own template @truth", () => {
    const { index, missing } = mapHeader(importTemplateHeader());
    expect(missing).toEqual([]);
    expect(Object.keys(index).sort()).toEqual([...IMPORT_COLUMNS].sort());
  });

  it("says which required columns are missing and validates nothing else", () => {
    const result = validateImportRows(
      { header: ["Name", "E-mail", "Nationality"], rows: [["A", "a@example.org", "KR"]] },
      PROGRAMMES,
    );
    expect(result.missingColumns).toEqual(["programme", "cohortYear"]);
    expect(result.valid).toEqual([]);
  });

  it("skips empty rows without counting them as bad", () => {
    const result = validateImportRows(
      { header: HEADER, rows: [goodRow(1), ["", "", "", "", "", "", ""], goodRow(2)] },
      PROGRAMMES,
      { currentYear: 2026 },
    );
    expect(result.invalid).toEqual([]);
    expect(result.valid.map((r) => r.row)).toEqual([2, 4]);
  });
});

describe("readSpreadsheet", () => {
  it("reads the same rows from a CSV and from an XLSX", async () => {
    const csv = [
      HEADER,
      goodRow(1),
      ['"Kim, Minji"', "kim@example.org", "Korea", "woman", "seoul-2018", "2018", "Heritage"],
    ]
      .map((r) => r.join(","))
      .join("\r\n");
    const fromCsv = await readSpreadsheet(new TextEncoder().encode(`\uFEFF${csv}`));
    expect(fromCsv.header).toEqual(HEADER);
    expect(fromCsv.rows[1]?.[0]).toBe("Kim, Minji");

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Alumni");
    sheet.addRow(HEADER);
    sheet.addRow(goodRow(1));
    sheet.addRow(["Kim, Minji", "kim@example.org", "Korea", "woman", "seoul-2018", 2018, "Heritage"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const fromXlsx = await readSpreadsheet(bytes);
    expect(fromXlsx).toEqual({ ...fromCsv, format: "xlsx" });
  });

  it("refuses a file that is neither", async () => {
    await expect(readSpreadsheet(new Uint8Array([0, 1, 2, 3, 0xff]))).rejects.toMatchObject({ code: "validation" });
  });
});
