import { sessionTracks, sessions } from "../schema";
import type { SessionKind } from "../schema";
import { excluded, seoul, type Tx } from "./batch";
import { SEED_IDS, seedUuid } from "./ids";
import { ADMINISTRATOR_TRACKS, EXPERT_TRACKS, type CohortIds, type TrackKey } from "./programmes";

type SessionSeed = {
  key: string;
  title: string;
  kind: SessionKind;
  /** Seoul wall-clock time, "2023-09-14 14:00". */
  start: string;
  /** End time on the same day, "15:30". */
  end: string;
  tracks?: readonly TrackKey[];
  venue?: string;
  online?: boolean;
  speakers?: string;
  description?: string;
  audienceLevel?: "all" | "senior" | "working";
};

const ONLINE_URL = "https://meet.example.org/cpi";

// CPI 2023 (seeds/003). Times are Seoul local times; the source gives the dates, the hours are the demo's.
const CPI_2023: readonly SessionSeed[] = [
  {
    key: "online-1",
    title: "Online class: orientation and introduction to CPI 2023",
    kind: "online_class",
    start: "2023-07-03 19:00",
    end: "21:00",
    tracks: EXPERT_TRACKS,
    online: true,
  },
  {
    key: "online-2",
    title: "Online class: planning a cultural project",
    kind: "online_class",
    start: "2023-07-05 19:00",
    end: "21:00",
    tracks: EXPERT_TRACKS,
    online: true,
  },
  {
    key: "online-3",
    title: "Online class: Korean cultural policy and the creative sector",
    kind: "online_class",
    start: "2023-07-10 19:00",
    end: "21:00",
    tracks: EXPERT_TRACKS,
    online: true,
  },
  {
    key: "online-4",
    title: "Online class: drafting your project proposal",
    kind: "online_class",
    start: "2023-07-12 19:00",
    end: "21:00",
    tracks: EXPERT_TRACKS,
    online: true,
  },
  {
    key: "opening",
    title: "Opening and orientation of the courses in Korea",
    kind: "ceremony",
    start: "2023-08-28 10:00",
    end: "12:00",
    tracks: EXPERT_TRACKS,
    venue: "Seoul",
  },
  {
    key: "pa1-lecture",
    title: "Lecture: magic as a performing art that unites audiences",
    kind: "lecture",
    start: "2023-08-30 10:00",
    end: "12:30",
    tracks: ["pa1"],
    venue: "Busan",
    speakers: "BIMF",
  },
  {
    key: "pa1-workshop",
    title: "Workshop: producing a magic show for international audiences",
    kind: "workshop",
    start: "2023-09-06 14:00",
    end: "17:00",
    tracks: ["pa1"],
    venue: "Busan",
    speakers: "BIMF",
  },
  {
    key: "pa2-lecture",
    title: "Lecture: producing a performing arts festival",
    kind: "lecture",
    start: "2023-08-30 10:00",
    end: "12:30",
    tracks: ["pa2"],
    venue: "Seoul",
    speakers: "CID-UNESCO",
  },
  {
    key: "pa2-visit",
    title: "Site visit: festival venues and producers",
    kind: "site_visit",
    start: "2023-09-08 13:00",
    end: "18:00",
    tracks: ["pa2"],
    venue: "Seoul",
    speakers: "CID-UNESCO",
  },
  {
    key: "pub-lecture",
    title: "Lecture: planning book contents for children's education",
    kind: "lecture",
    start: "2023-08-31 10:00",
    end: "12:30",
    tracks: ["pub"],
    venue: "Seoul",
    speakers: "EDCN, Plan Education",
  },
  {
    key: "pub-workshop",
    title: "Workshop: from idea to children's book",
    kind: "workshop",
    start: "2023-09-07 14:00",
    end: "17:00",
    tracks: ["pub"],
    venue: "Seoul",
    speakers: "EDCN, Plan Education",
  },
  {
    key: "cp-lecture",
    title: "Lecture: design thinking for cultural products",
    kind: "lecture",
    start: "2023-08-31 10:00",
    end: "12:30",
    tracks: ["cp"],
    venue: "Busan",
    speakers: "Design Council Busan",
  },
  {
    key: "cp-workshop",
    title: "Workshop: developing and marketing a cultural product",
    kind: "workshop",
    start: "2023-09-07 14:00",
    end: "17:00",
    tracks: ["cp"],
    venue: "Busan",
    speakers: "Design Council Busan",
  },
  {
    key: "proposal-clinic",
    title: "Project proposal mentoring",
    kind: "workshop",
    start: "2023-09-12 14:00",
    end: "17:00",
    tracks: EXPERT_TRACKS,
    venue: "Seoul, seminar room",
  },
  {
    key: "admin-seminar",
    title: "Real-time seminar: establishment and utilization of cultural infrastructure",
    kind: "seminar",
    start: "2023-08-29 16:00",
    end: "18:00",
    tracks: ADMINISTRATOR_TRACKS,
    online: true,
  },
  {
    key: "admin-elearning",
    title: "E-learning: preparing a project proposal",
    kind: "online_class",
    start: "2023-08-31 16:00",
    end: "18:00",
    tracks: ADMINISTRATOR_TRACKS,
    online: true,
  },
  {
    key: "senior-workshop",
    title: "Senior-level workshop: cultural infrastructure policies and strategies",
    kind: "workshop",
    start: "2023-09-12 10:00",
    end: "17:00",
    tracks: ["senior"],
    audienceLevel: "senior",
    venue: "Seoul, conference room A",
  },
  {
    key: "working-workshop",
    title: "Working-level workshop: running and programming cultural facilities",
    kind: "workshop",
    start: "2023-09-12 10:00",
    end: "17:00",
    tracks: ["working"],
    audienceLevel: "working",
    venue: "Seoul, conference room B",
  },
  {
    key: "admin-visit",
    title: "Cultural exploration: cultural infrastructure in Seoul",
    kind: "site_visit",
    start: "2023-09-13 10:00",
    end: "17:00",
    tracks: ADMINISTRATOR_TRACKS,
    venue: "Seoul",
  },
  // CPI Day, 14 September 2023: the Cultural Policy Forum, then CPI Night.
  {
    key: "cpi-day-forum",
    title: "Cultural Policy Forum",
    kind: "forum",
    start: "2023-09-14 13:30",
    end: "17:30",
    venue: "Seoul",
    description:
      "CPI Day, part 1: experts and administrators exchange insights and share what they achieved. The keynote, the panel and the presentation of outstanding project proposals are listed as their own sessions.",
  },
  {
    key: "cpi-day-keynote",
    title: "Art and Creativity in the Age of Artificial Intelligence",
    kind: "keynote",
    start: "2023-09-14 13:40",
    end: "14:30",
    venue: "Seoul",
    speakers: "Professor Lee Jinjoon, KAIST",
  },
  {
    key: "cpi-day-panel",
    title: "Cultural infrastructure development policies and strategies",
    kind: "panel",
    start: "2023-09-14 14:40",
    end: "16:00",
    venue: "Seoul",
    speakers:
      "Led by Kim Taekyoon, Director of the Asia-Africa Center, Seoul National University, with senior-level cultural administrators",
    description:
      "Senior-level cultural administrators present and discuss cultural infrastructure development policies and strategies.",
  },
  {
    key: "cpi-day-proposals",
    title: "Presentation of outstanding project proposals",
    kind: "seminar",
    start: "2023-09-14 16:10",
    end: "17:30",
    venue: "Seoul",
    description: "Outstanding project proposals identified through this year's CPI training.",
  },
  {
    key: "cpi-night-graduation",
    title: "CPI Night: graduation ceremony",
    kind: "ceremony",
    start: "2023-09-14 18:30",
    end: "19:20",
    venue: "Seoul",
    description: "CPI Day, part 2: participants share and celebrate their training accomplishments.",
  },
  {
    key: "cpi-night-performance",
    title: "Commemorative performance",
    kind: "performance",
    start: "2023-09-14 19:20",
    end: "19:50",
    venue: "Seoul",
  },
  {
    key: "cpi-night-dinner",
    title: "CPI Night: networking dinner and farewell reception",
    kind: "networking",
    start: "2023-09-14 19:50",
    end: "21:30",
    venue: "Seoul",
  },
  {
    key: "admin-closing",
    title: "Closing of the administrators' week",
    kind: "ceremony",
    start: "2023-09-15 10:00",
    end: "12:00",
    tracks: ADMINISTRATOR_TRACKS,
    venue: "Seoul",
  },
  {
    key: "general-closing",
    title: "General course: final presentations and closing",
    kind: "ceremony",
    start: "2023-09-15 14:00",
    end: "17:00",
    tracks: ["pub", "cp"],
    venue: "Seoul",
  },
  {
    key: "intensive-closing",
    title: "Intensive course: final presentations and closing",
    kind: "ceremony",
    start: "2023-09-22 14:00",
    end: "17:00",
    tracks: ["pa1", "pa2"],
    venue: "Seoul",
  },
];

