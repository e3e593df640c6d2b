import { z } from "zod";
import type { Gender } from "@/db/schema";
import { countryCodeFromName } from "@/lib/geo";
import {
  GENDER_OTHER_MAX,
  genderMappings,
  readGenderWord,
  type GenderWordMapping,
} from "@/lib/spreadsheet/gender-words";
import { isBlankRow } from "@/lib/spreadsheet/read";
import { columnOf, columnTitle, type ColumnKey } from "@/lib/spreadsheet/columns";
import type { AppLocale } from "@/lib/i18n/request";
import { now } from "@/lib/time/clock";

/**
 * Reading past alumni from a spreadsheet (CSV or XLSX, read by lib/spreadsheet into header + rows).
 * Pure: it knows the programmes it may import into and nothing else, so the dry run and the commit
 * validate the same rows the same way, and a test can run 1,000 rows in milliseconds.
 */

export const IMPORT_COLUMNS = ["name", "email", "country", "gender", "programme", "cohortYear", "field"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
/** Each column's title (spreadsheet.columns.*) and other spellings people use: mapHeader reads either, in en, ko or fr. */
const COLUMNS: readonly { key: ImportColumn; title: ColumnKey; aliases: readonly string[] }[] = [
  { key: "name", title: "name", aliases: ["full name", "이름", "nom complet"] },
  { key: "email", title: "email", aliases: ["e-mail", "email address", "courriel"] },
  { key: "country", title: "country", aliases: ["nationality", "국적", "nationalité"] },
  { key: "gender", title: "gender", aliases: ["sex", "sexe"] },
  { key: "programme", title: "programme", aliases: ["program"] },
  { key: "cohortYear", title: "cohortYear", aliases: ["cohort", "year", "기수", "연도", "année"] },
  { key: "field", title: "field", aliases: ["field of work", "sector", "secteur"] },
];

/** The template's header in the reader's language: titles mapHeader reads back in any language. */
export function importTemplateHeader(locale: AppLocale = "en"): string[] {
  return COLUMNS.map((c) => columnTitle(locale, c.title));
}

export type ImportProgramme = { id: string; slug: string; title: string };
export type RawSheet = { header: string[]; rows: string[][] };

export type ImportRow = {
  /** The row number in the spreadsheet (the header is row 1). */
  row: number;
  name: string;
  email: string;
  country: string;
  gender: Gender;
  genderOther: string | null;
  programmeId: string;
  programmeTitle: string;
  cohortYear: number;
  field: string | null;
};

export type InvalidRow = { row: number; errors: string[]; values: Partial<Record<ImportColumn, string>> };
export type ValidatedImport = {
  valid: ImportRow[];
  invalid: InvalidRow[];
  missingColumns: ImportColumn[];
  genderWords: GenderWordMapping[];
};

export function mapHeader(header: string[]): { index: Partial<Record<ImportColumn, number>>; missing: ImportColumn[] } {
  const index: Partial<Record<ImportColumn, number>> = {};
  header.forEach((cell, i) => {
    const column = columnOf(cell, COLUMNS);
    if (column && index[column] === undefined) index[column] = i;
  });
  // Gender and field may be left out: gender then counts as "prefer not to say".
  const missing = (["name", "email", "country", "programme", "cohortYear"] as const).filter(
    (c) => index[c] === undefined,
  );
  return { index, missing };
}

const emailSchema = z.email();

function findProgramme(programmes: ImportProgramme[], value: string): ImportProgramme | undefined {
  const v = value.trim().toLowerCase();
  return programmes.find((p) => p.slug.toLowerCase() === v || p.title.toLowerCase() === v);
}

/**
 * Checks every row and lists each bad one with all its problems. Empty rows are skipped. An email that
 * appears twice is bad on its later rows: one person, one account.
 */
export function validateImportRows(
  sheet: RawSheet,
  programmes: ImportProgramme[],
  options: { currentYear?: number } = {},
): ValidatedImport {
  const { index, missing } = mapHeader(sheet.header);
  if (missing.length) return { valid: [], invalid: [], missingColumns: missing, genderWords: [] };
  const currentYear = options.currentYear ?? now().getUTCFullYear();
  const seen = new Map<string, number>();
  const valid: ImportRow[] = [];
  const invalid: InvalidRow[] = [];

  sheet.rows.forEach((cells, i) => {
    const rowNumber = i + 2;
    if (isBlankRow(cells)) return;
    const get = (column: ImportColumn) => {
      const at = index[column];
      return at === undefined ? "" : (cells[at] ?? "").trim();
    };
    const values = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, get(c)])) as Record<ImportColumn, string>;
    const errors: string[] = [];

    if (!values.name) errors.push("Name is missing.");
    else if (values.name.length > 120) errors.push("Name is longer than 120 characters.");
    else if (/[<>]/.test(values.name)) errors.push("Name contains < or >.");

    const email = values.email.toLowerCase();
    if (!email) errors.push("Email is missing.");
    else if (!emailSchema.safeParse(email).success || email.length > 254)
      errors.push(`"${values.email}" is not an email address.`);
    else if (seen.has(email)) errors.push(`This email is already on row ${seen.get(email)}.`);

    const country = values.country ? countryCodeFromName(values.country) : undefined;
    if (!values.country) errors.push("Country is missing.");
    else if (!country) errors.push(`"${values.country}" is not a country we know.`);

    const gender = readGenderWord(values.gender);
    if (!gender) errors.push(`Gender, in the person's own words, has at most ${GENDER_OTHER_MAX} characters.`);

    const programme = values.programme ? findProgramme(programmes, values.programme) : undefined;
    if (!values.programme) errors.push("Programme is missing.");
    else if (!programme) errors.push(`"${values.programme}" is not a programme you can import alumni into.`);

    const year = Number(values.cohortYear);
    if (!values.cohortYear) errors.push("Cohort year is missing.");
    else if (!/^\d{4}$/.test(values.cohortYear) || year < 1950 || year > currentYear)
      errors.push(`"${values.cohortYear}" is not a cohort year between 1950 and ${currentYear}.`);

    if (values.field.length > 80) errors.push("Field has at most 80 characters.");

    if (email && !seen.has(email)) seen.set(email, rowNumber);
    if (errors.length || !country || !gender || !programme) {
      invalid.push({ row: rowNumber, errors, values });
      return;
    }
    valid.push({
      row: rowNumber,
      name: values.name,
      email,
      country,
      gender: gender.gender,
      genderOther: gender.genderOther,
      programmeId: programme.id,
      programmeTitle: programme.title,
      cohortYear: year,
      field: values.field || null,
    });
  });
  const genderColumn = index.gender;
  const genderWords =
    genderColumn === undefined
      ? []
      : genderMappings(sheet.rows.filter((r) => !isBlankRow(r)).map((r) => r[genderColumn] ?? ""));
  return { valid, invalid, missingColumns: [], genderWords };
}
