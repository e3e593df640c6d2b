import type { PgColumn } from "drizzle-orm/pg-core";
import {
  alumniProfiles,
  applicationFiles,
  applications,
  auditLog,
  consents,
  emailOutbox,
  enrolments,
  expertEngagements,
  posts,
  userSessions,
  users,
} from "@/db/schema";
import { CONSENT_WORDINGS } from "@/lib/audit/consent-wordings";
import type { SessionEndReason } from "@/lib/auth/sessions";
import { OPPORTUNITY_KINDS } from "@/lib/alumni/schemas";
import { formatDateTime, formatNumber } from "@/lib/format";
import { countryName } from "@/lib/geo";
import { LOCALES, type AppLocale } from "@/lib/i18n/request";

/**
 * How the readable copy of a person's data (app/(me)/me/data/readable) names and shows each field of the
 * download (lib/privacy/export.ts, personalDataFields): a label from the messages, stored codes in words,
 * dates, yes/no and countries in the reader's language; what is data (identifiers, codes, JSON) or what
 * people wrote stays as stored, marked so. readable.test.ts holds every field and every stored code of the
 * schema to a message in each language.
 */

/** Fields whose label in one section is not the field's label elsewhere. */
const SECTION_LABELS: ReadonlySet<string> = new Set(["organisationMemberships.title", "certificates.name"]);

/** The message that names a field of a section. */
export function fieldLabelKey(section: string, field: string): string {
  return SECTION_LABELS.has(`${section}.${field}`)
    ? `myData.sectionFields.${section}.${field}`
    : `myData.fields.${field}`;
}

/** The message that names a section. */
export function sectionLabelKey(section: string): string {
  return `myData.sections.${section}`;
}

// The messages of each enum's values, by the enum's name in the database. The words other pages already use,
// where they exist; the rest under myData.values.
const ENUM_WORDS: Readonly<Record<string, (value: string) => string>> = {
  gender: (v) => `profile.${v}`,
  application_status: (v) => `applicationStatus.${v}`,
  enrolment_status: (v) => `staffCohorts.enrolmentStatus.${v}`,
  post_kind: (v) => `alumni.kind_${v}`,
  report_status: (v) => `myData.values.reportStatus.${v}`,
  programme_role: (v) => `myData.values.programmeRole.${v}`,
  review_status: (v) => `review.reviewStatus.${v}`,
  deletion_request_status: (v) => `myData.values.deletionStatus.${v}`,
  email_status: (v) => `myData.values.emailStatus.${v}`,
  attendance_status: (v) => `staffCohorts.attendanceStatus.${v}`,
  attendance_method: (v) => `staffCohorts.attendanceMethod.${v}`,
  proposal_status: (v) => `proposals.status.${v}`,
};

// Every way a session ends, checked whole against the type: a new reason fails to compile until it is here.
const END_REASONS = Object.keys({
  sign_out: 1,
  password_changed: 1,
  password_reset: 1,
  claimed: 1,
  roles_changed: 1,
  signed_out_everywhere: 1,
} satisfies Record<SessionEndReason, 1>);

/** Text columns that hold a code from a known list, with the list and the message of each. */
const CODE_WORDS = new Map<PgColumn, { values: readonly string[]; key: (value: string) => string }>([
  [users.locale, { values: LOCALES, key: (v) => `contentLanguages.languages.${v}` }],
  [posts.opportunityKind, { values: OPPORTUNITY_KINDS, key: (v) => `alumni.opp_${v}` }],
  [userSessions.endReason, { values: END_REASONS, key: (v) => `myData.values.endReason.${v}` }],
  [consents.purpose, { values: Object.keys(CONSENT_WORDINGS), key: (v) => `myData.values.consentPurpose.${v}` }],
]);

/** Text columns that hold machine data (codes with no words, addresses, hashes, keys): shown as stored. */
const DATA_TEXT: ReadonlySet<PgColumn> = new Set([
  users.email,
  users.timeZone,
  applications.reference,
  enrolments.certificateCode,
  alumniProfiles.photoKey,
  alumniProfiles.contactEmail,
  posts.link,
  posts.eventTimeZone,
  userSessions.ip,
  userSessions.userAgent,
  consents.wordingHash,
  consents.entityType,
  consents.entityId,
  emailOutbox.toAddress,
  emailOutbox.kind,
  emailOutbox.entityType,
  emailOutbox.entityId,
  auditLog.action,
  auditLog.entityType,
  auditLog.entityId,
  applicationFiles.questionId,
  applicationFiles.mimeType,
]);

/** Integer columns that are not amounts: shown without a thousands separator. */
const PLAIN_NUMBERS: ReadonlySet<PgColumn> = new Set([expertEngagements.year]);

type EnumColumn = PgColumn & { enum?: { enumName: string } };
type ArrayColumn = PgColumn & { baseColumn?: PgColumn };

/**
 * The stored codes a column can hold, each with the message that says it in words: every value of an enum
 * column, every code of a listed text column; null for a column whose values are not codes.
 */
export function valueWords(column: PgColumn): Map<string, string> | null {
  const enumName = (column as EnumColumn).enum?.enumName;
  if (column.enumValues && enumName) {
    const key = ENUM_WORDS[enumName];
    return new Map(column.enumValues.map((v) => [v, key ? key(v) : ""]));
  }
  const codes = CODE_WORDS.get(column);
  return codes ? new Map(codes.values.map((v) => [v, codes.key(v)])) : null;
}

/** How a value is shown: in the reader's words, as data (not to translate), or as people wrote it. */
export type Shown = { text: string; as: "words" | "data" | "content" | "json" };

export type Reader = { locale: AppLocale; t: (key: string) => string };

const EMPTY: Shown = { text: "—", as: "words" };

/** One value of the download as the readable copy shows it to a reader (a field no column names: as data). */
export function showValue(column: PgColumn | undefined, value: unknown, reader: Reader): Shown {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    const base = (column as ArrayColumn | undefined)?.baseColumn ?? column;
    const items = value.map((item) => showValue(base, item, reader));
    // A list is data when any of it is; otherwise its items share one kind (a column's values do).
    const as = items.some((i) => i.as === "data") ? "data" : items[0]!.as;
    return { text: items.map((i) => i.text).join(", "), as };
  }
  if (value instanceof Date) return { text: formatDateTime(value, "UTC", reader.locale), as: "words" };
  if (typeof value === "boolean") return { text: reader.t(value ? "common.yes" : "common.no"), as: "words" };
  if (typeof value === "object") return { text: JSON.stringify(value, null, 1), as: "json" };
  if (typeof value === "number") {
    if (column?.columnType === "PgInteger" && !PLAIN_NUMBERS.has(column))
      return { text: formatNumber(value, reader.locale), as: "words" };
    return { text: String(value), as: "data" };
  }
  const text = String(value);
  if (!column) return { text, as: "data" };
  const word = valueWords(column)?.get(text);
  if (word) return { text: reader.t(word), as: "words" };
  if (column.getSQLType() === "char(2)") return { text: countryName(text, reader.locale), as: "words" };
  if (column.columnType === "PgUUID" || DATA_TEXT.has(column) || valueWords(column)) return { text, as: "data" };
  return { text, as: "content" };
}
