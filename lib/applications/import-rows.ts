import type { ApplicationStatus, CallForm, Gender } from "@/db/schema";
import { localToInstant } from "@/lib/time";
import { countryCodeFromName } from "@/lib/geo";
import {
  GENDER_OTHER_MAX,
  genderMappings,
  readGenderWord,
  type GenderWordMapping,
} from "@/lib/spreadsheet/gender-words";
import { isBlankRow, SPREADSHEET_LIMITS } from "@/lib/spreadsheet/read";
import { columnOf, columnTitle, foldHeader, notesRows, type ColumnKey } from "@/lib/spreadsheet/columns";
import { localText } from "@/lib/i18n/content";
import { messagesFor, renderMessage } from "@/lib/i18n/messages";
import { LOCALES, type AppLocale } from "@/lib/i18n/request";
import { checkAnswer } from "./form";

/** Where a spreadsheet column goes: an applicant field, or the answer to one question ("answer:<id>"). */
export const IMPORT_FIELDS = [
  "email",
  "name",
  "nationality",
  "residence",
  "gender",
  "organisation",
  "field",
  "status",
  "submitted_at",
  "reference",
  "track",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type ImportTarget = ImportField | `answer:${string}` | "";

/** The fields every row must give (validateImportRows refuses a mapping without them). */
export const REQUIRED_IMPORT_FIELDS: ReadonlySet<ImportField> = new Set(["email", "name"]);

/** Each field's column title (spreadsheet.columns.*), which the template writes and suggestMapping reads in any language. */
export const FIELD_COLUMNS: Record<ImportField, ColumnKey> = {
  email: "email",
  name: "name",
  nationality: "nationality",
  residence: "residence",
  gender: "gender",
  organisation: "organisation",
  field: "field",
  status: "status",
  submitted_at: "submittedAt",
  reference: "reference",
  track: "track",
};

/** Other spellings people use for a field, besides its title in en, ko and fr. */
const ALIASES: Record<ImportField, string[]> = {
  email: ["e-mail", "email address", "mail", "courriel", "이메일 주소"],
  name: ["full name", "applicant", "applicant name", "nom complet", "이름"],
  nationality: ["country", "citizenship"],
  residence: ["residence", "resident in"],
  gender: ["sex", "sexe"],
  organisation: ["organization", "institution", "employer"],
  field: ["field of work", "sector", "discipline"],
  status: ["state"],
  submitted_at: ["submitted", "submission date", "date submitted", "date"],
  reference: ["ref", "id", "application id"],
  track: ["track", "section", "first choice", "course"],
};

const FIELD_HEADERS = IMPORT_FIELDS.map((f) => ({ key: f, title: FIELD_COLUMNS[f], aliases: ALIASES[f] }));

/** The questions a template has a column for: not files, not removed ones. */
const templateQuestions = (form: CallForm) => form.questions.filter((q) => q.type !== "file" && !q.hidden);

/** A question's label in the reader's language where staff wrote it (lib/i18n/content.ts), else as written. */
const questionLabel = (q: CallForm["questions"][number], locale: AppLocale, mainLanguage: AppLocale) =>
  localText(q.label, q.translations, "label", mainLanguage, locale).text;

/**
 * The template's header for a call in the reader's language: every applicant field, then the call's own questions
 * (their labels in the reader's language where written; suggestMapping reads a label in any of its languages).
 */
export function importTemplateHeader(
  form: CallForm,
  locale: AppLocale = "en",
  mainLanguage: AppLocale = "en",
): string[] {
  const fields = IMPORT_FIELDS.map((f) => columnTitle(locale, FIELD_COLUMNS[f]));
  return [...fields, ...templateQuestions(form).map((q) => questionLabel(q, locale, mainLanguage))];
}

/** What each template column takes, for the notes sheet of the XLSX template, in the reader's language. */
export function importTemplateNotes(
  form: CallForm,
  tracks: readonly { title: string }[],
  locale: AppLocale = "en",
  mainLanguage: AppLocale = "en",
): string[][] {
  const notes: Record<ImportField, string | { note: "required" }> = {
    email: "Required. One application per email.",
    name: { note: "required" },
    nationality: "A country name or ISO code (Peru, PE).",
    residence: "A country name or code; empty means the same as nationality.",
    gender:
      "Woman, Man, Non-binary, Prefer not to say, or the person's own words; F, female, femme, 여성… are read and shown for you to confirm.",
    organisation: "",
    field: "",
    status: `Empty means submitted; else one of ${STATUSES.join(", ")}.`,
    submitted_at: "YYYY-MM-DD or YYYY-MM-DD HH:MM in the edition's time zone.",
    reference: "Letters, digits and -; unique across every call. Empty: one is made.",
    track: tracks.length ? `One of: ${tracks.map((t) => t.title).join("; ")}.` : "This call has no tracks.",
  };
  return notesRows(locale, [
    ...IMPORT_FIELDS.map((f) => [columnTitle(locale, FIELD_COLUMNS[f]), notes[f]] as const),
    ...templateQuestions(form).map((q) => {
      // The type in the words of the form builder; English keeps its own lower-case words.
      const type =
        locale === "en" ? q.type.replace(/_/g, " ") : renderMessage(locale, `callAdmin.builder.types.${q.type}`);
      return [
        questionLabel(q, locale, mainLanguage),
        q.required ? `Answer to the question (${type}, required).` : `Answer to the question (${type}).`,
      ] as const;
    }),
  ]);
}

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, " ");

