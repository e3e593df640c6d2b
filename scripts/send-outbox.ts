// npm run mail:send — sends the outbox's pending messages now, as the job queue's "mail.send" job (lib/jobs):
// by SMTP (SMTP_URL), or marks them "skipped" (readable in /admin/outbox) when SMTP is not configured.
// The app's servers do this every minute by themselves; this is for a one-off or a server run with JOBS=off.
// Exits 1 when sending failed (the failed job, with its error, is listed at /admin/jobs).
import { openDatabase } from "../db/client";
import { enqueueJob } from "../lib/jobs/queue";
import { runUntilIdle } from "../lib/jobs/runner";

const handle = openDatabase();
try {
  await enqueueJob(handle.db, { type: "mail.send", maxAttempts: 1 });
  const ran = await runUntilIdle(handle.db, "mail:send");
  const failed = ran.filter((r) => r.outcome !== "done");
  console.log(`outbox: ${ran.length - failed.length} job(s) done, ${failed.length} failed`);
  if (failed.length) process.exitCode = 1;
} finally {
  await handle.close();
}
