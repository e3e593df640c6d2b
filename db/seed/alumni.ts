import { alumniProfiles, attendance, enrolments, posts, proposals, reviews } from "../schema";
import type { AlumniVisibility } from "../schema";
import type { Field as WorkField } from "./data/work";
import { newCertificateCode } from "../../lib/participants/codes";
import { inBatches, seoul, type Tx } from "./batch";
import { demoAccount } from "./accounts";
import { SEED_IDS, seedUuid } from "./ids";
import type { DemoUserIds } from "./people";
import { demoPeople } from "./people";
import { genderSequence, makePerson, type PersonSeed } from "./persons";
import {
  ADMINISTRATOR_TRACKS,
  CPI_2023_ADMINISTRATOR_COUNTRIES,
  CPI_2023_EXPERT_COUNTRIES,
  EXPERT_TRACKS,
  seoul2018Countries,
  type CohortIds,
  type TrackKey,
} from "./programmes";
import { Rng } from "./random";
import { cpi2023SessionsFor } from "./sessions";
import { upsertPeople, userId } from "./users";
import { alumniBio, projectIdea, projectTitle } from "./writing";

export type Graduate = { person: PersonSeed; trackKey: TrackKey | null; completedAt: Date; expert?: boolean };

const TRACK_FIELDS: Record<TrackKey, readonly WorkField[]> = {
  pa1: ["Performing arts"],
  pa2: ["Performing arts", "Festivals"],
  pub: ["Publication"],
  cp: ["Cultural products", "Design"],
  senior: ["Cultural policy"],
  working: ["Cultural policy"],
};
const SENIOR_POSITIONS = [
  "Director of cultural infrastructure",
  "Deputy director-general for culture",
  "Head of the arts department",
];
const WORKING_POSITIONS = ["Cultural officer", "Cultural facilities programme officer", "Policy officer"];

/** CPI 2023: 48 experts from 23 countries (the demo alumna among them) and 20 administrators from 10 countries. */
export function cpi2023Graduates(): Graduate[] {
  const rng = new Rng("cpi-2023-graduates");
  const alumna = demoPeople().find((p) => p.email === demoAccount("alumnus").email);
  if (!alumna) throw new Error("db/seed: demo alumnus missing");
  const countries: string[] = [...CPI_2023_EXPERT_COUNTRIES, ...CPI_2023_EXPERT_COUNTRIES, "VN", "KE"];
  countries.splice(countries.indexOf(alumna.nationality), 1);
  const shuffled = rng.shuffle(countries);
  const genders = genderSequence(rng, shuffled.length, [
    ["woman", 52],
    ["man", 44],
    ["non_binary", 2],
    ["undisclosed", 2],
  ]);
  // Twelve per section; the alumna takes the first Performing Arts 1 seat.
  const seats: TrackKey[] = EXPERT_TRACKS.flatMap((t) => Array.from({ length: 12 }, () => t)).slice(1);
  const experts = shuffled.map((country, i): Graduate => {
    const trackKey = seats[i] ?? "cp";
    const person = makePerson(rng, {
      country,
      gender: genders[i] ?? "undisclosed",
      field: rng.pick(TRACK_FIELDS[trackKey]),
      serial: 1001 + i,
      createdAt: seoul("2023-04-15 09:00"),
    });
    return {
      person,
      trackKey,
      completedAt: seoul(trackKey === "pa1" || trackKey === "pa2" ? "2023-09-22 17:00" : "2023-09-15 17:00"),
    };
  });
  const adminGenders = genderSequence(rng, 20, [
    ["woman", 10],
    ["man", 10],
  ]);
  const administrators = CPI_2023_ADMINISTRATOR_COUNTRIES.flatMap((country, i) =>
    (["senior", "working"] as const).map((level, j): Graduate => {
      const person = makePerson(rng, {
        country,
        gender: adminGenders[i * 2 + j] ?? "woman",
        field: "Cultural policy",
        serial: 1101 + i * 2 + j,
        createdAt: seoul("2023-06-01 09:00"),
      });
      person.position = rng.pick(level === "senior" ? SENIOR_POSITIONS : WORKING_POSITIONS);
      return { person, trackKey: level, completedAt: seoul("2023-09-15 17:00") };
    }),
  );
  return [{ person: alumna, trackKey: "pa1", completedAt: seoul("2023-09-22 17:00") }, ...experts, ...administrators];
}