// CPI 2027: the start of the timetable, so a confirmed participant has a calendar to see.
const CPI_2027: readonly SessionSeed[] = [
  {
    key: "online-1",
    title: "Online class: orientation and introduction to CPI 2027",
    kind: "online_class",
    start: "2027-07-05 19:00",
    end: "21:00",
    tracks: EXPERT_TRACKS,
    online: true,
  },
  {
    key: "online-2",
    title: "Online class: planning a cultural project",
    kind: "online_class",
    start: "2027-07-07 19:00",
    end: "21:00",
    tracks: EXPERT_TRACKS,
    online: true,
  },
  {
    key: "online-3",
    title: "Online class: drafting your project proposal",
    kind: "online_class",
    start: "2027-07-14 19:00",
    end: "21:00",
    tracks: EXPERT_TRACKS,
    online: true,
  },
  {
    key: "opening",
    title: "Opening and orientation of the courses in Korea",
    kind: "ceremony",
    start: "2027-08-30 10:00",
    end: "12:00",
    tracks: EXPERT_TRACKS,
    venue: "Seoul",
  },
  {
    key: "pa1-lecture",
    title: "Lecture: magic as a performing art that unites audiences",
    kind: "lecture",
    start: "2027-09-01 10:00",
    end: "12:30",
    tracks: ["pa1"],
    venue: "Busan",
    speakers: "BIMF",
  },
  {
    key: "cpi-day-forum",
    title: "Cultural Policy Forum",
    kind: "forum",
    start: "2027-09-16 13:30",
    end: "17:30",
    venue: "Seoul",
  },
  {
    key: "cpi-day-proposals",
    title: "Presentation of outstanding project proposals",
    kind: "seminar",
    start: "2027-09-16 16:10",
    end: "17:30",
    venue: "Seoul",
    description: "Outstanding project proposals identified through this year's CPI training.",
  },
  {
    key: "cpi-night-graduation",
    title: "CPI Night: graduation ceremony",
    kind: "ceremony",
    start: "2027-09-16 18:30",
    end: "19:30",
    venue: "Seoul",
  },
];

