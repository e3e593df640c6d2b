import type { AppLocale } from "@/lib/i18n/request";
import { columnOf, columnTitle, notesRows } from "@/lib/spreadsheet/columns";
import { isBlankRow, type Sheet } from "@/lib/spreadsheet/read";

export type CsvAttendance = { minutesByEmail: Map<string, number | null>; rows: number; problems: string[] };

const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The attendance template in the reader's language: its header (the columns parseAttendanceSheet looks for, which
 * it reads in en, ko and fr) and what each takes.
 */
export function attendanceTemplate(locale: AppLocale = "en"): { header: string[]; notes: string[][] } {
  const header = [columnTitle(locale, "name"), columnTitle(locale, "email"), columnTitle(locale, "duration")];
  return {
    header,
    notes: notesRows(locale, [
      [header[0]!, "Optional, for you: the import goes by email."],
      [header[1]!, "Required: the participant's account email."],
      [header[2]!, "Optional: minutes attended; a person on several rows has them summed. Empty: present."],
    ]),
  };
}

// A report's own columns come in many spellings: "User Email", "E-mail", "Durée", "Dauer", "Duration (Minutes)"…
const EMAIL = [{ key: "email", title: "email", aliases: [] }] as const;
const MINUTES = [{ key: "minutes", title: "duration", aliases: ["minutes", "분", "참석 시간", "시간(분)"] }] as const;

/**
 * Reads an online-class report (Zoom, Teams, Meet all export one; lib/spreadsheet has read the file): a
 * header row with an email column and, optionally, a duration in minutes. A person who joined several
 * times gets their minutes summed.
 */
export function parseAttendanceSheet(sheet: Pick<Sheet, "header" | "rows">): CsvAttendance {
  const emailColumn = sheet.header.findIndex((h) => /e-?mail/i.test(h) || columnOf(h, EMAIL));
  // Duration, Durée, Dauer, Duración, minutes, Minuten, 참석 시간(분)…
  const minutesColumn = sheet.header.findIndex((h) => /^dur|minut|dauer/i.test(h.trim()) || columnOf(h, MINUTES));
  if (emailColumn < 0)
    return {
      minutesByEmail: new Map(),
      rows: 0,
      problems: ["The file has no email column. Export the report with participants' email addresses."],
    };
  const minutesByEmail = new Map<string, number | null>();
  const problems: string[] = [];
  let rows = 0;
  sheet.rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    rows++;
    const email = (row[emailColumn] ?? "").trim().toLowerCase();
    if (!email) return;
    if (!EMAIL_ADDRESS.test(email)) {
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
