import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { applications, calls, cohorts, enrolments, profiles, programmes } from "@/db/schema";

/** The signed-in person's own things; userId is required, so there is no way to ask for everyone's. */
export async function getMySpace(db: Executor, userId: string) {
  const [myApplications, myEnrolments, [profile]] = await Promise.all([
    db
      .select({
        id: applications.id,
        reference: applications.reference,
        status: applications.status,
        submittedAt: applications.submittedAt,
        callTitle: calls.title,
        closesAt: calls.closesAt,
        timeZone: cohorts.timeZone,
      })
      .from(applications)
      .innerJoin(calls, eq(calls.id, applications.callId))
      .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
      .where(eq(applications.applicantId, userId))
      .orderBy(desc(applications.createdAt)),
    db
      .select({
        id: enrolments.id,
        status: enrolments.status,
        cohortTitle: cohorts.title,
        programmeTitle: programmes.title,
        programmeSlug: programmes.slug,
      })
      .from(enrolments)
      .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
      .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
      .where(eq(enrolments.userId, userId))
      .orderBy(desc(cohorts.year)),
    db
      .select({
        nationality: profiles.nationality,
        organisation: profiles.organisation,
        position: profiles.position,
        field: profiles.field,
      })
      .from(profiles)
      .where(eq(profiles.userId, userId)),
  ]);
  return { applications: myApplications, enrolments: myEnrolments, profile: profile ?? null };
}
