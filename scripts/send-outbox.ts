// npm run mail:send — sends the outbox's pending messages by SMTP (SMTP_URL), or marks them "skipped"
// (readable in /admin/outbox) when SMTP is not configured. Run it from cron or a job queue.
import { openDatabase } from "../db/client";
import { sendPendingEmails, smtpTransport } from "../lib/mail/sender";
import { env } from "../lib/env";

async function main() {
  const handle = openDatabase();
  try {
    const transport = await smtpTransport();
    const from = env().MAIL_FROM;
    const total = { sent: 0, failed: 0, skipped: 0 };
    for (;;) {
      const round = await sendPendingEmails(handle.db, transport, { from });
      total.sent += round.sent;
      total.failed += round.failed;
      total.skipped += round.skipped;
      if (round.sent + round.failed + round.skipped === 0) break;
    }
    console.log(
      `outbox sent=${total.sent} failed=${total.failed} skipped=${total.skipped}${transport ? "" : " (SMTP_URL not set)"}`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
