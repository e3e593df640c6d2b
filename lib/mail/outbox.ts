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
