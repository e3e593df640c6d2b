// Writes the digest of new alumni posts to the outbox: `npm run alumni:digest`, e.g. weekly from cron.
// Uses the same database as the app (DATABASE_URL, or PGLITE_DIR when the app is not running on it).
import { openDatabase } from "../db/client";
import { sendPostDigest } from "../lib/alumni/digest-commands";

const handle = openDatabase();
try {
  const result = await sendPostDigest(handle.db, "system");
  console.log(
    `alumni digest: ${result.posts} new posts, ${result.recipients} recipients (${result.periodStart.toISOString()} – ${result.periodEnd.toISOString()})`,
  );
} finally {
  await handle.close();
}
