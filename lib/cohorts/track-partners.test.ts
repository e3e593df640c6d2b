import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationMembers, organisations, programmeRoles, programmes, trackPartners, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/roles";
import { getPartnerProgramme } from "@/lib/partner/queries";
import { getCohortHeader, getTimetable } from "@/lib/timetable/queries";
import { createCohort, createTrack, updateTrack } from "./commands";
import { createTrackSchema, updateTrackSchema } from "./schemas";

// A track run with several partner organisations (CPI 2023's Publication section: EDCN and Plan Education)
// names all of them on the edition page and in the partner view, and each partner sees it as its own.

describe.each(testDrivers())("a track with several partners on %s @truth", (driver) => {
  let t: TestDatabase;
  let programmeId: string;
  let cohortId: string;
  let trackId: string;
  let manager: Actor;
  const partnerOf: Record<string, Actor> = {};
  const org: Record<string, string> = {};

  beforeAll(async () => {
    t = await openTestDatabase(driver);
    const [p] = await t.db.insert(programmes).values({ slug: "cpi", title: "CPI" }).returning();
    programmeId = p!.id;
    const orgRows = await t.db
      .insert(organisations)
      .values(
        ["EDCN", "Plan Education", "BIMF"].map((name) => ({
          name,
          kind: "cultural_institution" as const,
          country: "KR",
        })),
      )
      .returning();
    for (const o of orgRows) org[o.name] = o.id;
    const people = await t.db
      .insert(users)
      .values(["manager", "edcn", "plan", "bimf"].map((n) => ({ email: `${n}@example.org`, name: n })))
      .returning();
    const idOf = (name: string) => people.find((u) => u.name === name)!.id;
    await t.db
      .insert(programmeRoles)
      .values([
        { programmeId, userId: idOf("manager"), role: "manager" },
        ...["edcn", "plan", "bimf"].map((n) => ({ programmeId, userId: idOf(n), role: "partner" as const })),
      ]);
    await t.db.insert(organisationMembers).values([
      { organisationId: org["EDCN"]!, userId: idOf("edcn") },
      { organisationId: org["Plan Education"]!, userId: idOf("plan") },
      { organisationId: org["BIMF"]!, userId: idOf("bimf") },
    ]);
    const actor = (name: string, role: "manager" | "partner"): Actor => ({
      userId: idOf(name),
      email: `${name}@example.org`,
      name,
      isAdmin: false,
      roles: [{ programmeId, role }],
    });
    manager = actor("manager", "manager");
    for (const n of ["edcn", "plan", "bimf"]) partnerOf[n] = actor(n, "partner");
    ({ cohortId } = await createCohort(t.db, manager, {
      programmeId,
      title: "CPI 2026",
      year: 2026,
      startDate: "2026-08-28",
      endDate: "2026-09-15",
      timeZone: "Asia/Seoul",
      format: "in_person",
      location: null,
      capacity: 48,
      status: "planned",
      isPublished: false,
      phases: [],
    }));
    // Created with one partner, as the form did before; the second comes with an edit.
    ({ trackId } = await createTrack(
      t.db,
      manager,
      createTrackSchema.parse({
        cohortId,
        title: "Publication",
        partnerOrganisationIds: org["EDCN"],
        level: "general",
      }),
    ));
    await updateTrack(
      t.db,
      manager,
      updateTrackSchema.parse({
        trackId,
        title: "Publication",
        partnerOrganisationIds: [org["EDCN"], org["Plan Education"], org["EDCN"]],
        level: "general",
      }),
    );
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

  it("stores each partner once", async () => {
    const rows = await t.db
      .select({ organisationId: trackPartners.organisationId })
      .from(trackPartners)
      .where(eq(trackPartners.trackId, trackId));
    expect(rows.map((r) => r.organisationId).sort()).toEqual([org["EDCN"], org["Plan Education"]].sort());
  });

  it("the edition page's query names both partners", async () => {
    const timetable = await getTimetable(t.db, (await getCohortHeader(t.db, cohortId))!);
    expect(timetable.tracks).toHaveLength(1);
    expect(timetable.tracks[0]!.partners.map((p) => p.name)).toEqual(["EDCN", "Plan Education"]);
  });

  it("each partner sees the track with both partners and as its own; another partner sees it, not as its own", async () => {
    for (const name of ["edcn", "plan", "bimf"]) {
      const view = (await getPartnerProgramme(t.db, partnerOf[name]!, programmeId))!;
      const [track] = view.cohorts[0]!.tracks;
      expect(track!.partners, name).toEqual(["EDCN", "Plan Education"]);
      expect(track!.ours, name).toBe(name !== "bimf");
    }
  });

  it("an edit that unticks every partner leaves none", async () => {
    await updateTrack(
      t.db,
      manager,
      updateTrackSchema.parse({ trackId, title: "Publication", partnerOrganisationIds: false, level: "general" }),
    );
    const timetable = await getTimetable(t.db, (await getCohortHeader(t.db, cohortId))!);
    expect(timetable.tracks[0]!.partners).toEqual([]);
  });
});
