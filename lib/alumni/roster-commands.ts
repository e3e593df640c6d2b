import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import { alumniProfiles, expertEngagements } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { forbidden, notFound } from "@/lib/errors";
import type { engagementSchema } from "./schemas";

/** Staff record technical assistance an expert gave ("supported the 2019 periodic report of Mongolia"). */
export async function recordEngagement(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof engagementSchema>,
): Promise<{ engagementId: string }> {
  if (!actor || !can(actor, "roster.recordEngagement")) throw forbidden("Only staff record engagements.");
  return db.transaction(async (tx) => {
    const [expert] = await tx
      .select({ userId: alumniProfiles.userId })
      .from(alumniProfiles)
      .where(and(eq(alumniProfiles.userId, input.expertId), eq(alumniProfiles.isExpert, true)));
    if (!expert) throw notFound("That person is not in the expert roster.");
    const [row] = await tx
      .insert(expertEngagements)
      .values({
        expertId: input.expertId,
        description: input.description,
        country: input.country,
        year: input.year,
        recordedById: actor.userId,
      })
      .returning({ id: expertEngagements.id });
    if (!row) throw new Error("insert returned no row");
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "roster.recordEngagement",
      entityType: "user",
      entityId: input.expertId,
      data: { engagementId: row.id, year: input.year },
    });
    return { engagementId: row.id };
  });
}