/** A first guess at each column's target from its header; the administrator corrects it. */
export function suggestMapping(headers: string[], form: CallForm): ImportTarget[] {
  const used = new Set<string>();
  return headers.map((header) => {
    const h = foldHeader(header);
    const field = columnOf(
      header,
      FIELD_HEADERS.filter((f) => !used.has(f.key)),
    );
    const question = form.questions.find(
      (q) =>
        !used.has(`answer:${q.id}`) &&
        [q.label, q.id, ...LOCALES.map((l) => q.translations?.[l]?.label ?? "")].some((t) => t && foldHeader(t) === h),
    );
    const target: ImportTarget = field ?? (question ? `answer:${question.id}` : "");
    if (target) used.add(target);
    return target;
  });
}

const STATUSES: ApplicationStatus[] = [
  "draft",
  "submitted",
  "under_review",
  "shortlisted",
  "offered",
  "confirmed",
  "declined",
  "waitlisted",
  "rejected",
  "withdrawn",
];

/**
 * A status as people write it: its code (under_review, under review), or its words in en, ko or fr as the pages
 * show them (applicationStatus.*, staffCohorts.applicationStatus.*), folded as headers are.
 */
const STATUS_WORDS = new Map<string, ApplicationStatus>(
  STATUSES.flatMap((status) => [
    [foldHeader(status), status] as const,
    ...LOCALES.flatMap((locale) => {
      const m = messagesFor(locale);
      return [m.applicationStatus[status], m.staffCohorts.applicationStatus[status]].map(
        (word) => [foldHeader(word), status] as const,
      );
    }),
  ]),
);

export type ImportRow = {
  line: number;
  email: string;
  name: string;
  nationality: string | null;
  residence: string | null;
  gender: Gender;
  genderOther: string | null;
  organisation: string | null;
  field: string | null;
  status: ApplicationStatus;
  submittedAt: Date | null;
  reference: string | null;
  trackId: string | null;
  answers: Record<string, unknown>;
};
export type RowError = { line: number; messages: string[] };
export type ImportContext = {
  form: CallForm;
  timeZone: string;
  tracks: { id: string; title: string }[];
  /** Lower-cased emails that already have an application to this call. */
  emailsWithApplication: ReadonlySet<string>;
  /** References of the file already used by an application to any call (a reference is unique everywhere). */
  existingReferences: ReadonlySet<string>;
};

function answerFrom(type: CallForm["questions"][number]["type"], raw: string): unknown {
  const text = raw.trim();
  if (!text) return undefined;
  if (type === "number") return Number.isFinite(Number(text)) ? Number(text) : text;
  if (type === "yes_no")
    return (
      (
        { yes: "yes", y: "yes", true: "yes", "1": "yes", no: "no", n: "no", false: "no", "0": "no" } as Record<
          string,
          string
        >
      )[text.toLowerCase()] ?? text
    );
  if (type === "multiple_choice")
    return text
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean);
  if (type === "country") return countryCodeFromName(text) ?? text;
  return text;
}

/**
 * Checks every row against the mapping and the call, before anything is written. Lines are numbered
 * as the spreadsheet numbers them (the header is line 1), so an office can find and fix each one.
 */
