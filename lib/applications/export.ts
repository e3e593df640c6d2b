import type { CallForm } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import { countryName } from "@/lib/geo";
import { answerText } from "./form";
import { genderLabel } from "@/lib/spreadsheet/gender-words";
import type { Cell } from "@/lib/spreadsheet/write";
import { statusLabel } from "./state";

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

const genderText = genderLabel;

/** The administrator's export as a table: one row per application, the applicant's details, then every question. */
export function buildApplicationsTable(input: {
  form: CallForm;
  tracks: { id: string; title: string }[];
  rows: ExportRow[];
  files: { applicationId: string; questionId: string; fileName: string }[];
  timeZone: string;
}): Table {
  const questions = input.form.questions;
  const trackTitle = new Map(input.tracks.map((t) => [t.id, t.title]));
  const fileOf = new Map(input.files.map((f) => [`${f.applicationId}:${f.questionId}`, f.fileName]));
  const headers = [
    "Reference",
    "Status",
    "Name",
    "Email",
    "Nationality",
    "Residence",
    "Gender",
    "Organisation",
    "Field",
    "Track preferences",
    `Submitted (${input.timeZone})`,
    "Nominated by",
    ...questions.map((q) => (q.hidden ? `${q.label} (removed)` : q.label)),
  ];
  const rows = input.rows.map((r): Cell[] => [
    r.reference,
    statusLabel(r.status as never),
    r.name,
    r.email,
    r.nationality ? countryName(r.nationality) : null,
    r.residence ? countryName(r.residence) : null,
    genderText(r.gender, r.genderOther),
    r.organisation,
    r.field,
    r.trackPreferences.map((id, i) => `${i + 1}. ${trackTitle.get(id) ?? id}`).join("; "),
    r.submittedAt ? formatDateTime(r.submittedAt, input.timeZone) : null,
    r.nominatedBy,
    ...questions.map((q): Cell => {
      if (q.type === "file") return fileOf.get(`${r.id}:${q.id}`) ?? null;
      const value = r.answers[q.id];
      if (q.type === "number" && typeof value === "number") return value;
      return answerText(q, value, (c) => countryName(c)) || null;
    }),
  ]);
  return { headers, rows };
}
