import { ASEAN } from "../../lib/geo/groups";
import type { Gender } from "../schema";
import { seoul } from "./batch";
import { makePerson, type PersonSeed } from "./persons";
import { apportion, Rng } from "./random";

// The people of the selection demo as pure data (no database, no locale files), so the browser
// journeys can import them to know who is behind a reference.

// Applicants per country (relative): big pools where a plain top 30 would overflow "at most 3".
const SEOUL_POOL_WEIGHTS: readonly (readonly [string, number])[] = [
  ["IN", 10],
  ["CN", 9],
  ["KR", 9],
  ["JP", 8],
  ["ID", 8],
  ["PH", 7],
  ["VN", 7],
  ["TH", 6],
  ["BD", 6],
  ["PK", 5],
  ["MN", 5],
  ["AU", 4],
  ["KZ", 4],
  ["UZ", 4],
  ["MY", 4],
  ["LK", 4],
  ["NP", 4],
  ["KH", 3],
  ["LA", 3],
  ["MM", 3],
  ["KG", 3],
  ["FJ", 2],
  ["PG", 2],
  ["TL", 2],
  ["SB", 2],
];
// Fewer women than men applied, and the men's scores run higher: the gender band is what binds.
const SEOUL_GENDERS: readonly (readonly [Gender, number])[] = [
  ["woman", 46],
  ["man", 64],
  ["non_binary", 4],
  ["undisclosed", 6],
];
const SEOUL_POOL_SIZE = 120;
/** How many of reviewer@madang.test's assignments are left for the journey to score in the browser. */
export const SEOUL_LEFT_TO_SCORE = 3;

export type PoolMember = { person: PersonSeed; quality: number };

/**
 * Who applied to the Seoul 2018 call: the 30 who were chosen (the graduates, strong applications from the
 * 17 countries) and 90 others from across Asia-Pacific whose applications were weaker. Pure and
 * deterministic; the seed lets the selection code choose among them and checks it chose the graduates.
 */
export function buildSeoul2018Applicants(graduates: readonly PersonSeed[]): PoolMember[] {
  const rng = new Rng("seoul-2018-applicants");
  const others = 120 - graduates.length;
  const perCountry = apportion(others, SEOUL_POOL_WEIGHTS, 1);
  const countries = rng.shuffle([...perCountry].flatMap(([code, n]) => Array.from({ length: n }, () => code)));
  const counts = apportion(others, SEOUL_GENDERS);
  const genders = rng.shuffle(SEOUL_GENDERS.flatMap(([g]) => Array.from({ length: counts.get(g) ?? 0 }, () => g)));
  const chosen = graduates.map((person) => ({ person, quality: 8.6 + rng.next() * 0.9 }));
  const rest = countries.map((country, i) => ({
    person: makePerson(rng, {
      country,
      gender: genders[i] ?? "undisclosed",
      field: rng.pick(["Cultural policy", "Heritage", "Film", "Music", "Museums", "Publication"] as const),
      serial: 5001 + i,
      createdAt: seoul("2018-02-10 09:00"),
    }),
    quality: 2.5 + rng.next() * 2.4,
  }));
  // Interleaved, so the references do not give the chosen away.
  return rng.shuffle([...chosen, ...rest]);
}

/** The practice call's pool as data (the balanced-selection journeys run on it). Pure and deterministic. */
export function buildSeoulPool(): PoolMember[] {
  const rng = new Rng("seoul-2018-selection-pool");
  const perCountry = apportion(SEOUL_POOL_SIZE, SEOUL_POOL_WEIGHTS, 2);
  const countries = rng.shuffle([...perCountry].flatMap(([code, n]) => Array.from({ length: n }, () => code)));
  const counts = apportion(SEOUL_POOL_SIZE, SEOUL_GENDERS);
  const genders = rng.shuffle(SEOUL_GENDERS.flatMap(([g]) => Array.from({ length: counts.get(g) ?? 0 }, () => g)));
  return countries.map((country, i) => {
    const gender = genders[i] ?? "undisclosed";
    const person = makePerson(rng, {
      country,
      gender,
      field: rng.pick([
        "Cultural policy",
        "Heritage",
        "Film",
        "Music",
        "Museums",
        "Publication",
        "Visual arts",
      ] as const),
      serial: 3001 + i,
      createdAt: seoul("2018-02-10 09:00"),
    });
    const bias = gender === "man" ? 0.8 : 0;
    return {
      person,
      quality: Math.min(9.5, Math.max(2.5, 5.6 + bias + (rng.next() + rng.next() + rng.next() - 1.5) * 2.6)),
    };
  });
}

export const SEOUL_REVIEWERS: PersonSeed[] = [
  {
    email: "eunji.kim.reviewer@example.org",
    name: "Kim Eunji",
    givenName: "Eunji",
    familyName: "Kim",
    gender: "woman",
    genderOther: null,
    nationality: "KR",
    residence: "KR",
    organisation: "Korea Culture and Tourism Institute",
    position: "Research fellow",
    field: "Cultural policy",
    languages: ["Korean", "English"],
    yearsExperience: 15,
    createdAt: seoul("2018-01-15 09:00"),
  },
  {
    email: "farid.ahmad.reviewer@example.org",
    name: "Ahmad Farid",
    givenName: "Farid",
    familyName: "Ahmad",
    gender: "man",
    genderOther: null,
    nationality: "MY",
    residence: "MY",
    organisation: "Universiti Malaya Cultural Centre",
    position: "Associate professor",
    field: "Cultural policy",
    languages: ["Malay", "English"],
    yearsExperience: 19,
    createdAt: seoul("2018-01-15 09:00"),
  },
];
// reviewer@madang.test scores as the middle; Kim Eunji is harsh, Ahmad Farid lenient (normalisation evens them).
export const REVIEWER_BIAS = [0, -1.5, 1.2];

/** The delegations call's nominees: three or four per member state, two from Lao PDR. */
export function buildAseanNominees(): PersonSeed[] {
  const rng = new Rng("asean-rok-delegations");
  const perCountry: Record<string, number> = { TH: 4, VN: 4, ID: 4, PH: 4, LA: 2 };
  const out: PersonSeed[] = [];
  for (const country of ASEAN) {
    for (let k = 0; k < (perCountry[country] ?? 3); k++) {
      const person = makePerson(rng, {
        country,
        gender: rng.pick(["woman", "man"] as const),
        field: "Cultural policy",
        serial: 4001 + out.length,
        createdAt: seoul("2020-02-10 09:00"),
      });
      person.organisation = `Ministry of Culture (${country})`;
      person.position = rng.pick([
        "Director of cultural industries",
        "Deputy director, audiovisual policy",
        "Senior trade negotiator (services)",
      ]);
      out.push(person);
    }
  }
  return out;
}
