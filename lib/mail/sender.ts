import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { now } from "@/lib/time/clock";
import { env } from "@/lib/env";
import { redactSecrets } from "./outbox";

/** What sending needs from a mail library: nodemailer's transport fits, and so does a fake in tests. */
export type MailTransport = {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
};

/**
 * Sends what waits in the outbox, oldest first, a batch at a time. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so several instances can run this at once without sending a message twice.
 * Without a transport (no SMTP_URL) messages are marked "skipped": kept for reading in the app.
 */
export async function sendPendingEmails(
  db: Database,
  transport: MailTransport | null,
  options: { from: string; limit?: number },
): Promise<{ sent: number; failed: number; skipped: number }> {
  const limit = options.limit ?? 50;
  return db.transaction(async (tx) => {
    const batch = await tx
      .select({
        id: emailOutbox.id,
        to: emailOutbox.toAddress,
        subject: emailOutbox.subject,
        text: emailOutbox.bodyText,
      })
      .from(emailOutbox)
      .where(eq(emailOutbox.status, "pending"))
      .orderBy(asc(emailOutbox.createdAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (batch.length === 0) return { sent: 0, failed: 0, skipped: 0 };
    if (!transport) {
      await tx
        .update(emailOutbox)
        .set({ status: "skipped" })
        .where(
          inArray(
            emailOutbox.id,
            batch.map((m) => m.id),
          ),
        );
      return { sent: 0, failed: 0, skipped: batch.length };
    }
    let sent = 0;
    let failed = 0;
    for (const message of batch) {
      try {
        await transport.sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text });
        // Once delivered, the copy kept here no longer opens anything: token links are hidden.
        await tx
          .update(emailOutbox)
          .set({ status: "sent", sentAt: now(), error: null, bodyText: redactSecrets(message.text) })
          .where(and(eq(emailOutbox.id, message.id), eq(emailOutbox.status, "pending")));
        sent++;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        await tx
          .update(emailOutbox)
          .set({ status: "failed", error: sql`${reason.slice(0, 500)}` })
          .where(eq(emailOutbox.id, message.id));
        failed++;
      }
    }
    return { sent, failed, skipped: 0 };
  });
}

/** nodemailer over SMTP_URL (smtp://user:pass@host:587), or null when it is not configured. */
export async function smtpTransport(url = env().SMTP_URL): Promise<MailTransport | null> {
  if (!url) return null;
  const nodemailer = await import("nodemailer");
  return nodemailer.createTransport(url);
}
