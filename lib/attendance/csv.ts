import Papa from "papaparse";

export type CsvAttendance = { minutesByEmail: Map<string, number | null>; rows: number; problems: string[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Reads an online-class report (Zoom, Teams, Meet all export one): a header row with an email column and,
 * optionally, a duration in minutes. A person who joined several times gets their minutes summed.
 */
export function parseAttendanceCsv(text: string): CsvAttendance {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: "greedy", transformHeader: (h) => h.trim() });
  const headers = parsed.meta.fields ?? [];
  const emailColumn = headers.find((h) => /e-?mail/i.test(h));
  const minutesColumn = headers.find((h) => /duration|minutes/i.test(h));
  if (!emailColumn) return { minutesByEmail: new Map(), rows: 0, problems: ["The file has no email column. Export the report with participants' email addresses."] };
  const minutesByEmail = new Map<string, number | null>();
  const problems: string[] = [];
  parsed.data.forEach((row, i) => {
    const email = (row[emailColumn] ?? "").trim().toLowerCase();
    if (!email) return;
    if (!EMAIL.test(email)) {
      problems.push(`Row ${i + 2}: "${email.slice(0, 60)}" is not an email address.`);
      return;
    }
    const raw = minutesColumn ? (row[minutesColumn] ?? "").trim() : "";
    const minutes = raw === "" ? null : Number(raw.replace(",", "."));
    if (minutes !== null && (!Number.isFinite(minutes) || minutes < 0)) {
      problems.push(`Row ${i + 2}: "${raw.slice(0, 20)}" is not a number of minutes.`);
      return;
    }
    const before = minutesByEmail.get(email);
    minutesByEmail.set(email, minutes === null ? (before ?? null) : (before ?? 0) + minutes);
  });
  return { minutesByEmail, rows: parsed.data.length, problems };
}
