// Writes the digest of new alumni posts to the outbox now: `npm run alumni:digest`, as the job queue's
// "alumni.digest" job (lib/jobs). The app's servers enqueue it once a week by themselves; this is for a
// one-off or a server run with JOBS=off. Uses the same database as the app (DATABASE_URL, or PGLITE_DIR
// when the app is not running on it).
import { openDatabase } from "../db/client";
import { enqueueJob } from "../lib/jobs/queue";
import { runUntilIdle } from "../lib/jobs/runner";

const handle = openDatabase();
try {
  await enqueueJob(handle.db, { type: "alumni.digest", maxAttempts: 1 });
  const ran = await runUntilIdle(handle.db, "alumni:digest");
  const failed = ran.filter((r) => r.outcome !== "done");
  console.log(`alumni digest: ${ran.length - failed.length} job(s) done, ${failed.length} failed`);
  if (failed.length) process.exitCode = 1;
} finally {
  await handle.close();
}