// Seoul, 10–15 June 2018 (seeds/002): the themes the workshop covered.
const SEOUL_2018: readonly SessionSeed[] = [
  {
    key: "opening",
    title: "Opening: the goals and relevance of the 2005 Convention",
    kind: "lecture",
    start: "2018-06-11 09:30",
    end: "12:00",
  },
  {
    key: "asia-pacific",
    title: "The 2005 Convention in the context of the Asia-Pacific region",
    kind: "lecture",
    start: "2018-06-11 13:30",
    end: "17:00",
  },
  {
    key: "policies-digital",
    title: "Cultural policies and digital technology",
    kind: "lecture",
    start: "2018-06-12 09:30",
    end: "12:00",
  },
  {
    key: "civil-society",
    title: "The role of civil society in implementing the Convention",
    kind: "panel",
    start: "2018-06-12 13:30",
    end: "17:00",
  },
  { key: "preferential", title: "Preferential treatment", kind: "lecture", start: "2018-06-13 09:30", end: "12:00" },
  {
    key: "gender-rights",
    title: "Gender equality and culture; human rights and fundamental freedoms",
    kind: "workshop",
    start: "2018-06-13 13:30",
    end: "17:00",
  },
  {
    key: "ratification",
    title: "Why and how ratifying the Convention can be beneficial",
    kind: "peer_learning",
    start: "2018-06-14 09:30",
    end: "12:00",
  },
  {
    key: "stakeholders",
    title: "Action planning: cultural policies and stakeholders in implementing the Convention",
    kind: "action_planning",
    start: "2018-06-14 13:30",
    end: "17:00",
  },
  { key: "closing", title: "Closing and evaluation", kind: "ceremony", start: "2018-06-15 09:30", end: "12:00" },
];