/** Seoul, June 2018: 30 participants from the 17 countries, with gender balance; four joined the Expert Facility. */
export function seoul2018Graduates(): Graduate[] {
  const rng = new Rng("seoul-2018-graduates");
  const extra: Record<string, number> = {
    MN: 1,
    KR: 2,
    JP: 1,
    CN: 1,
    PK: 1,
    IN: 1,
    ID: 1,
    PH: 1,
    VN: 1,
    TH: 1,
    BD: 1,
    KZ: 1,
  };
  const countries = seoul2018Countries().flatMap((code) => Array.from({ length: 1 + (extra[code] ?? 0) }, () => code));
  const genders = genderSequence(rng, countries.length, [
    ["woman", 15],
    ["man", 14],
    ["undisclosed", 1],
  ]);
  const fields: WorkField[] = [
    "Cultural policy",
    "Heritage",
    "Film",
    "Music",
    "Museums",
    "Publication",
    "Arts education",
    "Visual arts",
  ];
  const expertCountries = new Set(["MN", "CN", "KR", "JP"]);
  return countries.map((country, i) => {
    const expert = expertCountries.delete(country);
    const person = makePerson(rng, {
      country,
      gender: genders[i] ?? "woman",
      field: expert ? "Cultural policy" : rng.pick(fields),
      serial: 2001 + i,
      createdAt: seoul("2018-04-20 09:00"),
    });
    return { person, trackKey: null, completedAt: seoul("2018-06-15 12:00"), expert };
  });
}

const VISIBILITY_PRESETS: readonly (readonly [AlumniVisibility, number])[] = [
  [
    {
      name: "public",
      bio: "public",
      position: "public",
      organisation: "public",
      country: "public",
      fields: "public",
      languages: "public",
      links: "public",
      email: "alumni",
    },
    45,
  ],
  [
    {
      bio: "alumni",
      position: "alumni",
      organisation: "alumni",
      country: "alumni",
      fields: "alumni",
      languages: "alumni",
      links: "alumni",
    },
    40,
  ],
  [{ country: "alumni", fields: "alumni" }, 15],
];

async function seedCohortAlumni(
  tx: Tx,
  graduates: Graduate[],
  cohort: { id: string; key: string; title: string; tracks?: Record<TrackKey, string> },
  passwordHash: string,
  rng: Rng,
) {
  const ids = await upsertPeople(
    tx,
    graduates.map((g) => g.person),
    passwordHash,
  );
  const enrolmentRows = graduates.map((g) => ({
    id: seedUuid(`enrolment:${cohort.key}:${g.person.email}`),
    cohortId: cohort.id,
    userId: userId(ids, g.person.email),
    trackId: g.trackKey && cohort.tracks ? cohort.tracks[g.trackKey] : null,
    status: "completed" as const,
    onboarding: { arrival: "done", visa: "done" },
    sharing: { name: true, country: true, organisation: rng.chance(0.8), email: rng.chance(0.5) },
    // Issued as graduation issues them (lib/graduation/commands.ts), so /verify accepts them: signed with
    // AUTH_SECRET, which the seed must share with the server (db/seed/index.ts reads .env.local).
    certificateCode: newCertificateCode(),
    completedAt: g.completedAt,
    createdAt: g.person.createdAt,
  }));
  await inBatches(enrolmentRows, (part) => tx.insert(enrolments).values(part).onConflictDoNothing());

  const isDemo = (email: string) => email.endsWith("@madang.test");
  const profileRows = graduates.map((g) => {
    const p = g.person;
    const second = rng.chance(0.4)
      ? rng.pick<string>(["Arts education", "Festivals", "Heritage", "Cultural policy"])
      : null;
    return {
      userId: userId(ids, p.email),
      bio: alumniBio(rng, p, cohort.title),
      currentPosition: p.position,
      currentOrganisation: p.organisation,
      country: p.residence,
      fields: [...new Set([p.field, ...(second ? [second] : [])])],
      languages: p.languages,
      links:
        rng.chance(0.5) || isDemo(p.email)
          ? [{ label: "Website", url: `https://example.org/${p.email.split("@")[0]?.replace(/\./g, "-")}` }]
          : [],
      contactEmail: p.email,
      visibility: isDemo(p.email) ? (VISIBILITY_PRESETS[0]?.[0] ?? {}) : rng.weighted(VISIBILITY_PRESETS),
      isExpert: g.expert ?? false,
      expertAreas: g.expert
        ? ["2005 Convention", "Cultural policy", "Quadrennial periodic reports", "Capacity building"]
        : [],
      expertAvailability: g.expert
        ? "UNESCO Expert Facility 2019–2022; available for technical assistance in Asia-Pacific"
        : null,
      isExpertPublic: g.expert ?? false,
      updatedAt: g.completedAt,
    };
  });
  await inBatches(profileRows, (part) => tx.insert(alumniProfiles).values(part).onConflictDoNothing());
  return { ids, enrolmentRows };
}