export function validateImportRows(
  dataRows: string[][],
  mapping: ImportTarget[],
  context: ImportContext,
): { rows: ImportRow[]; errors: RowError[]; genderWords: GenderWordMapping[] } {
  const errors: RowError[] = [];
  const rows: ImportRow[] = [];
  const genderColumn = mapping.indexOf("gender");
  const genderWords =
    genderColumn < 0 ? [] : genderMappings(dataRows.filter((r) => !isBlankRow(r)).map((r) => r[genderColumn] ?? ""));
  if (!mapping.includes("email") || !mapping.includes("name"))
    return { rows, errors: [{ line: 1, messages: ["Map one column to Email and one to Name."] }], genderWords };
  if (dataRows.length > SPREADSHEET_LIMITS.maxRows)
    return {
      rows,
      errors: [{ line: 1, messages: [`A file can hold at most ${SPREADSHEET_LIMITS.maxRows} rows; split it.`] }],
      genderWords,
    };
  const seenEmails = new Map<string, number>();
  const seenRefs = new Map<string, number>();
  dataRows.forEach((cells, index) => {
    if (isBlankRow(cells)) return;
    const line = index + 2;
    const messages: string[] = [];
    const get = (target: ImportTarget) => {
      const column = mapping.indexOf(target);
      return column < 0 ? "" : (cells[column] ?? "").trim();
    };
    const email = get("email").toLowerCase();
    if (!email) messages.push("Email is empty.");
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) messages.push(`"${email}" is not an email address.`);
    else if (context.emailsWithApplication.has(email))
      messages.push(`${email} already has an application to this call.`);
    else if (seenEmails.has(email)) messages.push(`${email} is also on line ${seenEmails.get(email)}.`);
    if (email) seenEmails.set(email, seenEmails.get(email) ?? line);
    const name = get("name");
    if (!name) messages.push("Name is empty.");
    else if (name.length > 120 || /[<>]/.test(name))
      messages.push("Name is longer than 120 characters or contains < or >.");

    const country = (target: "nationality" | "residence") => {
      const raw = get(target);
      if (!raw) return null;
      const code = countryCodeFromName(raw);
      if (!code)
        messages.push(`${target === "nationality" ? "Nationality" : "Residence"} "${raw}" is not a country we know.`);
      return code ?? null;
    };
    const nationality = country("nationality");
    const residence = country("residence") ?? nationality;

    const gender = readGenderWord(get("gender"));
    if (!gender) messages.push(`Gender, in the person's own words, has at most ${GENDER_OTHER_MAX} characters.`);

    const rawStatus = get("status");
    const status = rawStatus ? (STATUS_WORDS.get(foldHeader(rawStatus)) ?? null) : "submitted";
    if (!status) messages.push(`Status "${get("status")}" is not one of: ${STATUSES.join(", ")}.`);

    const rawDate = get("submitted_at");
    let submittedAt: Date | null = null;
    if (rawDate) {
      const local = /^\d{4}-\d{2}-\d{2}$/.test(rawDate) ? `${rawDate}T00:00` : rawDate.replace(" ", "T").slice(0, 16);
      submittedAt = /Z|[+-]\d{2}:?\d{2}$/.test(rawDate) ? new Date(rawDate) : localToInstant(local, context.timeZone);
      if (!submittedAt || Number.isNaN(submittedAt.getTime())) {
        messages.push(`Submitted at "${rawDate}" is not a date (use YYYY-MM-DD or YYYY-MM-DD HH:MM).`);
        submittedAt = null;
      }
    }

    const reference = get("reference") || null;
    if (reference) {
      if (!/^[A-Za-z0-9-]{1,40}$/.test(reference))
        messages.push(`Reference "${reference}" may only use letters, digits and -.`);
      else if (context.existingReferences.has(reference))
        messages.push(
          `Reference ${reference} is already used by another application (references are unique across every call).`,
        );
      else if (seenRefs.has(reference))
        messages.push(`Reference ${reference} is also on line ${seenRefs.get(reference)}.`);
      seenRefs.set(reference, seenRefs.get(reference) ?? line);
    }

    const rawTrack = get("track");
    const track = rawTrack
      ? context.tracks.find((t) => norm(t.title) === norm(rawTrack) || norm(t.title).startsWith(norm(rawTrack)))
      : undefined;
    if (rawTrack && !track) messages.push(`Track "${rawTrack}" is not one this call offers.`);

    const answers: Record<string, unknown> = {};
    mapping.forEach((target, column) => {
      if (!target.startsWith("answer:")) return;
      const question = context.form.questions.find((q) => q.id === target.slice(7));
      if (!question || question.type === "file") return;
      const value = answerFrom(question.type, cells[column] ?? "");
      if (value === undefined) return;
      for (const m of checkAnswer(question, value)) messages.push(`${question.label}: ${m}`);
      answers[question.id] = value;
    });

    if (messages.length) errors.push({ line, messages });
    else if (status && gender) {
      rows.push({
        line,
        email,
        name,
        nationality,
        residence,
        gender: gender.gender,
        genderOther: gender.genderOther,
        organisation: get("organisation") || null,
        field: get("field") || null,
        status,
        submittedAt,
        reference,
        trackId: track?.id ?? null,
        answers,
      });
    }
  });
  return { rows, errors, genderWords };
}
