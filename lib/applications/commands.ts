import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import { rowsFor } from "@/db/subquery";
import { applications, auditLog, calls, cohorts, consents, emailOutbox, profiles } from "@/db/schema";
import { auditRows, writeAudit } from "@/lib/audit/commands";
import { consentRow } from "@/lib/audit/consents";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, forbidden, isUniqueViolation, notFound } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { outboxRows } from "@/lib/mail/outbox";
import { isAppLocale } from "@/lib/i18n/request";
import { customGroupsFor } from "@/lib/geo/country-groups";
import { checkEligibility, eligibilityGroupRefs } from "./eligibility";
import { checkCompleteAnswers, CRITERIA_KEY, keepKnownAnswers } from "./form";
import { assertCallAcceptsWork, loadOwnApplication } from "./load";
import { newReference } from "./reference";
import type {
  reopenApplicationSchema,
  saveDraftSchema,
  startApplicationSchema,
  submitApplicationSchema,
  withdrawApplicationSchema,
} from "./schemas";
import { moveApplication, moveOneWith } from "./state";
import { now as clockNow } from "@/lib/time/clock";

type Clock = { now?: Date };

/**
 * Starts (or returns) the actor's draft for an open call, once their profile shows they are eligible
 * and they have confirmed the call's yes/no criteria. One application per applicant per call.
 */
export async function startApplication(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof startApplicationSchema>,
  clock: Clock = {},
) {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  if (!can(actor, "application.apply")) throw forbidden();
  const now = clock.now ?? clockNow();
  const [call] = await db
    .select({
      id: calls.id,
      status: calls.status,
      opensAt: calls.opensAt,
      closesAt: calls.closesAt,
      eligibility: calls.eligibility,
      nominationOnly: calls.nominationOnly,
      timeZone: cohorts.timeZone,
    })
    .from(calls)
    .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .where(eq(calls.id, input.callId))
    .limit(1);
  if (!call || call.status === "draft") throw notFound("We could not find that call.");
  const [existing] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.callId, call.id), eq(applications.applicantId, actor.userId)));
  if (existing) return { applicationId: existing.id, created: false };
  if (call.nominationOnly)
    throw new DomainError(
      "forbidden",
      "This call takes nominations only: your country's focal point invites the nominees.",
    );
  assertCallAcceptsWork(
    { callStatus: call.status, opensAt: call.opensAt, closesAt: call.closesAt, timeZone: call.timeZone },
    now,
    "start",
  );

  const [profile] = await db
    .select({ nationality: profiles.nationality, residence: profiles.residence })
    .from(profiles)
    .where(eq(profiles.userId, actor.userId));
  const eligibility = checkEligibility(
    call.eligibility,
    { nationality: profile?.nationality ?? null, residence: profile?.residence ?? null },
    await customGroupsFor(db, eligibilityGroupRefs(call.eligibility)),
  );
  if (eligibility.status === "incomplete")
    throw new DomainError(
      "validation",
      "Complete your profile (nationality and country of residence) before you apply.",
    );
  if (eligibility.status === "ineligible") throw new DomainError("forbidden", eligibility.reasons.join(" "));
  const missing = (call.eligibility.criteria ?? []).filter((c) => !input.criteria.includes(c.id));
  if (missing.length) {
    throw new DomainError(
      "validation",
      "Confirm every eligibility criterion before you start.",
      Object.fromEntries(missing.map((c) => [`criteria.${c.id}`, [`Confirm: ${c.label}`]])),
    );
  }

  const [sample] = await db
    .select({ reference: applications.reference })
    .from(applications)
    .where(eq(applications.callId, call.id))
    .limit(1);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(applications)
          .values({
            callId: call.id,
            applicantId: actor.userId,
            reference: newReference(sample?.reference),
            answers: call.eligibility.criteria?.length
              ? { [CRITERIA_KEY]: Object.fromEntries(input.criteria.map((c) => [c, true])) }
              : {},
          })
          .onConflictDoNothing({ target: [applications.callId, applications.applicantId] })
          .returning({ id: applications.id });
        if (!created) {
          // Another tab started it a moment ago: the same draft, not a second one.
          const [row] = await tx
            .select({ id: applications.id })
            .from(applications)
            .where(and(eq(applications.callId, call.id), eq(applications.applicantId, actor.userId)));
          return { applicationId: row!.id, created: false };
        }
        await writeAudit(tx, {
          actorId: actor.userId,
          action: "application.start",
          entityType: "application",
          entityId: created.id,
          data: { callId: call.id },
        });
        return { applicationId: created.id, created: true };
      });
    } catch (error) {
      // A reference collision is the only unique violation left; a fresh random suffix resolves it.
      if (isUniqueViolation(error) && attempt < 3) continue;
      throw error;
    }
  }
}

