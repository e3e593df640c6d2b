import { eq } from "drizzle-orm";
import { enrolments, organisationMembers, programmeRoles, users } from "../schema";
import type { Gender, ProgrammeRole } from "../schema";
import { demoAccount, type DemoRole } from "./accounts";
import { seoul, type Tx } from "./batch";
import type { Field } from "./data/work";
import { seedUuid } from "./ids";
import type { PersonSeed } from "./persons";
import type { CohortIds, ProgrammeIds } from "./programmes";
import { orgId, type OrganisationIds } from "./reference";
import { upsertPeople, userId } from "./users";

type DemoProfile = {
  givenName: string;
  familyName: string;
  gender: Gender;
  country: string;
  organisation: string;
  position: string;
  field: Field;
  languages: string[];
  years: number;
  phone?: string;
};

const PROFILES: Record<DemoRole, DemoProfile> = {
  admin: {
    givenName: "Jiwoo",
    familyName: "Han",
    gender: "woman",
    country: "KR",
    organisation: "Madang programme office",
    position: "Programme administrator",
    field: "Cultural policy",
    languages: ["Korean", "English"],
    years: 12,
  },
  manager: {
    givenName: "Soyeon",
    familyName: "Lee",
    gender: "woman",
    country: "KR",
    organisation: "Madang programme office",
    position: "Programme manager",
    field: "Cultural policy",
    languages: ["Korean", "English", "French"],
    years: 9,
  },
  reviewer: {
    givenName: "Marta",
    familyName: "Quispe",
    gender: "woman",
    country: "PE",
    organisation: "Independent cultural policy consultant",
    position: "Consultant",
    field: "Cultural policy",
    languages: ["Spanish", "English", "Quechua"],
    years: 18,
  },
  partner: {
    givenName: "Minho",
    familyName: "Jang",
    gender: "man",
    country: "KR",
    organisation: "Busan International Magic Festival",
    position: "Programme coordinator",
    field: "Festivals",
    languages: ["Korean", "English"],
    years: 8,
  },
  applicant: {
    givenName: "Nadia",
    familyName: "Rahman",
    gender: "woman",
    country: "BD",
    organisation: "Dhaka Children's Books Press",
    position: "Editor",
    field: "Publication",
    languages: ["Bengali", "English"],
    years: 7,
    phone: "+880 2 5555 0147",
  },
  participant: {
    givenName: "Tomás",
    familyName: "Herrera",
    gender: "man",
    country: "CO",
    organisation: "Medellín Street Arts Festival",
    position: "Festival producer",
    field: "Performing arts",
    languages: ["Spanish", "English"],
    years: 6,
  },
  offer_holder: {
    givenName: "Amara",
    familyName: "Okafor",
    gender: "woman",
    country: "NG",
    organisation: "Lagos Community Theatre",
    position: "Artistic director",
    field: "Performing arts",
    languages: ["English", "Yoruba"],
    years: 9,
  },
  alumnus: {
    givenName: "Aigerim",
    familyName: "Sadykova",
    gender: "woman",
    country: "KZ",
    organisation: "Almaty Puppet Theatre",
    position: "Producer",
    field: "Performing arts",
    languages: ["Kazakh", "Russian", "English"],
    years: 10,
  },
  mentor: {
    givenName: "Hyejin",
    familyName: "Park",
    gender: "woman",
    country: "KR",
    organisation: "Independent performing arts producer",
    position: "Producer and CPI mentor",
    field: "Performing arts",
    languages: ["Korean", "English"],
    years: 20,
  },
  focal_point: {
    givenName: "Siriporn",
    familyName: "Chaiyasit",
    gender: "woman",
    country: "TH",
    organisation: "Ministry of Culture (Thailand)",
    position: "International relations officer",
    field: "Cultural policy",
    languages: ["Thai", "English"],
    years: 11,
  },
};

export function demoPeople(): PersonSeed[] {
  return (Object.keys(PROFILES) as DemoRole[]).map((role, i) => {
    const account = demoAccount(role);
    const p = PROFILES[role];
    return {
      email: account.email,
      name: account.name,
      givenName: p.givenName,
      familyName: p.familyName,
      gender: p.gender,
      genderOther: null,
      nationality: p.country,
      residence: p.country,
      organisation: p.organisation,
      position: p.position,
      field: p.field,
      languages: p.languages,
      yearsExperience: p.years,
      phone: p.phone ?? null,
      isAdmin: role === "admin",
      createdAt: seoul(`2026-09-${String(1 + i).padStart(2, "0")} 09:00`),
    };
  });
}

export type DemoUserIds = Record<DemoRole, string>;

/** The demo accounts, the applicant's with a full profile (without their alumni record, which alumni.ts writes with the other CPI 2023 graduates). */
export async function seedDemoUsers(tx: Tx, passwordHash: string): Promise<DemoUserIds> {
  const people = demoPeople();
  const ids = await upsertPeople(tx, people, passwordHash);
  // An admin@ account that someone signed up before the seed still becomes the admin.
  await tx
    .update(users)
    .set({ isAdmin: true })
    .where(eq(users.id, userId(ids, demoAccount("admin").email)));
  return Object.fromEntries(
    (Object.keys(PROFILES) as DemoRole[]).map((role) => [role, userId(ids, demoAccount(role).email)]),
  ) as DemoUserIds;
}

/** Programme roles, organisation memberships and the participant's place in CPI 2027. */
export async function seedDemoRoles(
  tx: Tx,
  demo: DemoUserIds,
  programmeIds: ProgrammeIds,
  orgs: OrganisationIds,
  cohortIds: CohortIds,
): Promise<void> {
  const roles: { programmeId: string; userId: string; role: ProgrammeRole }[] = [
    { programmeId: programmeIds.cpi, userId: demo.manager, role: "manager" },
    { programmeId: programmeIds.seoul2018, userId: demo.manager, role: "manager" },
    { programmeId: programmeIds.asean, userId: demo.manager, role: "manager" },
    { programmeId: programmeIds.cpi, userId: demo.reviewer, role: "reviewer" },
    { programmeId: programmeIds.cpi, userId: demo.partner, role: "partner" },
    { programmeId: programmeIds.cpi, userId: demo.mentor, role: "mentor" },
  ];
  await tx
    .insert(programmeRoles)
    .values(roles.map((r) => ({ ...r, createdAt: seoul("2026-09-15 09:00") })))
    .onConflictDoNothing();

  await tx
    .insert(organisationMembers)
    .values([
      { organisationId: orgId(orgs, "bimf"), userId: demo.partner, title: "Programme coordinator" },
      {
        organisationId: orgId(orgs, "ministry:TH"),
        userId: demo.focal_point,
        title: "Focal point for the UNESCO ASEAN–ROK Cultural Policymakers Workshop",
      },
    ])
    .onConflictDoNothing();

  await tx
    .insert(enrolments)
    .values({
      id: seedUuid("enrolment:cpi-2027:participant"),
      cohortId: cohortIds.cpi2027,
      userId: demo.participant,
      trackId: cohortIds.tracks2027.pa1,
      status: "confirmed",
      onboarding: {},
      sharing: { name: true, country: true, organisation: true, email: false },
      createdAt: seoul("2026-10-20 09:00"),
    })
    .onConflictDoNothing();
}
