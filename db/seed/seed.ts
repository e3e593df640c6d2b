import { hash as hashPassword } from "@node-rs/argon2";
import type { Database } from "../client";
import * as schema from "../schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from "./accounts";
import { seedAlumni } from "./alumni";
import { seedApplicants } from "./applicants";
import { seedParticipantPhase } from "./participants";
import { seedCalls } from "./calls";
import { seedMoreCalls } from "./more-calls";
import { seedNetworkActivity } from "./network";
import { seedDemoRoles, seedDemoUsers } from "./people";
import { seedCohorts, seedProgrammes } from "./programmes";
import { seedAgenda, seedLearningCitiesNetwork, seedOrganisations } from "./reference";
import { seedSelectionDemo } from "./selection";
import { seedSessions } from "./sessions";

export { DEMO_ACCOUNTS } from "./accounts";
export { SEED_IDS, SEED_SLUGS } from "./ids";

export type SeedSummary = {
  /** Wall-clock time of the whole seed, hashing included. */
  durationMs: number;
  /** Time per step, in order. */
  steps: { name: string; ms: number }[];
  /** Rows in the main tables after the seed (the whole table, not only seeded rows). */
  counts: Record<CountedTable, number>;
  demoAccounts: readonly DemoAccount[];
  password: string;
};

const COUNTED = {
  users: schema.users,
  organisations: schema.organisations,
  networkMembers: schema.networkMembers,
  agendaGoals: schema.agendaGoals,
  agendaStrategies: schema.agendaStrategies,
  programmes: schema.programmes,
  cohorts: schema.cohorts,
  tracks: schema.tracks,
  sessions: schema.sessions,
  calls: schema.calls,
  nominationQuotas: schema.nominationQuotas,
  applications: schema.applications,
  applicationEvents: schema.applicationEvents,
  reviews: schema.reviews,
  enrolments: schema.enrolments,
  proposals: schema.proposals,
  alumniProfiles: schema.alumniProfiles,
  posts: schema.posts,
} as const;
type CountedTable = keyof typeof COUNTED;

async function countRows(db: Database): Promise<Record<CountedTable, number>> {
  const counts = {} as Record<CountedTable, number>;
  for (const [name, table] of Object.entries(COUNTED) as [CountedTable, (typeof COUNTED)[CountedTable]][]) {
    counts[name] = await db.$count(table);
  }
  return counts;
}

/**
 * Writes the demo data of /work/shared/seeds into `db` (migrated already), in one transaction.
 * Deterministic and idempotent: fixed ids and natural keys, so a second run changes nothing.
 */
export async function seedDatabase(db: Database): Promise<SeedSummary> {
  const started = performance.now();
  const steps: { name: string; ms: number }[] = [];
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await run();
    steps.push({ name, ms: Math.round(performance.now() - t0) });
    return result;
  };

  // Hashed once, outside the transaction, and shared by every seeded account.
  const passwordHash = await step("hash password", () => hashPassword(DEMO_PASSWORD));

  await db.transaction(async (tx) => {
    const agenda = await step("Seoul Agenda", () => seedAgenda(tx));
    const orgs = await step("organisations", () => seedOrganisations(tx));
    await step("learning cities network", () => seedLearningCitiesNetwork(tx, orgs));
    const programmeIds = await step("programmes", () => seedProgrammes(tx, orgs, agenda));
    const cohortIds = await step("cohorts, phases, tracks", () => seedCohorts(tx, orgs, programmeIds));
    await step("sessions", () => seedSessions(tx, cohortIds));
    const demo = await step("demo accounts", () => seedDemoUsers(tx, passwordHash));
    await step("calls and quotas", () => seedCalls(tx, cohortIds, orgs, demo.focal_point));
    await step("more calls and a late draft", () => seedMoreCalls(tx, cohortIds, demo));
    await step("roles and memberships", () => seedDemoRoles(tx, demo, programmeIds, orgs, cohortIds));
    await step("CPI 2027 applicants", () => seedApplicants(tx, cohortIds, demo, passwordHash));
    await step("alumni", () => seedAlumni(tx, cohortIds, demo, passwordHash));
    await step("selection demo calls", () => seedSelectionDemo(tx, cohortIds, programmeIds, demo, passwordHash));
    await step("alumni network activity", () => seedNetworkActivity(tx, demo));
    await step("CPI 2027 offers and participant phase", () => seedParticipantPhase(tx, cohortIds, demo, passwordHash));
  });

  const counts = await step("count rows", () => countRows(db));
  return {
    durationMs: Math.round(performance.now() - started),
    steps,
    counts,
    demoAccounts: DEMO_ACCOUNTS,
    password: DEMO_PASSWORD,
  };
}