/**
 * CPI 2023's attendance, so that graduation shows what each graduate attended: every session of their track and of
 * the whole cohort, less a few absences (never below the 80% the completion rule asks of a graduate).
 */
async function seedCpi2023Attendance(tx: Tx, graduates: Graduate[], enrolmentRows: { id: string }[]) {
  const rng = new Rng("cpi-2023-attendance");
  const rows = graduates.flatMap((g, i) => {
    const enrolment = enrolmentRows[i];
    if (!enrolment || !g.trackKey) return [];
    const expected = cpi2023SessionsFor(g.trackKey);
    const missable = Math.floor(expected.length * 0.2);
    const missed = new Set<number>();
    for (
      let n = rng.weighted([
        [0, 55],
        [1, 30],
        [2, 15],
      ] as const);
      missed.size < Math.min(n, missable);
    )
      missed.add(rng.int(0, expected.length - 1));
    return expected.map((s, k) => ({
      sessionId: s.id,
      enrolmentId: enrolment.id,
      status: missed.has(k) ? (rng.chance(0.5) ? ("excused" as const) : ("absent" as const)) : ("present" as const),
      method: s.online ? ("import" as const) : missed.has(k) ? ("staff" as const) : ("code" as const),
      recordedAt: s.startsAt,
    }));
  });
  await inBatches(rows, (part) => tx.insert(attendance).values(part).onConflictDoNothing());
}

