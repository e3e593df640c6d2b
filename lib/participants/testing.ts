import { tmpdir } from "node:os";
import path from "node:path";
import type { Database } from "@/db/client";
import {
  applications,
  calls,
  cohorts,
  enrolments,
  programmeRoles,
  programmes,
  reviews,
  sessionTracks,
  sessions,
  tracks,
  users,
} from "@/db/schema";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/roles";

const TEST_SECRET = "a test secret of enough length for codes";
export const NOW = new Date("2027-04-10T03:00:00Z");
const DAY = 24 * 3600_000;

/**
 * A small cohort for database tests: two tracks, three sessions, a call with a waitlist, a manager, a
 * mentor and four people at different points (an open offer, a lapsed offer, two confirmed participants).
 */
export async function participantFixture(db: Database) {
  process.env.AUTH_SECRET ??= TEST_SECRET;
  // Uploads in tests go to the system's temporary folder, not the app's.
  process.env.UPLOAD_DIR ??= path.join(tmpdir(), "madang-test-uploads");
  const [programme, otherProgramme] = await db
    .insert(programmes)
    .values([
      { slug: "cpi-test", title: "CPI" },
      { slug: "other-test", title: "Other" },
    ])
    .returning();
  const [cohort] = await db
    .insert(cohorts)
    .values({ programmeId: programme!.id, title: "CPI 2027", year: 2027, timeZone: "Asia/Seoul", status: "open" })
    .returning();
  const [trackA, trackB] = await db
    .insert(tracks)
    .values([
      { cohortId: cohort!.id, title: "Performing Arts 1", capacity: 10 },
      { cohortId: cohort!.id, title: "Publication", capacity: 1 },
    ])
    .returning();
  const at = (d: number) => new Date(NOW.getTime() + d * DAY);
  const [s1, s2, s3] = await db
    .insert(sessions)
    .values([
      { cohortId: cohort!.id, title: "Lecture A", kind: "lecture", startsAt: at(60), endsAt: at(60.1) },
      { cohortId: cohort!.id, title: "Forum", kind: "forum", startsAt: at(61), endsAt: at(61.1) },
      { cohortId: cohort!.id, title: "Workshop B", kind: "workshop", startsAt: at(62), endsAt: at(62.1) },
    ])
    .returning();
  await db.insert(sessionTracks).values([
    { sessionId: s1!.id, trackId: trackA!.id },
    { sessionId: s3!.id, trackId: trackB!.id },
  ]);
  const people = await db
    .insert(users)
    .values(
      ["manager", "mentor", "other-manager", "offered", "lapsed", "p1", "p2", "w1", "w2"].map((n) => ({
        email: `${n}@example.org`,
        name: n.toUpperCase(),
      })),
    )
    .returning();
  const id = (n: string) => people.find((p) => p.email === `${n}@example.org`)!.id;
  await db.insert(programmeRoles).values([
    { programmeId: programme!.id, userId: id("manager"), role: "manager" },
    { programmeId: programme!.id, userId: id("mentor"), role: "mentor" },
    { programmeId: otherProgramme!.id, userId: id("other-manager"), role: "manager" },
  ]);
  const [call] = await db
    .insert(calls)
    .values({
      cohortId: cohort!.id,
      title: "Call",
      opensAt: at(-100),
      closesAt: at(-10),
      rubric: [{ id: "q", label: "Quality", weight: 1, max: 10 }],
    })
    .returning();
  const apps = await db
    .insert(applications)
    .values(
      (
        [
          ["offered", "offered", "CO"],
          ["lapsed", "offered", "KE"],
          ["p1", "confirmed", "VN"],
          ["p2", "confirmed", "VN"],
          ["w1", "waitlisted", "KE"],
          ["w2", "waitlisted", "PE"],
        ] as const
      ).map(([n, status, country], i) => ({
        reference: `T-${i}`,
        callId: call!.id,
        applicantId: id(n),
        status,
        snapshotNationality: country,
        snapshotGender: "woman" as const,
        submittedAt: at(-20),
      })),
    )
    .returning();
  const app = (n: string) => apps.find((a) => a.applicantId === id(n))!.id;
  await db.insert(reviews).values([
    { reviewerId: id("mentor"), applicationId: app("w1"), status: "submitted", scores: { q: 6 } },
    { reviewerId: id("mentor"), applicationId: app("w2"), status: "submitted", scores: { q: 9 } },
  ]);
  const enrols = await db
    .insert(enrolments)
    .values([
      {
        cohortId: cohort!.id,
        userId: id("offered"),
        applicationId: app("offered"),
        status: "offered",
        offerExpiresAt: at(3),
        trackId: trackA!.id,
      },
      {
        cohortId: cohort!.id,
        userId: id("lapsed"),
        applicationId: app("lapsed"),
        status: "offered",
        offerExpiresAt: at(-1),
      },
      {
        cohortId: cohort!.id,
        userId: id("p1"),
        applicationId: app("p1"),
        status: "confirmed",
        trackId: trackA!.id,
        sharing: { name: true, country: true, organisation: false, email: false },
      },
      {
        cohortId: cohort!.id,
        userId: id("p2"),
        applicationId: app("p2"),
        status: "confirmed",
        trackId: trackB!.id,
        sharing: {},
      },
    ])
    .returning();
  const enrolment = (n: string) => enrols.find((e) => e.userId === id(n))!.id;
  const actor = async (n: string): Promise<Actor> => (await loadActor(db, id(n)))!;
  return {
    programmeId: programme!.id,
    cohortId: cohort!.id,
    trackA: trackA!.id,
    trackB: trackB!.id,
    sessions: { lectureA: s1!.id, forum: s2!.id, workshopB: s3!.id },
    callId: call!.id,
    userId: id,
    applicationId: app,
    enrolmentId: enrolment,
    actor,
  };
}
export type ParticipantFixture = Awaited<ReturnType<typeof participantFixture>>;
