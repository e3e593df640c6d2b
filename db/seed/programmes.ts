import {
  cohortPhases,
  cohorts,
  programmeAgendaGoals,
  programmeAgendaStrategies,
  programmeOrganisations,
  programmes,
  trackPartners,
  tracks,
} from "../schema";
import type { NewCohort, NewProgramme, OrganisationRole } from "../schema";
import { countryCodeFromName, ASEAN } from "../../lib/geo";
import { excluded, storyDay, type Tx } from "./batch";
import { ASEAN_TEXT, CPI_TEXT, KACES_TEXT, SEOUL_2018_TEXT } from "./data/programme-texts";
import { SEED_IDS, SEED_SLUGS, seedUuid } from "./ids";
import type { AgendaIds, OrganisationIds } from "./reference";
import { orgId } from "./reference";

// The 17 countries of the Seoul 2018 workshop as seeds/002 lists them, resolved to ISO codes.
const SEOUL_2018_COUNTRY_NAMES = [
  "Australia",
  "Bangladesh",
  "China",
  "India",
  "Indonesia",
  "Japan",
  "Kazakhstan",
  "Malaysia",
  "Mongolia",
  "Pakistan",
  "Philippines",
  "Republic of Korea",
  "Solomon Islands",
  "Thailand",
  "Timor-Leste",
  "Uzbekistan",
  "Viet Nam",
] as const;

export function seoul2018Countries(): string[] {
  return SEOUL_2018_COUNTRY_NAMES.map((name) => {
    const code = countryCodeFromName(name);
    if (!code) throw new Error(`db/seed: unknown country ${name}`);
    return code;
  });
}

/** CPI 2023's expert countries (23) and administrator countries (10, two of them new: 25 in all). */
export const CPI_2023_EXPERT_COUNTRIES = [
  "MN",
  "VN",
  "TH",
  "ID",
  "PH",
  "KH",
  "LA",
  "MM",
  "IN",
  "BD",
  "NP",
  "UZ",
  "KZ",
  "KE",
  "TZ",
  "GH",
  "NG",
  "ZA",
  "EG",
  "JO",
  "MX",
  "CO",
  "PE",
] as const;
export const CPI_2023_ADMINISTRATOR_COUNTRIES = ["VN", "KH", "LA", "MN", "UZ", "KE", "EG", "CO", "LK", "ET"] as const;

type ProgrammeSeed = Omit<NewProgramme, "id" | "status"> & {
  slug: string;
  organisations: readonly (readonly [string, OrganisationRole])[];
  goals: readonly string[];
  strategies: readonly string[];
};

