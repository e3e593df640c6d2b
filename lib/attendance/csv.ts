import { isBlankRow, type Sheet } from "@/lib/spreadsheet/read";

export type CsvAttendance = { minutesByEmail: Map<string, number | null>; rows: number; problems: string[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The attendance template's header: the columns parseAttendanceSheet looks for. */
export const ATTENDANCE_TEMPLATE_HEADER = ["Name", "Email", "Duration (minutes)"];

/**
 * Reads an online-class report (Zoom, Teams, Meet all export one; lib/spreadsheet has read the file): a
 * header row with an email column and, optionally, a duration in minutes. A person who joined several
 * times gets their minutes summed.
 */
export function parseAttendanceSheet(sheet: Pick<Sheet, "header" | "rows">): CsvAttendance {
  const emailColumn = sheet.header.findIndex((h) => /e-?mail/i.test(h));
  // Duration, Durée, Dauer, Duración, minutes, Minuten…
  const minutesColumn = sheet.header.findIndex((h) => /^dur|minut|dauer/i.test(h.trim()));
  if (emailColumn < 0) return { minutesByEmail: new Map(), rows: 0, problems: ["The file has no email column. Export the report with participants' email addresses."] };
  const minutesByEmail = new Map<string, number | null>();
  const problems: string[] = [];
  let rows = 0;
  sheet.rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    rows++;
    const email = (row[emailColumn] ?? "").trim().toLowerCase();
    if (!email) return;
    if (!EMAIL.test(email)) {
      problems.push(`Row ${i + 2}: "${email.slice(0, 60)}" is not an email address.`);
      return;
    }
    const raw = minutesColumn >= 0 ? (row[minutesColumn] ?? "").trim() : "";
    const minutes = raw === "" ? null : Number(raw.replace(",", "."));
    if (minutes !== null && (!Number.isFinite(minutes) || minutes < 0)) {
      problems.push(`Row ${i + 2}: "${raw.slice(0, 20)}" is not a number of minutes.`);
      return;
    }
    const before = minutesByEmail.get(email);
    minutesByEmail.set(email, minutes === null ? (before ?? null) : (before ?? 0) + minutes);
  });
  return { minutesByEmail, rows, problems };
}
