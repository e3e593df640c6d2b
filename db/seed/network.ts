import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import {
  alumniProfileUpdates,
  alumniProfiles,
  expertEngagements,
  postComments,
  postRsvps,
  posts,
  users,
} from "../schema";
import { cpi2023Graduates, seoul2018Graduates } from "./alumni";
import { seoul, type Tx } from "./batch";
import { seedUuid } from "./ids";
import type { DemoUserIds } from "./people";
import type { PersonSeed } from "./persons";

/**
 * A second alumna for demos and browser journeys (any seeded account signs in with the demo password):
 * the first CPI 2023 expert after the demo alumna. Computed from the same seeded generator, so it is
 * always the same person.
 */
export function networkColleague(): PersonSeed {
  const graduate = cpi2023Graduates()[1];
  if (!graduate) throw new Error("db/seed: CPI 2023 has no second graduate");
  return graduate.person;
}

async function idOf(tx: Tx, email: string): Promise<string> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  if (!row) throw new Error(`db/seed: no account for ${email}`);
  return row.id;
}

/** Life in the network after the cohorts: where people moved, comments, RSVPs, an expert's engagement. */
export async function seedNetworkActivity(tx: Tx, demo: DemoUserIds): Promise<void> {
  const colleague = await idOf(tx, networkColleague().email);
  const mongolianExpert = seoul2018Graduates().find((g) => g.expert && g.person.nationality === "MN");
  if (!mongolianExpert) throw new Error("db/seed: no Mongolian expert");
  const expertId = await idOf(tx, mongolianExpert.person.email);

  // The demo alumna reads the digest, and has moved on since CPI 2023.
  await tx.update(alumniProfiles).set({ digestOptIn: true }).where(eq(alumniProfiles.userId, demo.alumnus));
  const [history] = await tx
    .select({ n: count() })
    .from(alumniProfileUpdates)
    .where(eq(alumniProfileUpdates.userId, demo.alumnus));
  if (!history?.n) {
    await tx.insert(alumniProfileUpdates).values([
      {
        userId: demo.alumnus,
        position: "Assistant producer",
        organisation: "Almaty Puppet Theatre",
        country: "KZ",
        createdAt: seoul("2023-01-10 09:00"),
      },
      {
        userId: demo.alumnus,
        position: "Producer",
        organisation: "Almaty Puppet Theatre",
        country: "KZ",
        createdAt: seoul("2024-09-01 09:00"),
      },
    ]);
  }

  const meetup = seedUuid("post:meetup");
  const residency = seedUuid("post:residency");
  // The meetup is set in Seoul time by its organiser; the residency is a call.
  await tx
    .update(posts)
    .set({ eventTimeZone: "Asia/Seoul", eventLocation: "Online (the link is sent to those going)" })
    .where(and(eq(posts.id, meetup), isNull(posts.eventTimeZone)));
  await tx
    .update(posts)
    .set({ opportunityKind: "call" })
    .where(and(eq(posts.id, residency), isNull(posts.opportunityKind)));
  await tx
    .update(posts)
    .set({ opportunityKind: "other" })
    .where(and(eq(posts.id, seedUuid("post:qpr")), isNull(posts.opportunityKind)));
  await tx
    .insert(postRsvps)
    .values([
      { postId: meetup, userId: demo.alumnus, createdAt: seoul("2026-11-02 09:05") },
      { postId: meetup, userId: expertId, createdAt: seoul("2026-11-03 18:00") },
    ])
    .onConflictDoNothing();
  const [comments] = await tx
    .select({ n: count() })
    .from(postComments)
    .where(inArray(postComments.postId, [meetup, residency]));
  if (!comments?.n) {
    await tx.insert(postComments).values([
      {
        postId: residency,
        authorId: demo.alumnus,
        body: "Wonderful! I will share this with our producers in Almaty.",
        createdAt: seoul("2026-09-22 10:00"),
      },
      {
        postId: meetup,
        authorId: colleague,
        body: "Count me in — it will be early morning in my time zone, but worth it.",
        createdAt: seoul("2026-11-04 08:00"),
      },
    ]);
  }

  await tx
    .insert(expertEngagements)
    .values({
      id: seedUuid("engagement:mn-expert:2020-training"),
      expertId,
      description: "Trained the national team preparing the periodic report on the 2005 Convention",
      country: "MN",
      year: 2020,
      recordedById: demo.manager,
      createdAt: seoul("2020-11-30 12:00"),
    })
    .onConflictDoNothing();
}