function programmeSeeds(): ProgrammeSeed[] {
  const cpiCountries = [...new Set([...CPI_2023_EXPERT_COUNTRIES, ...CPI_2023_ADMINISTRATOR_COUNTRIES])].sort();
  const theme2005 = [
    "Advocacy",
    "Workshops",
    "Training Materials",
    "Policy Design",
    "Cultural Industries Support",
    "Contributing to the SDG's",
  ];
  return [
    {
      slug: SEED_SLUGS.cpi,
      title: "Cultural Partnership Initiative (CPI)",
      ...CPI_TEXT,
      themes: ["Performing Arts", "Publication", "Cultural Products", "Cultural Policy", "Cultural Infrastructure"],
      projectTypes: ["Capacity Development", "Networking"],
      sdgs: [4, 8, 17],
      countries: cpiCountries,
      keyFigures: [
        { value: "about 1,400", label: "cultural experts supported over 18 years" },
        { value: "48", label: "experts from 23 countries in 2023" },
        { value: "20", label: "administrators from 10 countries in 2023" },
        { value: "25", label: "countries represented in 2023" },
      ],
      organisations: [
        ["mcst", "host"],
        ["kofice", "implementing"],
        ["bimf", "partner"],
        ["cid", "partner"],
        ["edcn", "partner"],
        ["plan", "partner"],
        ["dcb", "partner"],
      ],
      goals: ["G2", "G3"],
      strategies: ["G2.S3", "G3.S1", "G3.S3"],
    },
    {
      slug: SEED_SLUGS.seoul2018,
      title: "Capacity Development Programme on the 2005 Convention for Asia-Pacific (Seoul, 2018)",
      ...SEOUL_2018_TEXT,
      themes: theme2005,
      projectTypes: ["Awareness Raising", "Capacity Development"],
      sdgs: [4, 5, 8, 10, 16, 17],
      countries: seoul2018Countries(),
      keyFigures: [
        { value: "30", label: "participants" },
        { value: "17", label: "countries" },
        { value: "5", label: "days of training in Seoul" },
        { value: "4", label: "experts joined the UNESCO Expert Facility (2019–2022)" },
      ],
      startDate: "2017-11-01",
      endDate: "2019-11-30",
      organisations: [
        ["unesco", "host"],
        ["kncu", "local_partner"],
        ["rok", "donor"],
      ],
      goals: ["G3"],
      strategies: ["G3.S3"],
    },
    {
      slug: SEED_SLUGS.asean,
      title: "UNESCO ASEAN–ROK Cultural Policymakers Workshop",
      ...ASEAN_TEXT,
      themes: [...theme2005.slice(0, 3), "Research", ...theme2005.slice(3)],
      projectTypes: ["Awareness Raising", "Capacity Development"],
      sdgs: [8, 10, 16, 17],
      countries: [...ASEAN],
      keyFigures: [
        { value: "about 30", label: "senior officials" },
        { value: "10", label: "ASEAN Member States" },
        { value: "3", label: "participants per national delegation" },
        { value: "5", label: "days" },
      ],
      startDate: "2020-02-01",
      organisations: [
        ["unesco", "host"],
        ["kncu", "local_partner"],
        ["kfit", "donor"],
      ],
      goals: ["G3"],
      strategies: ["G3.S3"],
    },
    {
      slug: SEED_SLUGS.kaces,
      title: "Arts and Culture Education International Exchange",
      ...KACES_TEXT,
      themes: ["Arts Education", "International Exchange", "Networking"],
      projectTypes: ["Networking", "Knowledge Sharing"],
      sdgs: [4, 17],
      keyFigures: [
        { value: "2010", label: "Seoul Agenda adopted at the Second World Conference on Arts Education" },
        { value: "3", label: "high-priority goals" },
        { value: "12", label: "practical strategies" },
      ],
      organisations: [["kaces", "host"]],
      goals: ["G1", "G2", "G3"],
      strategies: ["G1.S1", "G1.S4", "G2.S3", "G2.S4", "G3.S3"],
    },
  ];
}

export type ProgrammeIds = { cpi: string; seoul2018: string; asean: string; kaces: string };

export async function seedProgrammes(tx: Tx, orgs: OrganisationIds, agenda: AgendaIds): Promise<ProgrammeIds> {
  const seeds = programmeSeeds();
  const saved = await tx
    .insert(programmes)
    .values(
      seeds.map(({ organisations: _o, goals: _g, strategies: _s, ...p }) => ({
        startDate: null,
        endDate: null,
        outcomes: "",
        countries: [],
        ...p,
        id: seedUuid(`programme:${p.slug}`),
        status: "published" as const,
      })),
    )
    .onConflictDoUpdate({
      target: programmes.slug,
      set: excluded(programmes, [
        "title",
        "summary",
        "description",
        "themes",
        "projectTypes",
        "sdgs",
        "countries",
        "keyFigures",
        "status",
        "startDate",
        "endDate",
        "outcomes",
      ]),
    })
    .returning({ id: programmes.id, slug: programmes.slug });
  const bySlug = new Map(saved.map((p) => [p.slug, p.id]));
  const id = (slug: string) => bySlug.get(slug) as string;

  await tx
    .insert(programmeOrganisations)
    .values(
      seeds.flatMap((p) =>
        p.organisations.map(([key, role]) => ({ programmeId: id(p.slug), organisationId: orgId(orgs, key), role })),
      ),
    )
    .onConflictDoNothing();
  await tx
    .insert(programmeAgendaGoals)
    .values(
      seeds.flatMap((p) =>
        p.goals.map((code) => ({ programmeId: id(p.slug), goalId: agenda.goals.get(code) as string })),
      ),
    )
    .onConflictDoNothing();
  await tx
    .insert(programmeAgendaStrategies)
    .values(
      seeds.flatMap((p) =>
        p.strategies.map((code) => ({ programmeId: id(p.slug), strategyId: agenda.strategies.get(code) as string })),
      ),
    )
    .onConflictDoNothing();

  return {
    cpi: id(SEED_SLUGS.cpi),
    seoul2018: id(SEED_SLUGS.seoul2018),
    asean: id(SEED_SLUGS.asean),
    kaces: id(SEED_SLUGS.kaces),
  };
}

