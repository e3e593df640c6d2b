import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseXlsxBytes } from "@/lib/spreadsheet/read";
import { parseScoreValue, planScoreImport, scoreTemplateHeader } from "./import";

const ctx = {
  rubric: [
    { id: "potential", label: "Potential", weight: 1, max: 10 },
    { id: "motivation", label: "Motivation", weight: 1, max: 5 },
  ],
  applications: [
    { id: "a1", reference: "CPI27-0001", email: "ana@example.org" },
    { id: "a2", reference: "CPI27-0002", email: "ben@example.org" },
  ],
  users: new Map([["jury@example.org", "u-jury"]]),
  defaultReviewerId: "u-staff",
};

describe("parseScoreValue, the one place a score's value is read", () => {
  it("takes whole numbers within the criterion, a comma decimal as a point, and names the rest", () => {
    const c = { id: "p", label: "Potential", weight: 1, max: 10 };
    expect(parseScoreValue(" 7 ", c)).toEqual({ value: 7 });
    expect(parseScoreValue("7,0", c)).toEqual({ value: 7 });
    expect(parseScoreValue("", c)).toEqual({ error: "Potential: no score." });
    expect(parseScoreValue("7.5", c)).toEqual({ error: "Potential: 7.5 is not a whole number from 0 to 10." });
    expect(parseScoreValue("11", c)).toEqual({ error: "Potential: 11 is not a whole number from 0 to 10." });
  });
});

describe("planScoreImport", () => {
  it("matches by reference or by applicant email and takes criteria by id or label", () => {
    const { rows, headerErrors } = planScoreImport(
      [
        ["Reference", "Email", "potential", "Motivation", "Comment"],
        ["cpi27-0001", "", "8", "4", "Strong"],
        ["", "BEN@example.org", "7,0", "3", ""],
      ],
      ctx,
    );
    expect(headerErrors).toEqual([]);
    expect(rows.map((r) => [r.applicationId, r.reviewerId, r.scores, r.errors])).toEqual([
      ["a1", "u-staff", { potential: 8, motivation: 4 }, []],
      ["a2", "u-staff", { potential: 7, motivation: 3 }, []],
    ]);
  });

  it("says what is wrong with each row, by line", () => {
    const { rows } = planScoreImport(
      [
        ["reference", "reviewer", "potential", "motivation"],
        ["CPI27-9999", "", "8", "4"],
        ["CPI27-0001", "nobody@example.org", "11", ""],
        ["CPI27-0002", "jury@example.org", "5", "5"],
        ["CPI27-0002", "jury@example.org", "6", "5"],
      ],
      ctx,
    );
    expect(rows[0]).toMatchObject({
      line: 2,
      errors: ['No application to this call has the reference or email "CPI27-9999".'],
    });
    expect(rows[1]!.errors).toEqual([
      "No account has the reviewer email nobody@example.org.",
      "Potential: 11 is not a whole number from 0 to 10.",
      "Motivation: no score.",
    ]);
    expect(rows[2]).toMatchObject({ reviewerId: "u-jury", errors: [] });
    expect(rows[3]!.errors).toEqual(["The same reviewer scores this application twice in the file."]);
  });

  it("skips blank rows and keeps the spreadsheet's line numbers", () => {
    const { rows } = planScoreImport(
      [
        ["reference", "potential", "motivation"],
        ["", "", ""],
        ["CPI27-0002", "8", "4"],
      ],
      ctx,
    );
    expect(rows.map((r) => [r.line, r.applicationId])).toEqual([[3, "a2"]]);
  });

  it("reads its own template's columns @truth", () => {
    const header = scoreTemplateHeader(ctx.rubric);
    const { rows, headerErrors } = planScoreImport(
      [header, ["CPI27-0001", "jury@example.org", "8", "4", "Clear"]],
      ctx,
    );
    expect(headerErrors).toEqual([]);
    expect(rows[0]).toMatchObject({
      applicationId: "a1",
      reviewerId: "u-jury",
      scores: { potential: 8, motivation: 4 },
      comment: "Clear",
      errors: [],
    });
  });

  it("refuses a file without the columns it needs", () => {
    expect(planScoreImport([["name", "potential"]], ctx).headerErrors).toEqual([
      "Add a column named reference or email to say which application each row scores.",
      "Add a column for each criterion: motivation.",
    ]);
  });

  it("reads the first sheet of an xlsx file", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Jury");
    sheet.addRow(["reference", "potential", "motivation"]);
    sheet.addRow(["CPI27-0001", 9, 2]);
    const bytes = await workbook.xlsx.writeBuffer();
    const table = await parseXlsxBytes(new Uint8Array(bytes));
    expect(table).toEqual([
      ["reference", "potential", "motivation"],
      ["CPI27-0001", "9", "2"],
    ]);
    expect(planScoreImport(table, ctx).rows[0]).toMatchObject({
      applicationId: "a1",
      scores: { potential: 9, motivation: 2 },
    });
  });
});
