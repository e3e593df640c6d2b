import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import { applications, calls, profiles, programmeRoles, reviews, selectionSettings, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { assertInScope, callScope } from "@/lib/auth/scope";
import type { Actor } from "@/lib/auth/roles";
import { moveApplications } from "@/lib/applications/state";
import { DomainError, notFound, stale } from "@/lib/errors";
import { detectConflict, planAssignments } from "./assignment";
import type { addReviewerSchema, callOnlySchema, reassignSchema, reviewSettingsSchema } from "./schemas";
import { subquery } from "@/db/subquery";
import { now } from "@/lib/time/clock";

// Drizzle leaves columns unqualified in a one-table select; inside a subquery "id" would be the inner row's.
const APPLICATION_ID = sql.raw('"applications"."id"');

async function requireCall(
  tx: Executor,
  actor: Actor | null,
  callId: string,
  permission: "review.assign" | "selection.run" | "selection.decide" = "review.assign",
) {
  const scope = await callScope(tx, callId);
  assertInScope(actor, permission, scope, "That call does not exist.");
  const [call] = await tx
    .select({ id: calls.id, version: calls.version })
    .from(calls)
    .where(eq(calls.id, callId))
    .limit(1);
  if (!call) throw notFound("That call does not exist.");
  return { ...call, programmeId: scope.programmeId!, actorId: actor.userId };
}

/** Rubric and review settings of a call, each guarded by the version the editor loaded. */
export async function saveReviewSettings(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof reviewSettingsSchema>,
) {
  return db.transaction(async (tx) => {
    const call = await requireCall(tx, actor, input.callId);
    const [updatedCall] = await tx
      .update(calls)
      .set({ rubric: input.rubric, version: sql`${calls.version} + 1` })
      .where(and(eq(calls.id, input.callId), eq(calls.version, input.callVersion)))
      .returning({ version: calls.version });
    if (!updatedCall) throw stale("Someone else changed this call since you opened it. Reload and try again.");
    const values = {
      reviewersPerApplication: input.reviewersPerApplication,
      anonymised: input.anonymised,
      normalise: input.normalise,
      aggregation: input.aggregation,
      avoidSameCountry: input.avoidSameCountry,
      offerDays: input.offerDays,
      updatedAt: now(),
    };
    let settingsVersion: number;
    if (input.settingsVersion === 0) {
      const inserted = await tx
        .insert(selectionSettings)
        .values({ callId: input.callId, ...values })
        .onConflictDoNothing()
        .returning({ version: selectionSettings.version });
      if (!inserted[0]) throw stale("Someone else saved these settings since you opened them. Reload and try again.");
      settingsVersion = inserted[0].version;
    } else {
      const [updated] = await tx
        .update(selectionSettings)
        .set({ ...values, version: sql`${selectionSettings.version} + 1` })
        .where(and(eq(selectionSettings.callId, input.callId), eq(selectionSettings.version, input.settingsVersion)))
        .returning({ version: selectionSettings.version });
      if (!updated) throw stale("Someone else saved these settings since you opened them. Reload and try again.");
      settingsVersion = updated.version;
    }
    await writeAudit(tx, {
      actorId: call.actorId,
      action: "review.saveSettings",
      entityType: "call",
      entityId: input.callId,
      data: { ...values, rubric: input.rubric },
    });
    return { callVersion: updatedCall.version, settingsVersion };
  });
}

/** Makes an existing account a reviewer of the call's programme. */
export async function addReviewer(db: Database, actor: Actor | null, input: z.output<typeof addReviewerSchema>) {
  return db.transaction(async (tx) => {
    const call = await requireCall(tx, actor, input.callId);
    const [user] = await tx
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(eq(sql`lower(${users.email})`, input.email))
      .limit(1);
    if (!user)
      throw new DomainError(
        "not_found",
        "Nobody has an account with that email address. Ask them to create one first.",
        { email: ["No account with this address."] },
      );
    await tx
      .insert(programmeRoles)
      .values({ programmeId: call.programmeId, userId: user.id, role: "reviewer" })
      .onConflictDoNothing();
    await writeAudit(tx, {
      actorId: call.actorId,
      action: "review.addReviewer",
      entityType: "call",
      entityId: input.callId,
      data: { userId: user.id },
    });
    // The role change, on the person's own history too.
    await writeAudit(tx, {
      actorId: call.actorId,
      action: "user.grantRole",
      entityType: "user",
      entityId: user.id,
      after: { role: "reviewer", programmeId: call.programmeId },
    });
    return { reviewerId: user.id, name: user.name };
  });
}

/** The programme's reviewers with what conflict detection needs and their current load in the call. */
async function reviewersOf(tx: Executor, programmeId: string, callId: string) {
  return tx
    .select({
      id: users.id,
      organisation: profiles.organisation,
      country: profiles.nationality,
      load: subquery<number>`(select count(*)::int from ${reviews} r join ${applications} a on a.id = r.application_id where r.reviewer_id = ${users.id} and a.call_id = ${callId} and r.status <> 'conflict')`,
    })
    .from(programmeRoles)
    .innerJoin(users, eq(users.id, programmeRoles.userId))
    .leftJoin(profiles, eq(profiles.userId, users.id))
    .where(and(eq(programmeRoles.programmeId, programmeId), eq(programmeRoles.role, "reviewer")));
}

/**
 * Gives every submitted application its missing reviewers (the call's N), evenly, avoiding declared
 * conflicts and the detected ones (same organisation; same country when the call says so), and moves
 * newly assigned applications to under review.
 */
export async function assignReviewers(db: Database, actor: Actor | null, input: z.output<typeof callOnlySchema>) {
  return db.transaction(async (tx) => {
    const call = await requireCall(tx, actor, input.callId);
    const [settings] = await tx.select().from(selectionSettings).where(eq(selectionSettings.callId, input.callId));
    const perApplication = settings?.reviewersPerApplication ?? 2;
    const avoidSameCountry = settings?.avoidSameCountry ?? false;
    const reviewers = await reviewersOf(tx, call.programmeId, input.callId);
    if (reviewers.length === 0)
      throw new DomainError("conflict", "This programme has no reviewers yet. Add one first.");
    const apps = await tx
      .select({
        id: applications.id,
        status: applications.status,
        organisation: applications.snapshotOrganisation,
        country: applications.snapshotNationality,
        active: subquery<
          string[]
        >`(select coalesce(json_agg(r.reviewer_id), '[]'::json) from ${reviews} r where r.application_id = ${APPLICATION_ID} and r.status <> 'conflict')`,
        declared: subquery<
          string[]
        >`(select coalesce(json_agg(r.reviewer_id), '[]'::json) from ${reviews} r where r.application_id = ${APPLICATION_ID} and r.status = 'conflict')`,
      })
      .from(applications)
      .where(and(eq(applications.callId, input.callId), inArray(applications.status, ["submitted", "under_review"])));
    const plan = planAssignments(
      apps.map((a) => ({
        id: a.id,
        organisation: a.organisation,
        country: a.country,
        reviewerIds: a.active,
        declaredConflictIds: a.declared,
      })),
      reviewers,
      { perApplication, avoidSameCountry },
    );
    if (plan.assignments.length)
      await tx.insert(reviews).values(
        plan.assignments.map((a) => ({
          reviewerId: a.reviewerId,
          applicationId: a.applicationId,
          status: "assigned" as const,
        })),
      );
    const newlyAssigned = new Set(plan.assignments.map((a) => a.applicationId));
    await moveApplications(
      tx,
      call.actorId,
      apps
        .filter((a) => a.status === "submitted" && newlyAssigned.has(a.id))
        .map((a) => ({
          applicationId: a.id,
          from: "submitted" as const,
          to: "under_review" as const,
          reason: "Assigned to reviewers",
        })),
    );
    await writeAudit(tx, {
      actorId: call.actorId,
      action: "review.assign",
      entityType: "call",
      entityId: input.callId,
      data: { assigned: plan.assignments.length, short: plan.short.length, perApplication },
    });
    return { assigned: plan.assignments.length, applications: newlyAssigned.size, short: plan.short.length };
  });
}

/** Moves an unsubmitted review to another reviewer of the programme (their draft scores are not carried over). */
export async function reassignReview(db: Database, actor: Actor | null, input: z.output<typeof reassignSchema>) {
  return db.transaction(async (tx) => {
    const [review] = await tx
      .select({
        id: reviews.id,
        status: reviews.status,
        reviewerId: reviews.reviewerId,
        applicationId: reviews.applicationId,
        callId: applications.callId,
        organisation: applications.snapshotOrganisation,
        country: applications.snapshotNationality,
      })
      .from(reviews)
      .innerJoin(applications, eq(applications.id, reviews.applicationId))
      .where(eq(reviews.id, input.reviewId))
      .limit(1);
    if (!review) throw notFound("That review does not exist.");
    const call = await requireCall(tx, actor, review.callId);
    if (review.status === "submitted" || review.status === "conflict")
      throw new DomainError("conflict", "A submitted review or a declared conflict cannot be moved.");
    if (review.reviewerId === input.reviewerId) return { version: input.version };
    const reviewers = await reviewersOf(tx, call.programmeId, review.callId);
    const target = reviewers.find((r) => r.id === input.reviewerId);
    if (!target)
      throw new DomainError("validation", "Choose one of this programme's reviewers.", {
        reviewerId: ["Not a reviewer of this programme."],
      });
    const [settings] = await tx
      .select({ avoidSameCountry: selectionSettings.avoidSameCountry })
      .from(selectionSettings)
      .where(eq(selectionSettings.callId, review.callId));
    const conflict = detectConflict(review, target, { avoidSameCountry: settings?.avoidSameCountry ?? false });
    if (conflict)
      throw new DomainError("conflict", `That reviewer ${conflict}; choose another.`, {
        reviewerId: [`This reviewer ${conflict}.`],
      });
    const [taken] = await tx
      .select({ id: reviews.id })
      .from(reviews)
      .where(
        and(
          eq(reviews.applicationId, review.applicationId!),
          eq(reviews.reviewerId, input.reviewerId),
          ne(reviews.id, review.id),
        ),
      )
      .limit(1);
    if (taken)
      throw new DomainError("conflict", "That reviewer already has (or declined) this application.", {
        reviewerId: ["Already has this application."],
      });
    const [updated] = await tx
      .update(reviews)
      .set({
        reviewerId: input.reviewerId,
        status: "assigned",
        scores: {},
        comment: "",
        version: sql`${reviews.version} + 1`,
        assignedAt: now(),
      })
      .where(
        and(
          eq(reviews.id, review.id),
          eq(reviews.version, input.version),
          inArray(reviews.status, ["assigned", "draft"]),
        ),
      )
      .returning({ version: reviews.version });
    if (!updated)
      throw stale(
        "This review changed since you opened the page (perhaps the reviewer saved it). Reload and try again.",
      );
    await writeAudit(tx, {
      actorId: call.actorId,
      action: "review.reassign",
      entityType: "review",
      entityId: review.id,
      data: { from: review.reviewerId, to: input.reviewerId },
    });
    return { version: updated.version };
  });
}