/** Alumni of CPI 2023 and Seoul 2018, CPI 2023's project proposals (four outstanding) and a few alumni posts. */
export async function seedAlumni(
  tx: Tx,
  cohortIds: CohortIds,
  demo: DemoUserIds,
  passwordHash: string,
): Promise<{ alumni: number; proposals: number }> {
  const rng = new Rng("alumni-profiles");
  const cpi = cpi2023Graduates();
  const seoul2018 = seoul2018Graduates();
  const cpiSaved = await seedCohortAlumni(
    tx,
    cpi,
    { id: cohortIds.cpi2023, key: "cpi-2023", title: "CPI 2023", tracks: cohortIds.tracks2023 },
    passwordHash,
    rng,
  );
  const seoulSaved = await seedCohortAlumni(
    tx,
    seoul2018,
    {
      id: cohortIds.seoul2018,
      key: "seoul-2018",
      title: "the 2005 Convention capacity development programme (Seoul, 2018)",
      tracks: undefined,
    },
    passwordHash,
    rng,
  );

  await seedCpi2023Attendance(tx, cpi, cpiSaved.enrolmentRows);

  // Proposals of the 48 experts; the first of each section is the one presented on CPI Day.
  const textRng = new Rng("cpi-2023-proposals");
  const firstOfTrack = new Set<TrackKey>();
  const proposalRows = cpi.flatMap((g, i) => {
    const enrolment = cpiSaved.enrolmentRows[i];
    if (!enrolment || !g.trackKey || ADMINISTRATOR_TRACKS.includes(g.trackKey)) return [];
    const outstanding = !firstOfTrack.has(g.trackKey);
    firstOfTrack.add(g.trackKey);
    const title = projectTitle(textRng, g.person);
    return [
      {
        id: seedUuid(`proposal:${enrolment.id}`),
        enrolmentId: enrolment.id,
        title,
        field: g.person.field,
        content: { summary: projectIdea(textRng, g.person, title) },
        status: "reviewed" as const,
        isOutstanding: outstanding,
        presentationSessionId: outstanding ? SEED_IDS.outstandingProposalsSession : null,
        shareWithAlumni: outstanding || textRng.chance(0.6),
        submittedAt: new Date(g.completedAt.getTime() - 5 * 24 * 3600_000),
        updatedAt: new Date(g.completedAt.getTime() - 2 * 24 * 3600_000),
      },
    ];
  });
  await inBatches(proposalRows, (part) => tx.insert(proposals).values(part).onConflictDoNothing());
  // The mentor's scores behind the "reviewed" status (criteria: relevance, feasibility, impact).
  await inBatches(proposalRows, (part) =>
    tx
      .insert(reviews)
      .values(
        part.map((p) => {
          const base = p.isOutstanding ? 9 : textRng.int(5, 8);
          return {
            id: seedUuid(`review:${p.id}:mentor`),
            reviewerId: demo.mentor,
            proposalId: p.id,
            status: "submitted" as const,
            scores: {
              relevance: Math.min(10, base + textRng.int(0, 1)),
              feasibility: base - textRng.int(0, 1),
              impact: base,
            },
            comment: p.isOutstanding
              ? "Outstanding: recommended for presentation on CPI Day."
              : "Well structured; keep working on partners and budget.",
            assignedAt: new Date(p.submittedAt.getTime() + 3600_000),
            submittedAt: new Date(p.submittedAt.getTime() + 2 * 24 * 3600_000),
          };
        }),
      )
      .onConflictDoNothing(),
  );

  const author = (list: Graduate[], saved: Map<string, string>, test: (g: Graduate, index: number) => boolean) => {
    const graduate = list.find(test);
    if (!graduate) throw new Error("db/seed: no graduate to author a post");
    return userId(saved, graduate.person.email);
  };
  const postRows = [
    {
      key: "alumna-news",
      authorId: demo.alumnus,
      kind: "news" as const,
      title: "Our magic and puppetry show for children is touring three cities",
      body: "What started as my project proposal at CPI 2023 is now a touring show. Thank you to the BIMF team and my section for the feedback that shaped it!",
      createdAt: seoul("2026-05-12 10:00"),
    },
    {
      key: "pub-news",
      authorId: author(cpi, cpiSaved.ids, (g, i) => i > 0 && g.trackKey === "pub"),
      kind: "news" as const,
      title: "First books of our children's series are out",
      body: "Three picture books in two local languages, planned with the method we learned in the Publication section.",
      createdAt: seoul("2026-03-03 16:00"),
    },
    {
      key: "residency",
      authorId: author(cpi, cpiSaved.ids, (g) => g.trackKey === "pa2"),
      kind: "opportunity" as const,
      title: "Open call: residency for festival producers",
      body: "Our festival hosts two producers from abroad for four weeks next spring. CPI alumni are warmly encouraged to apply.",
      createdAt: seoul("2026-09-21 09:00"),
    },
    {
      key: "qpr",
      authorId: author(seoul2018, seoulSaved.ids, (g) => g.expert === true && g.person.nationality === "MN"),
      kind: "opportunity" as const,
      title: "Sharing experience on quadrennial periodic reports",
      body: "Colleagues preparing a 2005 Convention periodic report: happy to share what we learned preparing ours.",
      createdAt: seoul("2025-11-04 11:00"),
    },
    {
      key: "meetup",
      authorId: demo.alumnus,
      kind: "event" as const,
      title: "CPI alumni online meetup",
      body: "An hour to catch up across time zones: short updates, then open conversation.",
      eventStartsAt: seoul("2026-12-10 20:00"),
      eventEndsAt: seoul("2026-12-10 21:00"),
      createdAt: seoul("2026-11-02 09:00"),
    },
  ];
  await tx
    .insert(posts)
    .values(postRows.map(({ key, ...p }) => ({ ...p, id: seedUuid(`post:${key}`) })))
    .onConflictDoNothing();

  return { alumni: cpi.length + seoul2018.length, proposals: proposalRows.length };
}
