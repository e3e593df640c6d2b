import { countryName } from "../../lib/geo";
import { place } from "./data/places";
import {
  AUDIENCES,
  MOTIVATION_LINES,
  ORGANISATION_LINES,
  PROJECT_FORMATS,
  PROJECT_GOALS,
  PROJECT_STEPS,
  PROJECT_TITLES,
  ROLE_DUTIES,
} from "./data/work";
import type { PersonSeed } from "./persons";
import type { Rng } from "./random";

// The prose of applications, proposals and profiles, assembled from data/work.ts.

export function projectTitle(rng: Rng, person: PersonSeed): string {
  return rng.pick(PROJECT_TITLES).replace("{city}", place(person.nationality).city);
}

export function organisationDescription(rng: Rng, person: PersonSeed): string {
  const city = place(person.nationality).city;
  const founded = rng.int(1985, 2019);
  const team = rng.int(4, 60);
  return [
    `${person.organisation} ${rng.pick(ORGANISATION_LINES[person.field])}.`,
    `Founded in ${founded}, it works with about ${team} artists, staff and volunteers in ${city} and across ${countryName(person.nationality)}.`,
    `As ${/^[aeiou]/i.test(person.position) ? "an" : "a"} ${person.position.toLowerCase()}, I ${rng.pick(ROLE_DUTIES)}.`,
    `Over ${person.yearsExperience} years in ${person.field.toLowerCase()} I have learned how much good planning and trusted partners matter.`,
  ].join(" ");
}

export function projectIdea(rng: Rng, person: PersonSeed, title: string): string {
  const city = place(person.nationality).city;
  const goal = rng.pick(PROJECT_GOALS).replace("{audience}", rng.pick(AUDIENCES));
  // A few of the steps, kept in their natural order (first phase before second).
  const steps = rng
    .sample(PROJECT_STEPS, rng.int(3, 5))
    .sort((a, b) => PROJECT_STEPS.indexOf(a) - PROJECT_STEPS.indexOf(b));
  return [
    `“${title}” is a ${rng.pick(PROJECT_FORMATS)} that ${goal} in ${city}.`,
    ...steps,
    rng.pick(MOTIVATION_LINES),
  ].join(" ");
}

export function alumniBio(rng: Rng, person: PersonSeed, cohortTitle: string): string {
  return [
    `${person.position} at ${person.organisation}, working in ${person.field.toLowerCase()} for ${person.yearsExperience} years.`,
    `Took part in ${cohortTitle}.`,
    rng.pick([
      "Happy to connect with colleagues planning touring or co-productions.",
      "Interested in partnerships with festivals and publishers in the region.",
      "Open to mentoring younger professionals in my field.",
      "Currently developing the project I started during the training.",
    ]),
  ].join(" ");
}