export type TrackKey = "pa1" | "pa2" | "pub" | "cp" | "senior" | "working";
export const EXPERT_TRACKS: readonly TrackKey[] = ["pa1", "pa2", "pub", "cp"];
export const ADMINISTRATOR_TRACKS: readonly TrackKey[] = ["senior", "working"];

const CPI_TRACKS: readonly {
  key: TrackKey;
  title: string;
  field: string;
  /** The Korean partner organisations of the CPI 2023 document's table (the Publication section has two). */
  partners: readonly string[];
  level: "intensive" | "general" | "senior" | "working";
  capacity: number;
}[] = [
  {
    key: "pa1",
    title: "Performing Arts 1: A Unified World through Magic",
    field: "Performing arts",
    partners: ["bimf"],
    level: "intensive",
    capacity: 12,
  },
  {
    key: "pa2",
    title: "Performing Arts 2: Capacity Building Project for Performing Arts Festival Producers",
    field: "Performing arts",
    partners: ["cid"],
    level: "intensive",
    capacity: 12,
  },
  {
    key: "pub",
    title: "Publication: Capacity Building on Planning and Creating Book Contents for Children's Education",
    field: "Publication",
    partners: ["edcn", "plan"],
    level: "general",
    capacity: 12,
  },
  {
    key: "cp",
    title:
      "Cultural Products: Capacity Building on Developing and Marketing Cultural Products based on Design Thinking",
    field: "Cultural products",
    partners: ["dcb"],
    level: "general",
    capacity: 12,
  },
  {
    key: "senior",
    title: "Cultural Administrators: senior level",
    field: "Cultural policy",
    partners: [],
    level: "senior",
    capacity: 10,
  },
  {
    key: "working",
    title: "Cultural Administrators: working level",
    field: "Cultural policy",
    partners: [],
    level: "working",
    capacity: 10,
  },
];

export type CohortIds = {
  cpi2023: string;
  cpi2027: string;
  seoul2018: string;
  asean: string;
  tracks2023: Record<TrackKey, string>;
  tracks2027: Record<TrackKey, string>;
};

function cpiPhases(year: 2023 | 2027) {
  const d =
    year === 2023
      ? {
          online: ["2023-07-03", "2023-07-14"],
          intensive: ["2023-08-28", "2023-09-22"],
          general: ["2023-08-28", "2023-09-15"],
          adminOnline: ["2023-08-28", "2023-09-01"],
          adminKorea: ["2023-09-11", "2023-09-15"],
        }
      : {
          online: [storyDay("2027-07-05"), storyDay("2027-07-16")],
          intensive: [storyDay("2027-08-30"), storyDay("2027-09-24")],
          general: [storyDay("2027-08-30"), storyDay("2027-09-17")],
          adminOnline: [storyDay("2027-08-30"), storyDay("2027-09-03")],
          adminKorea: [storyDay("2027-09-13"), storyDay("2027-09-17")],
        };
  const phase = (position: number, title: string, mode: "online" | "in_person", [startDate, endDate]: string[]) => ({
    id: seedUuid(`phase:cpi-${year}:${position}`),
    cohortId: year === 2023 ? SEED_IDS.cpi2023Cohort : SEED_IDS.cpi2027Cohort,
    title,
    mode,
    startDate: startDate as string,
    endDate: endDate as string,
    position,
  });
  return [
    phase(1, "Online class (cultural experts)", "online", d.online),
    phase(2, "Intensive course in Korea (cultural experts)", "in_person", d.intensive),
    phase(3, "General course in Korea (cultural experts)", "in_person", d.general),
    phase(4, "Online training (cultural administrators)", "online", d.adminOnline),
    phase(5, "Week in Korea (cultural administrators)", "in_person", d.adminKorea),
  ];
}

