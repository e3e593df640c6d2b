import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { applicationFiles, applications, callTracks, calls, cohorts, profiles, programmes, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, notFound } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { subquery } from "@/db/subquery";

/**
 * An application with what every applicant command needs, only if it is the actor's own: another
 * person's id answers exactly like an unknown id (404), so ids cannot be probed.
 */
export async function loadOwnApplication(db: Executor, actor: Actor | null, applicationId: string) {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  let query = ownApplication.get(db);
  if (!query) {
    query = ownApplicationQuery(db);
    ownApplication.set(db, query);
  }
  const [row] = await query.execute({ applicationId, userId: actor.userId });
  if (!row) throw notFound("We could not find that application.");
  return row;
}

/**
 * The statement is built once per database handle (drizzle's prepare, with placeholders for the two ids), not
 * on every call: drizzle building a select of this size cost about half a millisecond of a submission's server
 * time (e2e/bench/RESULTS.md, Session 10). A transaction is a handle of its own, so there it is built per
 * transaction, as before.
 */
const ownApplication = new WeakMap<Executor, ReturnType<typeof ownApplicationQuery>>();

function ownApplicationQuery(db: Executor) {
  return db
    .select({
      id: applications.id,
      reference: applications.reference,
      status: applications.status,
      version: applications.version,
      answers: applications.answers,
      trackPreferences: applications.trackPreferences,
      submittedAt: applications.submittedAt,
      updatedAt: applications.updatedAt,
      nominationQuotaId: applications.nominationQuotaId,
      callId: calls.id,
      callTitle: calls.title,
      callStatus: calls.status,
      opensAt: calls.opensAt,
      closesAt: calls.closesAt,
      form: calls.form,
      eligibility: calls.eligibility,
      confirmationMessage: calls.confirmationMessage,
      // The page shows the call's texts in the reader's language (lib/calls/translations.ts).
      callTranslations: calls.translations,
      mainLanguage: programmes.mainLanguage,
      allowEditAfterSubmit: calls.allowEditAfterSubmit,
      nominationOnly: calls.nominationOnly,
      programmeId: cohorts.programmeId,
      timeZone: cohorts.timeZone,
      applicantName: users.name,
      applicantEmail: users.email,
      // Submission needs it; read here rather than in a statement of its own.
      emailVerifiedAt: users.emailVerifiedAt,
      applicantLocale: users.locale,
      nationality: profiles.nationality,
      residence: profiles.residence,
      gender: profiles.gender,
      organisation: profiles.organisation,
      field: profiles.field,
      // Folded into the one query: submission needs them, and a rush of submissions counts round trips.
      uploadedQuestionIds: subquery<
        string[]
      >`array(select ${applicationFiles.questionId} from ${applicationFiles} where ${applicationFiles.applicationId} = ${applications.id})`,
      offeredTrackIds: subquery<
        string[]
      >`array(select ${callTracks.trackId} from ${callTracks} where ${callTracks.callId} = ${calls.id})`,
    })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .innerJoin(users, eq(users.id, applications.applicantId))
    .leftJoin(profiles, eq(profiles.userId, applications.applicantId))
    .where(
      and(
        eq(applications.id, sql.placeholder("applicationId")),
        eq(applications.applicantId, sql.placeholder("userId")),
      ),
    )
    .limit(1)
    .prepare("load_own_application");
}

/** Refuses anything after the deadline (or before the opening), with both times in the cohort's zone. */
export function assertCallAcceptsWork(
  call: { callStatus: string; opensAt: Date; closesAt: Date; timeZone: string },
  now: Date,
  doing = "submit",
): void {
  if (call.callStatus === "draft") throw new DomainError("deadline", "This call is not open yet.");
  if (now < call.opensAt)
    throw new DomainError("deadline", `This call opens on ${formatDateTime(call.opensAt, call.timeZone)}.`);
  if (call.callStatus === "closed" || now >= call.closesAt) {
    throw new DomainError(
      "deadline",
      `The deadline for this call was ${formatDateTime(call.closesAt, call.timeZone)}. Applications can no longer be ${doing === "submit" ? "submitted" : "changed"}.`,
    );
  }
}
