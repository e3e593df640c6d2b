import { and, eq, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import {
  applicationEvents,
  applications,
  calls,
  cohorts,
  nominationQuotas,
  organisations,
  profiles,
  users,
} from "@/db/schema";
import { newReference } from "@/lib/applications/reference";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, forbidden, notFound } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { countryName } from "@/lib/geo";
import { enqueueEmails, momentIn } from "@/lib/mail/outbox";
import { claimLink } from "@/lib/users/emails";
import { issueUserToken } from "@/lib/users/tokens";
import type { inviteNomineeSchema } from "./schemas";
import { now as clockNow } from "@/lib/time/clock";
import { env } from "@/lib/env";

function appUrl(): string {
  return env().APP_URL;
}

/**
 * A focal point nominates one person against their quota: the nominee's application shell is created
 * (with an account for their email if they have none yet, which they claim only through the single-use
 * link in the invitation) and an invitation goes to the outbox. The quota row is locked, so two invitations at once
 * cannot both take the last place.
 */
export async function inviteNominee(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof inviteNomineeSchema>,
  clock: { now?: Date } = {},
) {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  const now = clock.now ?? clockNow();
  return db.transaction(async (tx) => {
    const [quota] = await tx
      .select({
        id: nominationQuotas.id,
        quota: nominationQuotas.quota,
        country: nominationQuotas.country,
        focalPointId: nominationQuotas.focalPointId,
        callId: calls.id,
        callTitle: calls.title,
        callStatus: calls.status,
        closesAt: calls.closesAt,
        nominationOnly: calls.nominationOnly,
        programmeId: cohorts.programmeId,
        timeZone: cohorts.timeZone,
        organisation: organisations.name,
      })
      .from(nominationQuotas)
      .innerJoin(calls, eq(calls.id, nominationQuotas.callId))
      .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
      .innerJoin(organisations, eq(organisations.id, nominationQuotas.organisationId))
      .where(eq(nominationQuotas.id, input.quotaId))
      .for("update", { of: nominationQuotas })
      .limit(1);
    if (!quota) throw notFound("That quota does not exist.");
    if (quota.focalPointId !== actor.userId && !can(actor, "call.manage", { programmeId: quota.programmeId }))
      throw forbidden("Only the focal point named for this quota can nominate against it.");
    if (quota.callStatus !== "open") throw new DomainError("deadline", "Nominations for this call are not open.");
    if (now >= quota.closesAt)
      throw new DomainError("deadline", `Nominations closed on ${formatDateTime(quota.closesAt, quota.timeZone)}.`);

    const [{ used } = { used: 0 }] = await tx
      .select({ used: sql<number>`count(*)::int` })
      .from(applications)
      .where(and(eq(applications.nominationQuotaId, quota.id), ne(applications.status, "withdrawn")));
    if (used >= quota.quota)
      throw new DomainError(
        "conflict",
        `The quota of ${quota.quota} nominees for ${countryName(quota.country)} is full.`,
      );

    let [nominee] = await tx
      .select({ id: users.id, name: users.name, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(sql`lower(${users.email})`, input.email))
      .limit(1);
    if (!nominee) {
      [nominee] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, passwordHash: null })
        .returning({ id: users.id, name: users.name, passwordHash: users.passwordHash });
      // An official nominated by a member state: their nationality and residence start as that state's.
      await tx.insert(profiles).values({ userId: nominee!.id, nationality: quota.country, residence: quota.country });
    }
    const [existing] = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.callId, quota.callId), eq(applications.applicantId, nominee!.id)));
    if (existing)
      throw new DomainError("conflict", "This person already has an application to this call.", {
        email: ["This person already has an application to this call."],
      });

    const [sample] = await tx
      .select({ reference: applications.reference })
      .from(applications)
      .where(eq(applications.callId, quota.callId))
      .limit(1);
    const [created] = await tx
      .insert(applications)
      .values({
        callId: quota.callId,
        applicantId: nominee!.id,
        nominationQuotaId: quota.id,
        reference: newReference(sample?.reference ?? "NOM-"),
      })
      .returning({ id: applications.id, reference: applications.reference });
    await tx.insert(applicationEvents).values({
      applicationId: created!.id,
      fromStatus: null,
      toStatus: "draft",
      actorId: actor.userId,
      reason: `Nominated by ${quota.organisation}`,
      createdAt: now,
    });
    // Someone without a password yet gets their own link to set one; no one else can claim the account.
    const claim = nominee!.passwordHash ? null : claimLink(await issueUserToken(tx, nominee!.id, "claim_account", now));
    await enqueueEmails(tx, [
      {
        to: input.email,
        toUserId: nominee!.id,
        template: "nominationInvited",
        values: {
          name: input.name,
          organisation: quota.organisation,
          call: quota.callTitle,
          reference: created!.reference,
          closes: momentIn(quota.closesAt, quota.timeZone),
          account: claim ? "new" : "existing",
          claimLink: claim ?? "",
          email: input.email,
          signInLink: `${appUrl()}/sign-in`,
          applicationLink: `${appUrl()}/me/applications/${created!.id}`,
        },
        kind: "nomination.invited",
        entityType: "application",
        entityId: created!.id,
      },
    ]);
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "nomination.invite",
      entityType: "application",
      entityId: created!.id,
      data: { quotaId: quota.id, email: input.email },
    });
    return { applicationId: created!.id, reference: created!.reference, remaining: quota.quota - used - 1 };
  });
}