// The ASEAN–ROK workshop (seeds/001): five days of lectures, panels, site visits, peer-to-peer learning, the
// delegations' country presentations and action planning. It was postponed (Covid-19) before it took place: the
// sessions keep the week it was planned for (the week is the demo's, the source gives none) and say so.
const ASEAN_ROK: readonly SessionSeed[] = [
  {
    key: "d1-opening",
    title: "Opening and introduction of the delegations",
    kind: "ceremony",
    start: "2020-05-11 09:30",
    end: "10:30",
  },
  {
    key: "d1-convention",
    title: "The 2005 Convention: a framework for cultural governance and cooperation for development",
    kind: "lecture",
    start: "2020-05-11 10:45",
    end: "12:30",
  },
  {
    key: "d1-cci",
    title: "Cultural and creative industries as engines of sustainable development",
    kind: "lecture",
    start: "2020-05-11 14:00",
    end: "15:30",
  },
  {
    key: "d1-peer",
    title: "Peer-to-peer learning: what each delegation expects from the week",
    kind: "peer_learning",
    start: "2020-05-11 16:00",
    end: "17:30",
  },
  {
    key: "d2-preferential",
    title: "Preferential treatment: balanced trade in culture and access to global markets",
    kind: "lecture",
    start: "2020-05-12 09:30",
    end: "11:00",
  },
  {
    key: "d2-mobility",
    title: "Co-production, co-distribution and the mobility of artists and cultural professionals",
    kind: "panel",
    start: "2020-05-12 11:15",
    end: "12:30",
  },
  {
    key: "d2-countries-1",
    title: "Country presentations: Brunei Darussalam, Cambodia, Indonesia, Lao PDR and Malaysia",
    kind: "country_presentation",
    start: "2020-05-12 14:00",
    end: "17:30",
  },
  {
    key: "d3-countries-2",
    title: "Country presentations: Myanmar, the Philippines, Singapore, Thailand and Viet Nam",
    kind: "country_presentation",
    start: "2020-05-13 09:30",
    end: "12:30",
  },
  {
    key: "d3-digital",
    title: "The diversity of cultural expressions in the digital environment",
    kind: "panel",
    start: "2020-05-13 14:00",
    end: "15:30",
  },
  {
    key: "d3-peer",
    title: "Peer-to-peer learning: common challenges across ASEAN",
    kind: "peer_learning",
    start: "2020-05-13 16:00",
    end: "17:30",
  },
  {
    key: "d4-visit-content",
    title: "Site visit: the Korean content industry and its public support",
    kind: "site_visit",
    start: "2020-05-14 09:30",
    end: "12:30",
  },
  {
    key: "d4-visit-cluster",
    title: "Site visit: a creative industries cluster and its start-ups",
    kind: "site_visit",
    start: "2020-05-14 14:00",
    end: "16:30",
  },
  {
    key: "d4-meet",
    title: "Meeting actors of the Korean creative sector",
    kind: "networking",
    start: "2020-05-14 17:00",
    end: "18:30",
  },
  {
    key: "d5-cooperation",
    title: "Regional opportunities for cooperation and promotion",
    kind: "panel",
    start: "2020-05-15 09:30",
    end: "11:00",
  },
  {
    key: "d5-action",
    title: "Action planning by delegation",
    kind: "action_planning",
    start: "2020-05-15 11:15",
    end: "15:00",
  },
  {
    key: "d5-closing",
    title: "Presentation of the action plans and closing",
    kind: "ceremony",
    start: "2020-05-15 15:30",
    end: "17:00",
  },
];
const ASEAN_POSTPONED = "Postponed with the workshop (Covid-19 pandemic); new dates to be announced.";

