import { describe, expect, it } from "vitest";
import { readSpreadsheet } from "@/lib/spreadsheet/read";
import { parseAttendanceSheet } from "./csv";

const parseAttendanceCsv = async (text: string) =>
  parseAttendanceSheet(await readSpreadsheet(new TextEncoder().encode(text)));

describe("online-class attendance reports", () => {
  it("read emails and sum the minutes of people who rejoined", async () => {
    const csv =
      "\uFEFFName (original name),User Email,Join Time,Leave Time,Duration (Minutes)\nAmara,Amara@Example.org,19:00,19:40,40\nTomás,tomas@example.org,19:02,20:58,116\nAmara,amara@example.org,19:45,20:30,45\n\n";
    const result = await parseAttendanceCsv(csv);
    expect([...result.minutesByEmail]).toEqual([
      ["amara@example.org", 85],
      ["tomas@example.org", 116],
    ]);
    expect(result.problems).toEqual([]);
  });

  it("work without a duration column, and name the rows it cannot read", async () => {
    const result = await parseAttendanceCsv('email\nok@example.org\nnot-an-email\n"quoted@example.org"\n');
    expect([...result.minutesByEmail.keys()]).toEqual(["ok@example.org", "quoted@example.org"]);
    expect(result.problems).toEqual(['Row 3: "not-an-email" is not an email address.']);
  });

  it("say so when there is no email column", async () => {
    expect((await parseAttendanceCsv("name,minutes\nA,3\n")).problems[0]).toMatch(/no email column/);
  });

  it("read a semicolon report saved by a French Excel, in Windows-1252", async () => {
    const bytes = new Uint8Array([..."Nom;E-mail;Durée\nAndré;andre@example.org;42,5\n"].map((c) => c.charCodeAt(0)));
    const result = parseAttendanceSheet(await readSpreadsheet(bytes));
    expect([...result.minutesByEmail]).toEqual([["andre@example.org", 42.5]]);
  });
});