export async function seedCohorts(tx: Tx, orgs: OrganisationIds, programmeIds: ProgrammeIds): Promise<CohortIds> {
  const rows: (NewCohort & { id: string })[] = [
    {
      id: SEED_IDS.cpi2023Cohort,
      programmeId: programmeIds.cpi,
      title: "CPI 2023",
      year: 2023,
      startDate: "2023-07-03",
      endDate: "2023-09-22",
      timeZone: "Asia/Seoul",
      format: "hybrid",
      location: "Online and in the Republic of Korea",
      capacity: 68,
      status: "completed",
      statusReason: null,
      isPublished: true,
    },
    {
      id: SEED_IDS.cpi2027Cohort,
      programmeId: programmeIds.cpi,
      title: "CPI 2027",
      year: 2027,
      startDate: storyDay("2027-07-05"),
      endDate: storyDay("2027-09-24"),
      timeZone: "Asia/Seoul",
      format: "hybrid",
      location: "Online and in the Republic of Korea",
      capacity: 68,
      status: "open",
      statusReason: null,
      isPublished: true,
    },
    {
      id: SEED_IDS.seoul2018Cohort,
      programmeId: programmeIds.seoul2018,
      title: "Seoul, June 2018",
      year: 2018,
      startDate: "2018-06-10",
      endDate: "2018-06-15",
      timeZone: "Asia/Seoul",
      format: "in_person",
      location: "Seoul, Republic of Korea",
      capacity: 30,
      status: "completed",
      statusReason: null,
      isPublished: true,
    },
    {
      id: SEED_IDS.aseanCohort,
      programmeId: programmeIds.asean,
      title: "ASEAN–ROK Workshop (5 days)",
      year: 2020,
      startDate: null,
      endDate: null,
      timeZone: "Asia/Seoul",
      format: "in_person",
      location: "Republic of Korea",
      capacity: 30,
      status: "postponed",
      statusReason: "Postponed due to the Covid-19 pandemic; new dates to be announced",
      isPublished: true,
    },
  ];
  await tx
    .insert(cohorts)
    .values(rows)
    .onConflictDoUpdate({
      target: cohorts.id,
      set: excluded(cohorts, [
        "programmeId",
        "title",
        "year",
        "startDate",
        "endDate",
        "timeZone",
        "format",
        "location",
        "capacity",
        "status",
        "statusReason",
        "isPublished",
      ]),
    });

  await tx
    .insert(cohortPhases)
    .values([...cpiPhases(2023), ...cpiPhases(2027)])
    .onConflictDoUpdate({
      target: cohortPhases.id,
      set: excluded(cohortPhases, ["cohortId", "title", "mode", "startDate", "endDate", "position"]),
    });

  const trackIds = (year: number) =>
    Object.fromEntries(CPI_TRACKS.map((t) => [t.key, seedUuid(`track:cpi-${year}:${t.key}`)])) as Record<
      TrackKey,
      string
    >;
  const tracks2023 = trackIds(2023);
  const tracks2027 = trackIds(2027);
  const trackRows = [
    [SEED_IDS.cpi2023Cohort, tracks2023],
    [SEED_IDS.cpi2027Cohort, tracks2027],
  ].flatMap(([cohortId, ids]) =>
    CPI_TRACKS.map((t, i) => ({
      id: (ids as Record<TrackKey, string>)[t.key],
      cohortId: cohortId as string,
      title: t.title,
      field: t.field,
      level: t.level,
      capacity: t.capacity,
      position: i + 1,
    })),
  );
  await tx
    .insert(tracks)
    .values(trackRows)
    .onConflictDoUpdate({
      target: tracks.id,
      set: excluded(tracks, ["cohortId", "title", "field", "level", "capacity", "position"]),
    });
  const partnerRows = [tracks2023, tracks2027].flatMap((ids) =>
    CPI_TRACKS.flatMap((t) => t.partners.map((key) => ({ trackId: ids[t.key], organisationId: orgId(orgs, key) }))),
  );
  await tx.insert(trackPartners).values(partnerRows).onConflictDoNothing();

  return {
    cpi2023: SEED_IDS.cpi2023Cohort,
    cpi2027: SEED_IDS.cpi2027Cohort,
    seoul2018: SEED_IDS.seoul2018Cohort,
    asean: SEED_IDS.aseanCohort,
    tracks2023,
    tracks2027,
  };
}
