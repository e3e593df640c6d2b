import type { z } from "zod";
import type { Database } from "@/db/client";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, forbidden } from "@/lib/errors";
import { now as clockNow } from "@/lib/time/clock";
import { retryFailedJob } from "./queue";
import type { retryJobSchema } from "./schemas";

/** An administrator sends a failed job back to the queue (/admin/jobs); it runs at the runner's next poll. */
export async function retryJob(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof retryJobSchema>,
  now = clockNow(),
) {
  if (!actor || !can(actor, "admin.jobs")) throw forbidden("Only administrators retry jobs.");
  return db.transaction(async (tx) => {
    if (!(await retryFailedJob(tx, input.jobId, now)))
      throw new DomainError(
        "conflict",
        "That job is not failed any more (someone retried it already). Reload the page.",
      );
    await writeAudit(tx, { actorId: actor.userId, action: "job.retry", entityType: "job", entityId: input.jobId });
    return { retried: input.jobId };
  });
}
