import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import { programmes } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, forbidden, notFound } from "@/lib/errors";
import type { setProgrammeStatusSchema } from "./schemas";

/** Publishes, archives or withdraws a programme; refuses a stale version. */
export async function setProgrammeStatus(db: Database, actor: Actor | null, input: z.output<typeof setProgrammeStatusSchema>) {
  if (!can(actor, "programme.publish", { programmeId: input.programmeId })) throw forbidden();
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(programmes)
      .set({ status: input.status, version: sql`${programmes.version} + 1`, updatedAt: new Date() })
      .where(and(eq(programmes.id, input.programmeId), eq(programmes.version, input.version)))
      .returning({ id: programmes.id, version: programmes.version });
    if (updated.length === 0) {
      const [exists] = await tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, input.programmeId));
      if (!exists) throw notFound("That programme does not exist.");
      throw new DomainError("stale", "Someone else changed this programme since you opened it. Reload and try again.");
    }
    await writeAudit(tx, { actorId: actor!.userId, action: "programme.setStatus", entityType: "programme", entityId: input.programmeId, data: { status: input.status } });
    return { version: updated[0]!.version };
  });
}
