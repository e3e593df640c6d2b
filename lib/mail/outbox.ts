import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";

export type OutgoingEmail = {
  to: string;
  toUserId?: string | null;
  subject: string;
  text: string;
  kind: string;
  entityType?: string;
  entityId?: string;
};

/**
 * Writes messages to the outbox inside the caller's transaction, so an email exists exactly when the
 * decision it reports does. A sender (SMTP when configured) picks them up later.
 */
export async function enqueueEmails(tx: Executor, messages: OutgoingEmail[]): Promise<void> {
  if (messages.length === 0) return;
  await tx.insert(emailOutbox).values(
    messages.map((m) => ({
      toAddress: m.to,
      toUserId: m.toUserId ?? null,
      subject: m.subject,
      bodyText: m.text,
      kind: m.kind,
      entityType: m.entityType ?? null,
      entityId: m.entityId ?? null,
    })),
  );
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