/**
 * Saves a draft. The version the client loaded must still be current: a save from a stale tab is
 * refused with a sentence, never written over newer answers. Limits are checked at submission, so a
 * half-written answer still saves. No audit row: autosave runs every few seconds, and the version and
 * updated_at already record each save; submission, withdrawal and re-opening are audited.
 */
export async function saveDraft(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof saveDraftSchema>,
  clock: Clock = {},
) {
  const app = await loadOwnApplication(db, actor, input.applicationId);
  if (app.status !== "draft")
    throw new DomainError("conflict", "This application has been submitted and can no longer be changed.");
  assertCallAcceptsWork(app, clock.now ?? clockNow(), "change");
  const offered = new Set(app.offeredTrackIds);
  const preferences = [...new Set(input.trackPreferences)];
  if (preferences.some((t) => !offered.has(t)))
    throw new DomainError("validation", "Choose among the sections this call offers.", {
      trackPreferences: ["Choose among the sections this call offers."],
    });
  const answers = keepKnownAnswers(app.form, { ...input.answers, [CRITERIA_KEY]: app.answers[CRITERIA_KEY] });
  if (answers[CRITERIA_KEY] === undefined) delete answers[CRITERIA_KEY];
  const savedAt = clockNow();
  const [row] = await db
    .update(applications)
    .set({ answers, trackPreferences: preferences, version: sql`${applications.version} + 1`, updatedAt: savedAt })
    .where(and(eq(applications.id, app.id), eq(applications.version, input.version), eq(applications.status, "draft")))
    .returning({ version: applications.version });
  if (!row) {
    throw new DomainError(
      "stale",
      "This application was changed in another tab or window since you opened it, so this save was refused and nothing was overwritten. Reload the page to see the saved version, then make your change again.",
    );
  }
  return { version: row.version, savedAt: savedAt.toISOString() };
}

/**
 * Submits before the deadline (checked here, on the server), taking the snapshot of the applicant's
 * country, gender, organisation and field, and writing the confirmation email to the outbox.
 * Idempotent: a repeated submit of the same version answers as the first did.
 */
