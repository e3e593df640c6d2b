import type { Database } from "@/db/client";
import { alumniProfiles, cohorts, enrolments, profiles, programmeRoles, programmes, users } from "@/db/schema";
import type { AlumniVisibility } from "@/db/schema";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/roles";

/** A small network for database tests: one programme, one completed cohort, and people added on demand. */
export async function makeNetwork(db: Database) {
  const [programme, other] = await db
    .insert(programmes)
    .values([
      { slug: "cpi", title: "Cultural Partnership Initiative", status: "published" },
      { slug: "other", title: "Other programme", status: "published" },
    ])
    .returning();
  const [cohort, otherCohort] = await db
    .insert(cohorts)
    .values([
      { programmeId: programme!.id, title: "CPI 2023", year: 2023, status: "completed" },
      { programmeId: other!.id, title: "Other 2019", year: 2019, status: "completed" },
    ])
    .returning();
  let serial = 0;

  async function person(options: {
    name: string;
    nationality?: string;
    alumnusOf?: "cpi" | "other" | null;
    isAdmin?: boolean;
    manages?: "cpi" | "other";
    profile?: Partial<typeof alumniProfiles.$inferInsert> & { visibility?: AlumniVisibility };
  }): Promise<Actor> {
    serial++;
    const [user] = await db
      .insert(users)
      .values({ email: `person${serial}@example.org`, name: options.name, isAdmin: options.isAdmin ?? false })
      .returning();
    await db.insert(profiles).values({ userId: user!.id, nationality: options.nationality ?? null });
    const alumnusOf = options.alumnusOf === undefined ? "cpi" : options.alumnusOf;
    if (alumnusOf) {
      await db.insert(enrolments).values({
        cohortId: alumnusOf === "cpi" ? cohort!.id : otherCohort!.id,
        userId: user!.id,
        status: "completed",
      });
      await db.insert(alumniProfiles).values({ userId: user!.id, ...options.profile });
    }
    if (options.manages)
      await db.insert(programmeRoles).values({
        programmeId: options.manages === "cpi" ? programme!.id : other!.id,
        userId: user!.id,
        role: "manager",
      });
    return (await loadActor(db, user!.id))!;
  }

  return { programme: programme!, other: other!, cohort: cohort!, otherCohort: otherCohort!, person };
}
