import type { Gender } from "../schema";
import { GENDER_OTHER_TERMS, NAME_POOLS, type NamePool } from "./data/names";
import { place } from "./data/places";
import { ORGANISATION_TEMPLATES, POSITIONS, type Field } from "./data/work";
import { apportion, type Rng } from "./random";

/** Everything the seed writes about one person: their account and their profile. */
export type PersonSeed = {
  email: string;
  name: string;
  givenName: string;
  familyName: string;
  gender: Gender;
  genderOther: string | null;
  nationality: string;
  residence: string;
  organisation: string;
  position: string;
  field: Field;
  languages: string[];
  yearsExperience: number;
  phone?: string | null;
  isAdmin?: boolean;
  createdAt: Date;
};

/** The mix the applicant pool is drawn to (shares of the whole pool). */
const GENDER_MIX: readonly (readonly [Gender, number])[] = [
  ["woman", 50],
  ["man", 42],
  ["non_binary", 3],
  ["another", 1],
  ["undisclosed", 4],
];

/** `count` genders in the GENDER_MIX shares (exact up to rounding), in random order. */
export function genderSequence(rng: Rng, count: number, mix = GENDER_MIX): Gender[] {
  const counts = apportion(count, mix);
  const list: Gender[] = [];
  for (const [gender] of mix) for (let i = 0; i < (counts.get(gender) ?? 0); i++) list.push(gender);
  return rng.shuffle(list);
}

const SPECIAL_LETTERS: Readonly<Record<string, string>> = { đ: "d", ı: "i", ø: "o", ł: "l", ß: "ss", æ: "ae" };

/** "Nguyễn Đức Anh" → "nguyenducanh": names as they may appear in an email address. */
function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[đıøłßæ]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]/g, "");
}

function feminine(family: string): string {
  return /(ov|ev|in|yev)$/.test(family) ? `${family}a` : family;
}

function pickName(rng: Rng, pool: NamePool, gender: Gender): { givenName: string; familyName: string; name: string } {
  const list = gender === "woman" ? pool.women : gender === "man" ? pool.men : rng.chance(0.5) ? pool.women : pool.men;
  const givenName = rng.pick(list);
  const rawFamily = rng.pick(pool.families);
  const familyName = pool.feminineFamily && gender === "woman" ? feminine(rawFamily) : rawFamily;
  const name = pool.familyFirst ? `${familyName} ${givenName}` : `${givenName} ${familyName}`;
  return { givenName, familyName, name };
}

function pickLanguages(rng: Rng, base: readonly string[]): string[] {
  const languages = [...base];
  if (!languages.includes("English") && rng.chance(0.88)) languages.push("English");
  if (rng.chance(0.08)) languages.push("Korean");
  if (!languages.includes("French") && rng.chance(0.07)) languages.push("French");
  if (!languages.includes("Spanish") && rng.chance(0.05)) languages.push("Spanish");
  return languages;
}

/**
 * A made-up person from `country`: a name from that country's naming tradition, an organisation in
 * its city, a position that fits the field. `serial` keeps every email unique.
 */
export function makePerson(
  rng: Rng,
  options: { country: string; gender: Gender; field: Field; serial: number; createdAt: Date; residence?: string },
): PersonSeed {
  const where = place(options.country);
  const pool: NamePool = NAME_POOLS[where.pool];
  const { givenName, familyName, name } = pickName(rng, pool, options.gender);
  const organisation = rng.pick(ORGANISATION_TEMPLATES[options.field]).replace("{city}", where.city);
  return {
    email: `${asciiSlug(givenName)}.${asciiSlug(familyName)}.${options.serial}@example.org`,
    name,
    givenName,
    familyName,
    gender: options.gender,
    genderOther: options.gender === "another" ? rng.pick(GENDER_OTHER_TERMS) : null,
    nationality: options.country,
    residence: options.residence ?? options.country,
    organisation,
    position: rng.pick(POSITIONS[options.field]),
    field: options.field,
    languages: pickLanguages(rng, where.languages),
    yearsExperience: rng.int(2, 24),
    createdAt: options.createdAt,
  };
}

/** A deterministic instant between two instants. */
export function instantBetween(rng: Rng, from: Date, to: Date): Date {
  const span = to.getTime() - from.getTime();
  // Whole minutes, so the data reads naturally.
  return new Date(from.getTime() + Math.floor((rng.next() * span) / 60000) * 60000);
}
