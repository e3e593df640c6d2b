// Test data for review and selection tests: one programme, cohort and call, staff, reviewers and a pool.
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  applications,
  calls,
  cohorts,
  profiles,
  programmeRoles,
  programmes,
  users,
  type ApplicationStatus,
  type Gender,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";

export const RUBRIC = [
  { id: "potential", label: "Potential", weight: 0.5, max: 10 },
  { id: "motivation", label: "Motivation", weight: 0.5, max: 10 },
];

export type Fixture = Awaited<ReturnType<typeof buildFixture>>;

let serial = 0;

/** `pool` applicants as [country, gender] pairs, each with an application in `status`. */
export async function buildFixture(
  db: Database,
  pool: [string, Gender][],
  status: "submitted" | "under_review" = "submitted",
) {
  const tag = ++serial;
  const [programme] = await db
    .insert(programmes)
    .values({ slug: `p-${tag}-${Date.now()}`, title: "Programme" })
    .returning();
  const [other] = await db
    .insert(programmes)
    .values({ slug: `o-${tag}-${Date.now()}`, title: "Other" })
    .returning();
  const [cohort] = await db
    .insert(cohorts)
    .values({ programmeId: programme!.id, title: "Cohort 2027", year: 2027, timeZone: "Asia/Seoul" })
    .returning();
  const [call] = await db
    .insert(calls)
    .values({
      cohortId: cohort!.id,
      title: "Call",
      status: "closed",
      opensAt: new Date("2026-01-01"),
      closesAt: new Date("2026-03-01"),
      rubric: RUBRIC,
      form: {
        pages: [{ title: "About" }],
        questions: [{ id: "about", page: 0, type: "long_text", label: "About you", required: true }],
      },
    })
    .returning();
  const mk = async (name: string, org: string | null, country: string, gender: Gender = "woman") => {
    const [u] = await db
      .insert(users)
      .values({ email: `${name.toLowerCase().replace(/\s/g, ".")}.${tag}@example.org`, name })
      .returning();
    await db.insert(profiles).values({
      userId: u!.id,
      organisation: org,
      nationality: country,
      gender,
      givenName: name.split(" ")[0],
      familyName: name.split(" ")[1] ?? null,
    });
    return u!;
  };
  const manager = await mk("Mina Manager", "Office", "KR");
  const r1 = await mk("Rita Reviewer", "Hanoi Opera", "VN");
  const r2 = await mk("Ravi Reviewer", "Delhi Museum", "IN");
  const r3 = await mk("Rosa Reviewer", null, "PE");
  const outsider = await mk("Otto Outsider", null, "DE");
  await db
    .insert(programmeRoles)
    .values([
      { programmeId: programme!.id, userId: manager.id, role: "manager" },
      ...[r1, r2, r3].map((r) => ({ programmeId: programme!.id, userId: r.id, role: "reviewer" as const })),
      { programmeId: other!.id, userId: outsider.id, role: "reviewer" },
    ]);
  const applicants: (typeof users.$inferSelect)[] = [];
  for (const [i, [country, gender]] of pool.entries()) {
    const u = await mk(`Applicant${i} Person${tag}`, i === 0 ? "Hanoi Opera" : `Org ${i}`, country, gender);
    applicants.push(u);
  }
  const apps = pool.length
    ? await db
        .insert(applications)
        .values(
          pool.map(([country, gender], i) => ({
            reference: `T${tag}-${String(i + 1).padStart(4, "0")}`,
            callId: call!.id,
            applicantId: applicants[i]!.id,
            status,
            answers: { about: `I am Applicant${i} Person${tag} from ${i === 0 ? "Hanoi Opera" : `Org ${i}`}.` },
            snapshotNationality: country,
            snapshotGender: gender,
            snapshotOrganisation: i === 0 ? "Hanoi Opera" : `Org ${i}`,
            submittedAt: new Date("2026-02-01"),
          })),
        )
        .returning({ id: applications.id, reference: applications.reference })
    : [];
  const actor = (
    u: { id: string; email: string; name: string },
    role: "manager" | "reviewer",
    programmeId = programme!.id,
  ): Actor => ({ userId: u.id, email: u.email, name: u.name, isAdmin: false, roles: [{ programmeId, role }] });
  return {
    programmeId: programme!.id,
    cohortId: cohort!.id,
    callId: call!.id,
    apps,
    applicants,
    manager: actor(manager, "manager"),
    reviewers: [actor(r1, "reviewer"), actor(r2, "reviewer"), actor(r3, "reviewer")],
    outsider: actor(outsider, "reviewer", other!.id),
  };
}

export async function statusOf(db: Database, id: string): Promise<string> {
  const [row] = await db.select({ status: applications.status }).from(applications).where(eq(applications.id, id));
  return row!.status;
}

/**
 * A pool of `size` applicants over five countries and three genders, in a call scored by `rubric`, their
 * applications' statuses cycling through `statuses`: what the ranking and selection-pool tests score.
 */
export async function buildMixedPool(
  db: Database,
  size: number,
  rubric: typeof calls.$inferInsert.rubric,
  statuses: readonly ApplicationStatus[],
): Promise<Fixture> {
  const pool: [string, Gender][] = Array.from({ length: size }, (_, i) => [
    ["KR", "VN", "PE", "FR", "EG"][i % 5]!,
    (["woman", "man", "non_binary"] as const)[i % 3]!,
  ]);
  const f = await buildFixture(db, pool, "under_review");
  await db.update(calls).set({ rubric }).where(eq(calls.id, f.callId));
  for (const [i, app] of f.apps.entries())
    await db
      .update(applications)
      .set({ status: statuses[i % statuses.length]! })
      .where(eq(applications.id, app.id));
  return f;
}
