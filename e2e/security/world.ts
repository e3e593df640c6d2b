import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { programmeRoles, users } from "../../db/schema";
import { DEMO_PASSWORD } from "../../db/seed/accounts";
import { SEED_IDS, SEED_SLUGS } from "../../db/seed/ids";
import { loadActor } from "../../lib/auth/actor";
import { hashPassword } from "../../lib/auth/password";
import type { Actor } from "../../lib/auth/roles";
import { rowsOf } from "./server";

/** Every role the matrix tries, anonymous first. */
export const PERSONAS = [
  "anonymous",
  "applicant",
  "participant",
  "alumnus",
  "reviewer",
  "mentor",
  "partner",
  "focal",
  "otherManager",
  "admin",
] as const;
export type Persona = (typeof PERSONAS)[number];

/** The seeded demo sign-ins; the manager of another programme has none and is made in setup. */
export const PERSONA_EMAIL: Record<Exclude<Persona, "anonymous">, string> = {
  applicant: "applicant@madang.test",
  participant: "participant@madang.test",
  alumnus: "alumnus@madang.test",
  reviewer: "reviewer@madang.test",
  mentor: "mentor@madang.test",
  partner: "partner@madang.test",
  focal: "focal@madang.test",
  otherManager: "kaces-manager@madang.test",
  admin: "admin@madang.test",
};

/** The records the dynamic segments are filled with: someone else's, in the CPI (a programme the manager of another programme does not hold). */
export type World = {
  params: Record<string, string>;
  /** Strings that identify those records (names, emails, references): a refused answer carries none of them. */
  secrets: string[];
  /** Each persona's actor as lib/auth loads it, for the permission table. */
  actors: Record<Persona, Actor | null>;
  /** An application of the CPI 2027 call that reviewer@ is not assigned to. */
  unassignedApplication: string;
  /** A Seoul 2018 application (another call of another programme the reviewer also serves). */
  kacesProgramme: string;
};

const one = async <T>(db: Database, query: ReturnType<typeof sql>): Promise<T> => {
  const [row] = await rowsOf<T>(db, query);
  if (!row) throw new Error(`no row for ${JSON.stringify(query)}`);
  return row;
};

/** Makes the manager of another programme (KACES only) through the same tables lib/auth reads, then reads the records. */
export async function buildWorld(db: Database): Promise<World> {
  const kaces = await one<{ id: string }>(db, sql`select id from programmes where slug = ${SEED_SLUGS.kaces}`);
  const cpi = await one<{ id: string }>(db, sql`select id from programmes where slug = ${SEED_SLUGS.cpi}`);
  const [existing] = await rowsOf<{ id: string }>(
    db,
    sql`select id from users where email = ${PERSONA_EMAIL.otherManager}`,
  );
  if (!existing) {
    const [made] = await db
      .insert(users)
      .values({
        email: PERSONA_EMAIL.otherManager,
        name: "Kwon Dahye",
        passwordHash: await hashPassword(DEMO_PASSWORD),
      })
      .returning({ id: users.id });
    await db.insert(programmeRoles).values({ programmeId: kaces.id, userId: made!.id, role: "manager" });
  }

  const reviewer = await one<{ id: string }>(db, sql`select id from users where email = ${PERSONA_EMAIL.reviewer}`);
  // An applicant to CPI 2027 who is none of the personas, and whose application reviewer@ was not given.
  const other = await one<{ id: string; reference: string; name: string; email: string; userId: string }>(
    db,
    sql`select a.id, a.reference, u.name, u.email, u.id as "userId" from applications a join users u on u.id = a.applicant_id
        left join reviews r on r.application_id = a.id and r.reviewer_id = ${reviewer.id}
        where a.call_id = ${SEED_IDS.cpi2027Call} and u.email not like '%@madang.test' and a.reference is not null
          and r.id is null
        order by a.reference limit 1`,
  );
  const enrolment = await one<{ id: string; name: string; email: string }>(
    db,
    sql`select e.id, u.name, u.email from enrolments e join users u on u.id = e.user_id
        where e.cohort_id = ${SEED_IDS.cpi2027Cohort} and u.email not like '%@madang.test' order by e.id limit 1`,
  );
  const alumna = await one<{ id: string; name: string; email: string }>(
    db,
    sql`select u.id, u.name, u.email from enrolments e join users u on u.id = e.user_id
        where e.cohort_id = ${SEED_IDS.cpi2023Cohort} and e.status = 'completed' and u.email not like '%@madang.test'
        order by u.email limit 1`,
  );
  const session = await one<{ id: string }>(
    db,
    sql`select id from sessions where cohort_id = ${SEED_IDS.cpi2027Cohort} order by id limit 1`,
  );
  const network = await one<{ id: string }>(db, sql`select id from networks order by id limit 1`);
  const organisation = await one<{ id: string }>(
    db,
    sql`select organisation_id as id from programme_organisations where programme_id = ${cpi.id} order by 1 limit 1`,
  );
  const [post] = await rowsOf<{ id: string }>(db, sql`select id from posts order by id limit 1`);
  const [proposalReview] = await rowsOf<{ id: string }>(
    db,
    sql`select id from reviews where proposal_id is not null order by id limit 1`,
  );
  const [material] = await rowsOf<{ id: string }>(db, sql`select id from session_materials order by id limit 1`);
  const [attachment] = await rowsOf<{ id: string }>(db, sql`select id from proposal_attachments order by id limit 1`);

  const actors = {} as Record<Persona, Actor | null>;
  for (const persona of PERSONAS) {
    if (persona === "anonymous") {
      actors[persona] = null;
      continue;
    }
    const { id } = await one<{ id: string }>(db, sql`select id from users where email = ${PERSONA_EMAIL[persona]}`);
    actors[persona] = await loadActor(db, id);
  }

  return {
    params: {
      applicationId: other.id,
      callId: SEED_IDS.cpi2027Call,
      cohortId: SEED_IDS.cpi2027Cohort,
      sessionId: session.id,
      programmeId: cpi.id,
      programmeSlug: SEED_SLUGS.cpi,
      networkSlug: SEED_SLUGS.learningCitiesNetwork,
      networkId: network.id,
      organisationId: organisation.id,
      alumnusId: alumna.id,
      applicantUserId: other.userId,
      postId: post?.id ?? randomUUID(),
      proposalReviewId: proposalReview?.id ?? randomUUID(),
      enrolmentId: enrolment.id,
      materialId: material?.id ?? randomUUID(),
      attachmentId: attachment?.id ?? randomUUID(),
      questionId: randomUUID(),
    },
    secrets: [other.reference, other.name, other.email, enrolment.name, enrolment.email, alumna.name, alumna.email],
    actors,
    unassignedApplication: other.id,
    kacesProgramme: kaces.id,
  };
}
