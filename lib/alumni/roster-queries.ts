import "server-only";
import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { alumniProfiles, expertEngagements, users } from "@/db/schema";
import { DIRECTORY_PAGE_SIZE } from "./schemas";
import { directoryWhere, expertVisibleSql, storedColumns, toVisible, type EngagementView } from "./directory-queries";
import { isAlumnusSql } from "./network-sql";
import { tierFor, visibleProfile, type AlumniViewer, type VisibleAlumnus } from "./visibility";
import { subquery } from "@/db/subquery";

/**
 * Joining the roster shares expertise areas, languages and availability with programme staff (the opt-in
 * form says so); every other field still goes through visibleProfile().
 */
export type RosterEntry = {
  profile: VisibleAlumnus;
  areas: string[];
  languages: string[];
  availability: string | null;
  isPublic: boolean;
  engagements: number;
};

const like = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const engagementCount = subquery<number>`(select count(*)::int from ${expertEngagements} where ${expertEngagements.expertId} = ${users.id})`;

/** The staff roster: experts by expertise, language and country. The caller has checked roster.search. */
export async function searchRoster(
  db: Executor,
  viewer: AlumniViewer,
  params: { expertise?: string; language?: string; country?: string; page?: number },
) {
  const page = params.page ?? 1;
  const conditions: SQL[] = [isAlumnusSql, eq(alumniProfiles.isExpert, true)];
  if (params.expertise)
    conditions.push(
      subquery`exists (select 1 from unnest(${alumniProfiles.expertAreas}) as a(item) where a.item ilike ${like(params.expertise)})`,
    );
  if (params.language)
    conditions.push(
      subquery`exists (select 1 from unnest(${alumniProfiles.languages}) as l(item) where l.item ilike ${like(params.language)})`,
    );
  // Country is an ordinary profile field: matched only where this viewer may see it.
  if (params.country) conditions.push(directoryWhere(viewer, { country: params.country }));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...storedColumns, engagements: engagementCount })
      .from(users)
      .innerJoin(alumniProfiles, eq(alumniProfiles.userId, users.id))
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(DIRECTORY_PAGE_SIZE)
      .offset((page - 1) * DIRECTORY_PAGE_SIZE),
    db.select({ n: count() }).from(users).innerJoin(alumniProfiles, eq(alumniProfiles.userId, users.id)).where(where),
  ]);
  const items: RosterEntry[] = rows.map((row) => ({
    // Staff always see the expert's name: the roster is what the expert asked to be in.
    profile: visibleProfile(
      row,
      tierFor(viewer, { userId: row.userId, programmeIds: row.cohorts.map((c) => c.programmeId) }),
    ) ?? { userId: row.userId, name: row.name, tier: "alumni", cohorts: row.cohorts },
    areas: row.expertAreas ?? [],
    languages: row.languages ?? [],
    availability: row.expertAvailability,
    isPublic: Boolean(row.isExpertPublic),
    engagements: row.engagements,
  }));
  return { items, total: total?.n ?? 0, page, pageSize: DIRECTORY_PAGE_SIZE };
}

/** One expert for staff, with the engagements recorded for them; null when not an expert. */
export async function getRosterExpert(
  db: Executor,
  viewer: AlumniViewer,
  userId: string,
): Promise<(RosterEntry & { history: EngagementView[] }) | null> {
  const [row] = await db
    .select({ ...storedColumns, engagements: engagementCount })
    .from(users)
    .innerJoin(alumniProfiles, eq(alumniProfiles.userId, users.id))
    .where(and(eq(users.id, userId), isAlumnusSql, eq(alumniProfiles.isExpert, true)))
    .limit(1);
  if (!row) return null;
  const history = await db
    .select({
      id: expertEngagements.id,
      description: expertEngagements.description,
      country: expertEngagements.country,
      year: expertEngagements.year,
      recordedBy: users.name,
    })
    .from(expertEngagements)
    .leftJoin(users, eq(users.id, expertEngagements.recordedById))
    .where(eq(expertEngagements.expertId, userId))
    .orderBy(desc(expertEngagements.year), desc(expertEngagements.createdAt));
  return {
    profile: visibleProfile(
      row,
      tierFor(viewer, { userId: row.userId, programmeIds: row.cohorts.map((c) => c.programmeId) }),
    ) ?? { userId: row.userId, name: row.name, tier: "alumni", cohorts: row.cohorts },
    areas: row.expertAreas ?? [],
    languages: row.languages ?? [],
    availability: row.expertAvailability,
    isPublic: Boolean(row.isExpertPublic),
    engagements: row.engagements,
    history,
  };
}

/** The public roster: only experts who chose to be public, each shown as the public may see them. */
export async function listPublicExperts(
  db: Executor,
  viewer: AlumniViewer,
  params: { expertise?: string; page?: number },
) {
  const page = params.page ?? 1;
  const conditions: SQL[] = [isAlumnusSql, expertVisibleSql(viewer), eq(alumniProfiles.isExpertPublic, true)];
  if (params.expertise)
    conditions.push(
      subquery`exists (select 1 from unnest(${alumniProfiles.expertAreas}) as a(item) where a.item ilike ${like(params.expertise)})`,
    );
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select(storedColumns)
      .from(users)
      .innerJoin(alumniProfiles, eq(alumniProfiles.userId, users.id))
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(DIRECTORY_PAGE_SIZE)
      .offset((page - 1) * DIRECTORY_PAGE_SIZE),
    db.select({ n: count() }).from(users).innerJoin(alumniProfiles, eq(alumniProfiles.userId, users.id)).where(where),
  ]);
  return { items: toVisible(viewer, rows), total: total?.n ?? 0, page, pageSize: DIRECTORY_PAGE_SIZE };
}
