import { inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { emailOutbox, users } from "@/db/schema";
import { formatDateRange, formatDateTime } from "@/lib/format";
import { renderMessage } from "@/lib/i18n/messages";
import { isAppLocale, type AppLocale } from "@/lib/i18n/request";

export type OutgoingEmail = {
  to: string;
  toUserId?: string | null;
  subject: string;
  text: string;
  kind: string;
  entityType?: string;
  entityId?: string;
};

/** A value written in the recipient's language when the email is rendered: a date, a list of labels. */
export type LocalizedValue = (locale: AppLocale) => string;

/**
 * An email written from messages/*.json: `${template}.subject` and `${template}.body` under "email", rendered
 * when it is queued in the language saved on the recipient's account (English if none, or no account).
 * `locale` names the language of a recipient who has no account (any more) to read it from.
 */
export type TemplatedEmail = Omit<OutgoingEmail, "subject" | "text"> & {
  template: string;
  values: Record<string, string | number | LocalizedValue>;
  /**
   * The recipient's language when the caller already has it: the one saved on the account read with the rest
   * (saves a lookup; null when none is saved, so English), or that of a recipient with no account (any more).
   */
  locale?: string | null;
};

/** A moment in the recipient's language, in the zone of the cohort or call it belongs to. */
export function momentIn(at: Date, timeZone: string): LocalizedValue {
  return (locale) => formatDateTime(at, timeZone, locale);
}

/** Calendar dates (YYYY-MM-DD, no zone) in the recipient's language: one day, or from one to another. */
export function daysFrom(start: string, end: string | null = null): LocalizedValue {
  return (locale) => formatDateRange(start, end, locale) ?? start;
}

/** The language saved on each of these accounts, where one is (a recipient without one is missing). */
export async function recipientLocales(tx: Executor, userIds: string[]): Promise<Map<string, AppLocale>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx.select({ id: users.id, locale: users.locale }).from(users).where(inArray(users.id, userIds));
  return new Map(rows.flatMap((r) => (isAppLocale(r.locale) ? [[r.id, r.locale] as const] : [])));
}

/** The subject and text of a templated email in one language. */
function renderEmail(email: TemplatedEmail, locale: AppLocale): OutgoingEmail {
  const { template, values: given, locale: _known, ...rest } = email;
  const values = Object.fromEntries(
    Object.entries(given).map(([name, value]) => [name, typeof value === "function" ? value(locale) : value]),
  );
  return {
    ...rest,
    subject: renderMessage(locale, `email.${template}.subject`, values),
    text: renderMessage(locale, `email.${template}.body`, values),
  };
}

/**
 * Writes messages to the outbox inside the caller's transaction, so an email exists exactly when the
 * decision it reports does. A sender (SMTP when configured) picks them up later. Templated messages are
 * written in their recipient's language.
 */
export async function enqueueEmails(tx: Executor, emails: (OutgoingEmail | TemplatedEmail)[]): Promise<void> {
  if (emails.length === 0) return;
  await tx.insert(emailOutbox).values(await outboxRows(tx, emails));
}

/**
 * The outbox rows of these messages, rendered in their recipients' languages (a lookup only for templated
 * messages whose caller did not give the language), for a caller that writes them within a statement of its own
 * (db/subquery.ts insertFromEach).
 */
export async function outboxRows(
  tx: Executor,
  emails: (OutgoingEmail | TemplatedEmail)[],
): Promise<(typeof emailOutbox.$inferInsert)[]> {
  const templated = emails.flatMap((m) =>
    "template" in m && m.toUserId && m.locale === undefined ? [m.toUserId] : [],
  );
  const locales = await recipientLocales(tx, [...new Set(templated)]);
  const messages = emails.map((m) => {
    if (!("template" in m)) return m;
    const known = m.locale !== undefined ? (isAppLocale(m.locale) ? m.locale : null) : null;
    return renderEmail(m, known ?? (m.toUserId ? locales.get(m.toUserId) : undefined) ?? "en");
  });
  return messages.map((m) => ({
    toAddress: m.to,
    toUserId: m.toUserId ?? null,
    subject: m.subject,
    bodyText: m.text,
    kind: m.kind,
    entityType: m.entityType ?? null,
    entityId: m.entityId ?? null,
  }));
}

// Single-use links (confirm address, reset password, claim account) carry their secret as `token=`.
const TOKEN_IN_LINK = /([?&]token=)[\w-]{16,}/g;

/** The message with every token link's secret replaced, for anyone but its recipient. */
export function redactSecrets(text: string): string {
  return text.replace(TOKEN_IN_LINK, "$1[hidden]");
}

/**
 * What staff may read of a message at /admin/outbox: always redacted, except a message not yet sent on a
 * machine that set MAIL_DEV_INBOX (no SMTP; the in-app outbox is the mailbox there).
 */
export function bodyForStaff(message: { bodyText: string; status: string }, devInbox: boolean): string {
  return devInbox && message.status !== "sent" ? message.bodyText : redactSecrets(message.bodyText);
}
