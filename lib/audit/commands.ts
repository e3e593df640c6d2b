import type { Executor } from "@/db/client";
import { auditLog } from "@/db/schema";

/** Written inside the command's transaction, so the record and the change land together or not at all. */
export async function writeAudit(
  tx: Executor,
  entry: {
    actorId: string | null;
    action: string;
    entityType: string;
    entityId?: string | null;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    data: entry.data ?? {},
  });
}
