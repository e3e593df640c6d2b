import type { Database } from "@/db/client";
import {
  callTracks,
  calls,
  cohorts,
  programmeRoles,
  programmes,
  profiles,
  tracks,
  users,
  type CallEligibility,
  type CallForm,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { now as clockNow } from "@/lib/time/clock";

/** Test data for the applications area: a programme with a cohort, one call, and people. */
export const TEST_FORM: CallForm = {
  pages: [{ title: "One" }, { title: "Two" }],
  questions: [
    { id: "bio", page: 0, type: "long_text", label: "Bio", required: true, maxWords: 50 },
    { id: "idea", page: 1, type: "short_text", label: "Idea", required: true },
    {
      id: "cv",
      page: 1,
      type: "file",
      label: "CV",
      required: false,
      accept: ["application/pdf"],
      maxBytes: 1024 * 1024,
    },
  ],
};

export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");

let serial = 0;

export async function makeProgrammeWithCall(
  db: Database,
  options: {
    eligibility?: CallEligibility;
    closesInMs?: number;
    nominationOnly?: boolean;
    allowEditAfterSubmit?: boolean;
    status?: "draft" | "open" | "closed";
  } = {},
) {
  const n = ++serial;
  const [programme] = await db
    .insert(programmes)
    .values({ slug: `p-${n}-${Date.now()}`, title: `Programme ${n}`, status: "published" })
    .returning({ id: programmes.id });
  const [cohort] = await db
    .insert(cohorts)
    .values({ programmeId: programme!.id, title: `Cohort ${n}`, year: 2027, timeZone: "Asia/Seoul" })
    .returning({ id: cohorts.id });
  const [track] = await db
    .insert(tracks)
    .values({ cohortId: cohort!.id, title: "Track A" })
    .returning({ id: tracks.id });
  const now = clockNow().getTime();
  const [call] = await db
    .insert(calls)
    .values({
      cohortId: cohort!.id,
      title: `Call ${n}`,
      status: options.status ?? "open",
      opensAt: new Date(now - 86_400_000),
      closesAt: new Date(now + (options.closesInMs ?? 86_400_000)),
      eligibility: options.eligibility ?? {},
      form: TEST_FORM,
      confirmationMessage: "Thank you.",
      nominationOnly: options.nominationOnly ?? false,
      allowEditAfterSubmit: options.allowEditAfterSubmit ?? false,
    })
    .returning({ id: calls.id });
  await db.insert(callTracks).values({ callId: call!.id, trackId: track!.id });
  return { programmeId: programme!.id, cohortId: cohort!.id, callId: call!.id, trackId: track!.id };
}

export async function makePerson(
  db: Database,
  profile: {
    nationality?: string | null;
    residence?: string | null;
    gender?: "woman" | "man" | "non_binary" | "another" | "undisclosed";
    name?: string;
  } = {},
): Promise<Actor> {
  const n = ++serial;
  const email = `person-${n}-${Date.now()}@example.org`;
  const [user] = await db
    .insert(users)
    .values({ email, name: profile.name ?? `Person ${n}`, passwordHash: "x" })
    .returning({ id: users.id });
  await db.insert(profiles).values({
    userId: user!.id,
    nationality: profile.nationality === undefined ? "GH" : profile.nationality,
    residence: profile.residence === undefined ? "GH" : profile.residence,
    gender: profile.gender ?? "woman",
    organisation: "Org",
    field: "Music",
  });
  return { userId: user!.id, email, name: profile.name ?? `Person ${n}`, isAdmin: false, roles: [] };
}

export async function makeManager(db: Database, programmeId: string): Promise<Actor> {
  const person = await makePerson(db);
  await db.insert(programmeRoles).values({ programmeId, userId: person.userId, role: "manager" });
  return { ...person, roles: [{ programmeId, role: "manager" }] };
}
