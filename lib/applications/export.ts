import type { CallForm } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import { countryName } from "@/lib/geo";
import { answerText } from "./form";
import { renderMessage } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/request";
import { columnTitle } from "@/lib/spreadsheet/columns";
import { genderLabelIn } from "@/lib/spreadsheet/gender-words";
import type { Cell } from "@/lib/spreadsheet/write";

export type ExportRow = {
  id: string;
  reference: string;
  status: string;
  submittedAt: Date | null;
  trackPreferences: string[];
  answers: Record<string, unknown>;
  name: string;
  email: string;
  nationality: string | null;
  residence: string | null;
  gender: string;
  genderOther: string | null;
  organisation: string | null;
  field: string | null;
  nominatedBy: string | null;
};

type Table = { headers: string[]; rows: Cell[][] };

/**
 * The administrator's export as a table, in the reader's language (`locale`): one row per application, the
 * applicant's details, then every question. Headers, statuses, genders, countries and dates are in the reader's
 * words; references, emails, numbers and what people wrote stay as they are.
 */
export function buildApplicationsTable(input: {
  form: CallForm;
  tracks: { id: string; title: string }[];
  rows: ExportRow[];
  files: { applicationId: string; questionId: string; fileName: string }[];
  timeZone: string;
  locale?: AppLocale;
}): Table {
  const locale = input.locale ?? "en";
  const title = (key: Parameters<typeof columnTitle>[1], values?: Record<string, string>) =>
    columnTitle(locale, key, values);
  const questions = input.form.questions;
  const trackTitle = new Map(input.tracks.map((t) => [t.id, t.title]));
  const fileOf = new Map(input.files.map((f) => [`${f.applicationId}:${f.questionId}`, f.fileName]));
  const headers = [
    title("reference"),
    title("status"),
    title("name"),
    title("email"),
    title("nationality"),
    title("residence"),
    title("gender"),
    title("organisation"),
    title("field"),
    title("trackPreferences"),
    title("submittedIn", { timeZone: input.timeZone }),
    title("nominatedBy"),
    ...questions.map((q) => (q.hidden ? title("removed", { label: q.label }) : q.label)),
  ];
  const country = (code: string) => countryName(code, locale);
  const rows = input.rows.map((r): Cell[] => [
    r.reference,
    renderMessage(locale, `applicationStatus.${r.status}`),
    r.name,
    r.email,
    r.nationality ? country(r.nationality) : null,
    r.residence ? country(r.residence) : null,
    genderLabelIn(locale, r.gender, r.genderOther),
    r.organisation,
    r.field,
    r.trackPreferences.map((id, i) => `${i + 1}. ${trackTitle.get(id) ?? id}`).join("; "),
    r.submittedAt ? formatDateTime(r.submittedAt, input.timeZone, locale) : null,
    r.nominatedBy,
    ...questions.map((q): Cell => {
      if (q.type === "file") return fileOf.get(`${r.id}:${q.id}`) ?? null;
      const value = r.answers[q.id];
      if (q.type === "number" && typeof value === "number") return value;
      return answerText(q, value, country) || null;
    }),
  ]);
  return { headers, rows };
}
