import { and, countDistinct, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMemoryDatabase } from "../client";
import { migrateDatabase } from "../migrate";
import {
  agendaStrategies,
  attendance,
  applications,
  calls,
  cohorts,
  enrolments,
  networkMembers,
  networks,
  organisations,
  profiles,
  programmeOrganisations,
  programmes,
  selectionRuns,
  sessions,
  trackPartners,
  tracks,
  users,
} from "../schema";
import { REGION_OF_COUNTRY, UNESCO_REGIONS } from "../../lib/geo";
import { graduationReview, verifyCertificate } from "../../lib/graduation/queries";
import { now } from "../../lib/time/clock";
import { DEMO_ACCOUNTS, SEED_IDS, SEED_SLUGS, seedDatabase, type SeedSummary } from "./seed";

const handle = openMemoryDatabase();
const db = handle.db;
let first: SeedSummary;
let second: SeedSummary;

beforeAll(async () => {
  await migrateDatabase(db, "pglite");
  first = await seedDatabase(db);
  second = await seedDatabase(db);
}, 180_000);

afterAll(async () => {
  await handle.close();
});

describe("seedDatabase", () => {
  it("is idempotent: a second run leaves every table as it was", () => {
    expect(second.counts).toEqual(first.counts);
    expect(first.counts.applications).toBeGreaterThan(0);
  });

  it("fills the CPI 2027 open call with ≥ 300 applicants from ≥ 30 countries in all five regions", async () => {
    const [call] = await db
      .select({ status: calls.status, opensAt: calls.opensAt, closesAt: calls.closesAt })
      .from(calls)
      .where(eq(calls.id, SEED_IDS.cpi2027Call));
    expect(call?.status).toBe("open");
    // Open whenever the tests run (the clock may be set years ahead): opened in the past, closes in the future.
    const today = now();
    expect(call!.opensAt < today && today < call!.closesAt).toBe(true);
    expect(call!.closesAt.getTime() - today.getTime()).toBeGreaterThan(90 * 86_400_000);

    const rows = await db
      .select({
        status: applications.status,
        nationality: profiles.nationality,
        gender: profiles.gender,
        submittedAt: applications.submittedAt,
        snapshot: applications.snapshotNationality,
      })
      .from(applications)
      .innerJoin(profiles, eq(profiles.userId, applications.applicantId))
      .where(eq(applications.callId, SEED_IDS.cpi2027Call));
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const countries = new Set(rows.map((r) => r.nationality));
    expect(countries.size).toBeGreaterThanOrEqual(30);
    const regions = new Set([...countries].map((c) => REGION_OF_COUNTRY[c ?? ""]));
    for (const region of UNESCO_REGIONS) expect(regions).toContain(region.code);
    expect(rows.some((r) => r.gender === "undisclosed")).toBe(true);

    const submitted = rows.filter((r) => r.status !== "draft");
    expect(submitted.length / rows.length).toBeGreaterThan(0.8);
    for (const r of submitted) {
      expect(r.snapshot).toBe(r.nationality);
      expect(r.submittedAt!.getTime()).toBeGreaterThanOrEqual(call!.opensAt.getTime());
      expect(r.submittedAt!.getTime()).toBeLessThanOrEqual(call!.closesAt.getTime());
    }
  });

  it("puts the eight Korean learning cities in the gnlc network", async () => {
    const members = await db
      .select({
        name: organisations.name,
        kind: organisations.kind,
        country: organisations.country,
        focus: networkMembers.focus,
        joinedOn: networkMembers.joinedOn,
      })
      .from(networkMembers)
      .innerJoin(networks, eq(networks.id, networkMembers.networkId))
      .innerJoin(organisations, eq(organisations.id, networkMembers.organisationId))
      .where(eq(networks.slug, SEED_SLUGS.learningCitiesNetwork));
    expect(members.map((m) => m.name).sort()).toEqual([
      "Bucheon",
      "Gunpo",
      "Jeonju",
      "Namyangju",
      "Osan",
      "Suwon",
      "Tongyeong",
      "Uijeongbu",
    ]);
    for (const m of members) {
      expect(m).toMatchObject({ kind: "city", country: "KR", joinedOn: "2016-07-14" });
      expect(m.focus).toContain(m.name);
    }
  });

  it("postpones the ASEAN–ROK cohort with KFIT as donor and KNCU as local partner", async () => {
    const [cohort] = await db.select().from(cohorts).where(eq(cohorts.id, SEED_IDS.aseanCohort));
    expect(cohort).toMatchObject({ status: "postponed", startDate: null, endDate: null });
    expect(cohort?.statusReason).toMatch(/Covid-19/);
    const roles = await db
      .select({ role: programmeOrganisations.role, shortName: organisations.shortName })
      .from(programmeOrganisations)
      .innerJoin(programmes, eq(programmes.id, programmeOrganisations.programmeId))
      .innerJoin(organisations, eq(organisations.id, programmeOrganisations.organisationId))
      .where(eq(programmes.slug, SEED_SLUGS.asean));
    expect(roles).toContainEqual({ role: "donor", shortName: "KFIT" });
    expect(roles).toContainEqual({ role: "local_partner", shortName: "KNCU" });
  });

  it("gives CPI 2023 its tracks with partners and a forum and a ceremony on CPI Day", async () => {
    // The four sections of the CPI 2023 document's table, each with all its Korean partners.
    const partnered = await db
      .select({ title: tracks.title, partner: organisations.shortName })
      .from(trackPartners)
      .innerJoin(tracks, eq(tracks.id, trackPartners.trackId))
      .innerJoin(organisations, eq(organisations.id, trackPartners.organisationId))
      .where(eq(tracks.cohortId, SEED_IDS.cpi2023Cohort));
    const partnersOf = (prefix: string) =>
      partnered
        .filter((p) => p.title.startsWith(prefix))
        .map((p) => p.partner)
        .sort();
    expect(new Set(partnered.map((p) => p.title)).size).toBe(4);
    expect(partnersOf("Performing Arts 1")).toEqual(["BIMF"]);
    expect(partnersOf("Performing Arts 2")).toEqual(["CID-UNESCO"]);
    expect(partnersOf("Publication")).toEqual(["EDCN", "Plan Education"]);
    expect(partnersOf("Cultural Products")).toEqual(["Design Council Busan"]);
    const cpiDay = await db
      .select({ kind: sessions.kind })
      .from(sessions)
      .where(
        and(
          eq(sessions.cohortId, SEED_IDS.cpi2023Cohort),
          sql`(${sessions.startsAt} at time zone 'Asia/Seoul')::date = '2023-09-14'`,
        ),
      );
    const kinds = cpiDay.map((s) => s.kind);
    expect(kinds).toContain("forum");
    expect(kinds).toContain("ceremony");
    expect(kinds).toContain("keynote");
  });

  it("writes the Seoul Agenda's strategies exactly as seeds/000 lists them (3 goals, 4 strategies each)", async () => {
    const rows = await db.select({ code: agendaStrategies.code }).from(agendaStrategies);
    // seeds/000 lists 12 practical strategies; the "13" in the README counts the "Practical strategies" heading.
    expect(rows.map((r) => r.code).sort()).toEqual([
      "G1.S1",
      "G1.S2",
      "G1.S3",
      "G1.S4",
      "G2.S1",
      "G2.S2",
      "G2.S3",
      "G2.S4",
      "G3.S1",
      "G3.S2",
      "G3.S3",
      "G3.S4",
    ]);
  });

  it("creates every demo account with the admin flag only on the admin", async () => {
    const found = await db
      .select({ email: users.email, isAdmin: users.isAdmin })
      .from(users)
      .where(
        inArray(
          users.email,
          DEMO_ACCOUNTS.map((a) => a.email),
        ),
      );
    expect(found.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    for (const u of found) expect(u.isAdmin).toBe(u.email === "admin@madang.test");
  });

  it("has CPI 2023 alumni from 25 countries", async () => {
    const [row] = await db
      .select({ n: countDistinct(profiles.nationality) })
      .from(profiles)
      .innerJoin(sql`enrolments e`, sql`e.user_id = ${profiles.userId}`)
      .where(sql`e.cohort_id = ${SEED_IDS.cpi2023Cohort} and e.status = 'completed'`);
    expect(row?.n).toBe(25);
  });

  it("gives offer@madang.test an open CPI 2027 offer and leaves one lapsed offer and a waitlist for the expiry", async () => {
    const list = await db
      .select({
        id: enrolments.id,
        status: enrolments.status,
        expires: enrolments.offerExpiresAt,
        appStatus: applications.status,
      })
      .from(enrolments)
      .innerJoin(applications, eq(applications.id, enrolments.applicationId))
      .where(inArray(enrolments.id, [SEED_IDS.cpi2027OpenOffer, SEED_IDS.cpi2027LapsedOffer]));
    const today = now();
    const open = list.find((r) => r.id === SEED_IDS.cpi2027OpenOffer);
    const lapsed = list.find((r) => r.id === SEED_IDS.cpi2027LapsedOffer);
    expect(open).toMatchObject({ status: "offered", appStatus: "offered" });
    expect(open!.expires! > today).toBe(true);
    expect(lapsed!.expires! < today).toBe(true);
    const [waitlisted] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(applications)
      .where(and(eq(applications.callId, SEED_IDS.cpi2027Call), eq(applications.status, "waitlisted")));
    expect(waitlisted?.n).toBeGreaterThanOrEqual(2);
    const [presentation] = await db
      .select({ cohortId: sessions.cohortId })
      .from(sessions)
      .where(eq(sessions.id, SEED_IDS.cpi2027ProposalsSession));
    expect(presentation?.cohortId).toBe(SEED_IDS.cpi2027Cohort);
  });
});

describe("the selection demo calls", () => {
  it.each([
    ["Seoul 2018", SEED_IDS.seoul2018Call, 0],
    ["the practice call", SEED_IDS.selectionPracticeCall, 3],
  ])(
    "gives %s a reviewed pool of 120 from at least 20 Asia-Pacific countries with mixed genders",
    async (_name, callId, leftToScore) => {
      const rows = await db
        .select({
          country: applications.snapshotNationality,
          gender: applications.snapshotGender,
          status: applications.status,
        })
        .from(applications)
        .where(eq(applications.callId, callId));
      expect(rows).toHaveLength(120);
      expect(new Set(rows.map((r) => r.country)).size).toBeGreaterThanOrEqual(20);
      for (const r of rows) expect(REGION_OF_COUNTRY[r.country ?? ""]).toBe("asia_pacific");
      expect(rows.filter((r) => r.gender === "woman").length).toBeGreaterThanOrEqual(40);
      expect(rows.filter((r) => r.gender === "man").length).toBeGreaterThanOrEqual(40);
      const [open] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(sql`reviews r join applications a on a.id = r.application_id`)
        .where(sql`a.call_id = ${callId} and r.status = 'assigned'`);
      expect(open?.n).toBe(leftToScore);
    },
  );

  it("leaves the practice call unselected, all its applications under review, and gives Seoul 2018 one accepted run", async () => {
    const runs = await db
      .select({ callId: selectionRuns.callId, status: selectionRuns.status })
      .from(selectionRuns)
      .where(inArray(selectionRuns.callId, [SEED_IDS.seoul2018Call, SEED_IDS.selectionPracticeCall]));
    expect(runs).toEqual([{ callId: SEED_IDS.seoul2018Call, status: "accepted" }]);
    const statuses = await db
      .select({ status: applications.status, n: sql<number>`count(*)::int` })
      .from(applications)
      .where(eq(applications.callId, SEED_IDS.selectionPracticeCall))
      .groupBy(applications.status);
    expect(statuses).toEqual([{ status: "under_review", n: 120 }]);
  });

  it("has an ASEAN delegations call in which Lao PDR nominated only two", async () => {
    const rows = await db
      .select({ country: applications.snapshotNationality })
      .from(applications)
      .where(eq(applications.callId, SEED_IDS.aseanDelegationsCall));
    const per = new Map<string, number>();
    for (const r of rows) per.set(r.country!, (per.get(r.country!) ?? 0) + 1);
    expect(per.size).toBe(10);
    expect(per.get("LA")).toBe(2);
    for (const [country, n] of per) if (country !== "LA") expect(n).toBeGreaterThanOrEqual(3);
  });
});

describe("the seed tells the truth @truth", () => {
  it("issues every graduate a certificate code that /verify accepts", async () => {
    const graduates = await db
      .select({ code: enrolments.certificateCode, name: users.name })
      .from(enrolments)
      .innerJoin(users, eq(users.id, enrolments.userId))
      .where(
        and(
          inArray(enrolments.cohortId, [SEED_IDS.cpi2023Cohort, SEED_IDS.seoul2018Cohort]),
          eq(enrolments.status, "completed"),
        ),
      );
    expect(graduates.length).toBeGreaterThanOrEqual(60);
    for (const g of graduates) expect((await verifyCertificate(db, g.code!))?.name, g.code!).toBe(g.name);
    // A code nobody signed is still refused.
    expect(await verifyCertificate(db, "CPI2023-001")).toBeNull();
  });

  it("records CPI 2023's attendance: graduation shows each graduate's real share, at least the 80% the rule asks", async () => {
    const review = await graduationReview(db, SEED_IDS.cpi2023Cohort);
    const present = new Map(
      (
        await db
          .select({ id: attendance.enrolmentId, n: sql<number>`count(*)::int` })
          .from(attendance)
          .where(eq(attendance.status, "present"))
          .groupBy(attendance.enrolmentId)
      ).map((r) => [r.id, r.n]),
    );
    expect(review.rows.length).toBeGreaterThanOrEqual(60);
    for (const row of review.rows) {
      expect(row.attended, row.name).toBe(present.get(row.enrolmentId) ?? 0);
      expect(row.sessions).toBeGreaterThan(0);
      expect(row.attended / row.sessions, row.name).toBeGreaterThanOrEqual(0.8);
    }
    // Not everyone attended everything: the figures are records, not a constant.
    expect(review.rows.some((r) => r.attended < r.sessions)).toBe(true);
  });

  it("gives the postponed ASEAN–ROK workshop its five days of sessions, every kind the programme names", async () => {
    const rows = await db
      .select({
        kind: sessions.kind,
        day: sql<string>`to_char(${sessions.startsAt} at time zone 'Asia/Seoul', 'YYYY-MM-DD')`,
        status: sessions.status,
      })
      .from(sessions)
      .where(eq(sessions.cohortId, SEED_IDS.aseanCohort));
    expect(new Set(rows.map((r) => r.day)).size).toBe(5);
    for (const kind of ["lecture", "panel", "site_visit", "peer_learning", "country_presentation", "action_planning"])
      expect(rows.map((r) => r.kind)).toContain(kind);
    expect(rows.every((r) => r.status === "postponed")).toBe(true);
  });
});