/** The CPI 2023 sessions a participant of `track` was expected at: the whole cohort's and the track's own. */
export function cpi2023SessionsFor(track: TrackKey): { id: string; key: string; startsAt: Date; online: boolean }[] {
  return CPI_2023.filter((s) => !s.tracks || s.tracks.includes(track)).map((s) => ({
    id: seedUuid(`session:cpi-2023:${s.key}`),
    key: s.key,
    startsAt: seoul(s.start),
    online: s.online ?? false,
  }));
}

function sessionRows(cohortId: string, cohortKey: string, seeds: readonly SessionSeed[], defaultVenue: string | null) {
  return seeds.map((s) => ({
    id: seedUuid(`session:${cohortKey}:${s.key}`),
    cohortId,
    title: s.title,
    kind: s.kind,
    startsAt: seoul(s.start),
    endsAt: seoul(`${s.start.slice(0, 10)} ${s.end}`),
    venue: s.online ? null : (s.venue ?? defaultVenue),
    onlineUrl: s.online ? ONLINE_URL : null,
    speakers: s.speakers ?? null,
    description: s.description ?? null,
    audienceLevel: s.audienceLevel ?? ("all" as const),
    status: "scheduled" as const,
    statusReason: null,
  }));
}

/** Timetables of CPI 2023, the start of CPI 2027, Seoul 2018 and the postponed ASEAN–ROK workshop. */
export async function seedSessions(tx: Tx, cohortIds: CohortIds): Promise<number> {
  const rows = [
    ...sessionRows(cohortIds.cpi2023, "cpi-2023", CPI_2023, "Seoul"),
    ...sessionRows(cohortIds.cpi2027, "cpi-2027", CPI_2027, "Seoul"),
    ...sessionRows(cohortIds.seoul2018, "seoul-2018", SEOUL_2018, "Seoul"),
    ...sessionRows(cohortIds.asean, "asean-rok", ASEAN_ROK, "Republic of Korea").map((r) => ({
      ...r,
      status: "postponed" as const,
      statusReason: ASEAN_POSTPONED,
    })),
  ];
  if (rows.find((r) => r.id === SEED_IDS.cpiDayForumSession)?.kind !== "forum")
    throw new Error("db/seed: CPI Day forum id drifted");
  await tx
    .insert(sessions)
    .values(rows)
    .onConflictDoUpdate({
      target: sessions.id,
      set: excluded(sessions, [
        "cohortId",
        "title",
        "kind",
        "startsAt",
        "endsAt",
        "venue",
        "onlineUrl",
        "speakers",
        "description",
        "audienceLevel",
        "status",
        "statusReason",
      ]),
    });

  const links = [
    ...CPI_2023.flatMap((s) =>
      (s.tracks ?? []).map((t) => ({
        sessionId: seedUuid(`session:cpi-2023:${s.key}`),
        trackId: cohortIds.tracks2023[t],
      })),
    ),
    ...CPI_2027.flatMap((s) =>
      (s.tracks ?? []).map((t) => ({
        sessionId: seedUuid(`session:cpi-2027:${s.key}`),
        trackId: cohortIds.tracks2027[t],
      })),
    ),
  ];
  await tx.insert(sessionTracks).values(links).onConflictDoNothing();
  return rows.length;
}