export async function submitApplication(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof submitApplicationSchema>,
  clock: Clock = {},
) {
  const app = await loadOwnApplication(db, actor, input.applicationId);
  const already = () => ({
    version: app.version,
    submittedAt: app.submittedAt!.toISOString(),
    alreadySubmitted: true as const,
    confirmationMessage: app.confirmationMessage,
  });
  if (app.status === "submitted" && app.submittedAt && app.version === input.version + 1) return already();
  if (app.status !== "draft")
    throw new DomainError(
      "conflict",
      app.status === "withdrawn" ? "This application was withdrawn." : "This application has already been submitted.",
    );
  if (app.version !== input.version)
    throw new DomainError(
      "stale",
      "This application changed since you opened it (perhaps in another tab). Reload the review page and submit again.",
    );
  const now = clock.now ?? clockNow();
  assertCallAcceptsWork(app, now, "submit");
  // An account drafts before its address is confirmed, but a submission must reach its owner.
  if (!app.emailVerifiedAt) {
    throw new DomainError(
      "forbidden",
      "Confirm your email address before you submit: open the link we emailed you, or send a new one from Sign-in and security (/me/security).",
    );
  }

  const errors = checkCompleteAnswers(app.form, app.answers, new Set(app.uploadedQuestionIds));
  if (app.offeredTrackIds.length && app.trackPreferences.length === 0)
    errors.trackPreferences = ["Rank at least one section."];
  if (Object.keys(errors).length)
    throw new DomainError("validation", "Some answers are missing or too long. Complete them, then submit.", errors);
  const eligibility = checkEligibility(
    app.eligibility,
    { nationality: app.nationality, residence: app.residence },
    await customGroupsFor(db, eligibilityGroupRefs(app.eligibility)),
  );
  if (eligibility.status !== "eligible") {
    throw new DomainError(
      "conflict",
      eligibility.status === "ineligible"
        ? eligibility.reasons.join(" ")
        : "Complete your profile (nationality and country of residence) before you submit.",
    );
  }

  // The guarded move and the rows that go with it (the receipt, its audit row, the consent) are one statement
  // (lib/applications/state.ts moveOneWith): one round trip, written whole or not at all.
  const moved = await moveOneWith(
    db,
    actor!.userId,
    {
      applicationId: app.id,
      from: "draft",
      to: "submitted",
      version: input.version,
      reason: null,
      set: {
        submittedAt: now,
        snapshotNationality: app.nationality,
        snapshotResidence: app.residence,
        snapshotGender: app.gender ?? "undisclosed",
        snapshotOrganisation: app.organisation,
        snapshotField: app.field,
      },
    },
    [
      rowsFor(
        emailOutbox,
        await outboxRows(db, [
          {
            to: app.applicantEmail,
            toUserId: actor!.userId,
            locale: app.applicantLocale,
            template: "applicationReceived",
            values: {
              name: app.applicantName,
              reference: app.reference,
              callTitle: app.callTitle,
              submittedAt: formatDateTime(
                now,
                app.timeZone,
                isAppLocale(app.applicantLocale) ? app.applicantLocale : "en",
              ),
              // The call's own words (written by its staff), kept as they were written.
              confirmation: app.confirmationMessage ? `\n\n${app.confirmationMessage}` : "",
            },
            kind: "application.submitted",
            entityType: "application",
            entityId: app.id,
          },
        ]),
      ),
      rowsFor(
        auditLog,
        auditRows([
          { actorId: actor!.userId, action: "application.submit", entityType: "application", entityId: app.id },
        ]),
      ),
      // The submit page shows this wording beside the button; submitting is agreeing to it.
      rowsFor(consents, [
        consentRow({
          userId: actor!.userId,
          purpose: "application",
          entityType: "application",
          entityId: app.id,
          at: now,
        }),
      ]),
    ],
    { at: now },
  );
  if (moved) {
    return {
      version: moved.version,
      submittedAt: now.toISOString(),
      alreadySubmitted: false as const,
      confirmationMessage: app.confirmationMessage,
    };
  }
  // The guard matched nothing: another submit of the same version won (a double click, two tabs), or the
  // application changed since it was read.
  const [current] = await db
    .select({ status: applications.status, version: applications.version, submittedAt: applications.submittedAt })
    .from(applications)
    .where(eq(applications.id, app.id));
  if (current?.status === "submitted" && current.submittedAt && current.version === input.version + 1) {
    return {
      version: current.version,
      submittedAt: current.submittedAt.toISOString(),
      alreadySubmitted: true as const,
      confirmationMessage: app.confirmationMessage,
    };
  }
  throw new DomainError(
    "stale",
    "This application changed since you opened it (perhaps in another tab). Reload the review page and submit again.",
  );
}

/** The applicant withdraws a draft or a submitted application; the move is kept with their reason. */
export async function withdrawApplication(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof withdrawApplicationSchema>,
) {
  const app = await loadOwnApplication(db, actor, input.applicationId);
  if (app.status === "withdrawn") return { version: app.version };
  return db.transaction(async (tx) => {
    const version = await moveApplication(tx, actor!.userId, {
      applicationId: app.id,
      from: app.status,
      to: "withdrawn",
      version: input.version,
      reason: input.reason || "Withdrawn by the applicant",
    });
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "application.withdraw",
      entityType: "application",
      entityId: app.id,
    });
    return { version };
  });
}

/** Puts a submitted application back to draft for editing, only where the call allows it and before the deadline. */
export async function reopenApplication(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof reopenApplicationSchema>,
  clock: Clock = {},
) {
  const app = await loadOwnApplication(db, actor, input.applicationId);
  if (!app.allowEditAfterSubmit)
    throw new DomainError("forbidden", "This call does not allow changes after submission.");
  if (app.status !== "submitted")
    throw new DomainError("conflict", "Only a submitted application that is not yet under review can be re-opened.");
  assertCallAcceptsWork(app, clock.now ?? clockNow(), "change");
  return db.transaction(async (tx) => {
    const version = await moveApplication(tx, actor!.userId, {
      applicationId: app.id,
      from: "submitted",
      to: "draft",
      version: input.version,
      reason: "Re-opened by the applicant to edit before the deadline",
      set: { submittedAt: null },
    });
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "application.reopen",
      entityType: "application",
      entityId: app.id,
    });
    return { version };
  });
}
