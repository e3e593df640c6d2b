import { eq, sql } from "drizzle-orm";
import { countSqlRoundTrips } from "@/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alumniProfileUpdates } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/roles";
import { getAlumnusProfile, listDirectory, visiblePhotoKey } from "./directory-queries";
import { checkUpload } from "@/lib/uploads/sniff";
import { countAlumniByCountry, getNetworkFigures } from "./figures-queries";
import { setAlumniPhoto, updateAlumniProfile, updateExpertOptIn } from "./profile-commands";
import { searchRoster, listPublicExperts } from "./roster-queries";
import { recordEngagement } from "./roster-commands";
import { alumniProfileSchema } from "./schemas";
import { makeNetwork } from "./test-fixtures";
import { PUBLIC_VIEWER, viewerOf } from "./visibility";

describe.each(testDrivers())("the directory on %s", (driver) => {
  let t: TestDatabase;
  let aigerim: Actor;
  let colleague: Actor;
  let applicant: Actor;
  let admin: Actor;
  let managerOfOther: Actor;
  let expert: Actor;

  beforeAll(async () => {
    t = await openTestDatabase(driver);
    const n = await makeNetwork(t.db);
    aigerim = await n.person({
      name: "Aigerim Sadykova",
      nationality: "KZ",
      profile: {
        currentOrganisation: "Almaty Puppet Theatre",
        contactEmail: "aigerim@example.org",
        country: "KZ",
        languages: ["Kazakh", "English"],
        fields: ["Performing arts"],
        visibility: { name: "public", country: "public", organisation: "public", email: "alumni" },
      },
    });
    colleague = await n.person({
      name: "Bui Thi Lan",
      nationality: "VN",
      profile: { country: "VN", visibility: { name: "public", country: "alumni" } },
    });
    expert = await n.person({
      name: "Batbayar Dorj",
      nationality: "MN",
      alumnusOf: "other",
      profile: {
        country: "MN",
        languages: ["Mongolian", "English"],
        isExpert: true,
        expertAreas: ["Quadrennial periodic reports"],
        isExpertPublic: false,
        visibility: {},
      },
    });
    applicant = await n.person({ name: "Nadia Rahman", alumnusOf: null });
    admin = await n.person({ name: "Han Jiwoo", alumnusOf: null, isAdmin: true });
    managerOfOther = await n.person({ name: "Lee Soyeon", alumnusOf: null, manages: "other" });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("the owner hides the email and shows the organisation to alumni only; the history keeps the move", async () => {
    const input = alumniProfileSchema.parse({
      version: 1,
      bio: "Producer of puppet theatre for children.",
      currentPosition: "Producer",
      currentOrganisation: "Almaty Puppet Theatre",
      country: "KZ",
      fields: "Performing arts, Festivals",
      languages: "Kazakh, Russian, English",
      links: "Website https://example.org/aigerim",
      contactEmail: "aigerim@example.org",
      visibility: {
        name: "public",
        photo: "alumni",
        bio: "public",
        position: "public",
        organisation: "alumni",
        country: "public",
        fields: "public",
        languages: "public",
        links: "alumni",
        email: "staff",
      },
      digestOptIn: "on",
    });
    await expect(updateAlumniProfile(t.db, aigerim, input)).resolves.toEqual({ version: 2 });
    await expect(updateAlumniProfile(t.db, aigerim, input)).rejects.toMatchObject({ code: "stale" });
    const history = await t.db
      .select()
      .from(alumniProfileUpdates)
      .where(eq(alumniProfileUpdates.userId, aigerim.userId));
    expect(history.map((h) => h.position)).toEqual(["Producer"]);
  });

  it("another alumnus searching by country sees the organisation but not the email", async () => {
    const page = await listDirectory(t.db, viewerOf(colleague), { country: "KZ" });
    expect(page.items.map((i) => i.name)).toEqual(["Aigerim Sadykova"]);
    expect(page.items[0]?.organisation).toBe("Almaty Puppet Theatre");
    expect(JSON.stringify(page)).not.toContain("aigerim@example.org");
  });

  it("a public visitor sees neither, and a signed-in non-alumnus is public too", async () => {
    for (const viewer of [PUBLIC_VIEWER, viewerOf(applicant)]) {
      const page = await listDirectory(t.db, viewer, { country: "KZ" });
      expect(page.items.map((i) => i.name)).toEqual(["Aigerim Sadykova"]);
      const json = JSON.stringify(page);
      expect(json).not.toContain("Almaty Puppet Theatre");
      expect(json).not.toContain("aigerim@example.org");
    }
  });

  it("never matches a filter on a field the viewer may not see", async () => {
    // Lan's country is alumni only: the public cannot find her by it, alumni can.
    expect((await listDirectory(t.db, PUBLIC_VIEWER, { country: "VN" })).total).toBe(0);
    expect((await listDirectory(t.db, viewerOf(aigerim), { country: "VN" })).total).toBe(1);
    // Searching the hidden organisation's words finds nothing for the public.
    expect((await listDirectory(t.db, PUBLIC_VIEWER, { q: "Almaty" })).total).toBe(0);
    expect((await listDirectory(t.db, viewerOf(colleague), { q: "Almaty" })).total).toBe(1);
    // The expert's name is not public and he is not a public expert: the public does not list him.
    expect((await listDirectory(t.db, PUBLIC_VIEWER, {})).items.map((i) => i.name)).toEqual([
      "Aigerim Sadykova",
      "Bui Thi Lan",
    ]);
    // Region comes from lib/geo; the expertise filter only sees experts the viewer may see.
    expect((await listDirectory(t.db, viewerOf(colleague), { region: "asia_pacific" })).total).toBe(2);
    expect((await listDirectory(t.db, viewerOf(colleague), { expertise: "periodic" })).total).toBe(0);
    expect((await listDirectory(t.db, viewerOf(admin), { expertise: "periodic" })).total).toBe(1);
  });

  it("filters by programme, cohort year and language", async () => {
    expect((await listDirectory(t.db, viewerOf(admin), { programme: "other" })).items.map((i) => i.name)).toEqual([
      "Batbayar Dorj",
    ]);
    expect((await listDirectory(t.db, viewerOf(admin), { year: 2023 })).total).toBe(2);
    expect((await listDirectory(t.db, viewerOf(admin), { language: "russ" })).items.map((i) => i.name)).toEqual([
      "Aigerim Sadykova",
    ]);
  });

  it("staff see staff-only fields; a manager only for the programmes they manage", async () => {
    const asAdmin = await getAlumnusProfile(t.db, viewerOf(admin), aigerim.userId);
    expect(asAdmin?.profile.email).toBe("aigerim@example.org");
    const asOtherManager = await getAlumnusProfile(t.db, viewerOf(managerOfOther), aigerim.userId);
    expect(asOtherManager?.profile).not.toHaveProperty("email");
    expect(asOtherManager?.profile.organisation).toBe("Almaty Puppet Theatre");
    const expertForManager = await getAlumnusProfile(t.db, viewerOf(managerOfOther), expert.userId);
    expect(expertForManager?.profile.expert?.areas).toEqual(["Quadrennial periodic reports"]);
    expect(await getAlumnusProfile(t.db, PUBLIC_VIEWER, expert.userId)).toBeNull();
  });

  it("the public roster lists only experts who chose to be public", async () => {
    expect((await listPublicExperts(t.db, PUBLIC_VIEWER, {})).total).toBe(0);
    await updateExpertOptIn(t.db, expert, {
      isExpert: true,
      expertAreas: ["Quadrennial periodic reports", "Cultural policy"],
      expertAvailability: "Two weeks a year",
      isExpertPublic: true,
    });
    const listed = await listPublicExperts(t.db, PUBLIC_VIEWER, {});
    expect(listed.items.map((i) => i.name)).toEqual(["Batbayar Dorj"]);
    expect(listed.items[0]).not.toHaveProperty("languages");
  });

  it("staff find an expert by expertise and language and record an engagement", async () => {
    const found = await searchRoster(t.db, viewerOf(admin), { expertise: "periodic report", language: "mongol" });
    expect(found.items.map((i) => i.profile.name)).toEqual(["Batbayar Dorj"]);
    expect((await searchRoster(t.db, viewerOf(admin), { expertise: "periodic", language: "French" })).total).toBe(0);
    await recordEngagement(t.db, admin, {
      expertId: expert.userId,
      description: "Supported the 2019 periodic report of Mongolia",
      country: "MN",
      year: 2019,
    });
    await expect(
      recordEngagement(t.db, colleague, {
        expertId: expert.userId,
        description: "Nope nope",
        country: null,
        year: 2020,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      recordEngagement(t.db, admin, {
        expertId: colleague.userId,
        description: "Not an expert",
        country: null,
        year: 2020,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    const profile = await getAlumnusProfile(t.db, viewerOf(admin), expert.userId);
    expect(profile?.engagements?.map((e) => e.description)).toEqual(["Supported the 2019 periodic report of Mongolia"]);
    expect((await getAlumnusProfile(t.db, viewerOf(colleague), expert.userId))?.engagements).toBeNull();
  });

  it("serves a photo only to those its setting allows, and knows images by their bytes", async () => {
    await setAlumniPhoto(t.db, aigerim, `alumni-photos/${aigerim.userId}.png`);
    // Her photo is "alumni" (set in the first test): alumni and staff get it, the public does not.
    expect(await visiblePhotoKey(t.db, viewerOf(colleague), aigerim.userId)).toBe(
      `alumni-photos/${aigerim.userId}.png`,
    );
    expect(await visiblePhotoKey(t.db, viewerOf(admin), aigerim.userId)).not.toBeNull();
    expect(await visiblePhotoKey(t.db, PUBLIC_VIEWER, aigerim.userId)).toBeNull();
    expect(await visiblePhotoKey(t.db, viewerOf(applicant), aigerim.userId)).toBeNull();
    // An SVG is text that can run script: never a photo.
    await expect(checkUpload("alumniPhoto", new TextEncoder().encode("<svg onload=alert(1)>"))).rejects.toThrow(
      "not a PNG image or JPEG image or WebP image",
    );
  });

  it("reads a page with its total and the filters' programmes and years in two statements", async () => {
    // The first read after the network changed counts its figures and keeps them (a third statement).
    const first = await countSqlRoundTrips(() => listDirectory(t.db, viewerOf(admin), {}, { filterOptions: true }));
    expect(first.roundTrips).toBe(3);
    const { result, roundTrips } = await countSqlRoundTrips(() =>
      listDirectory(t.db, viewerOf(admin), {}, { filterOptions: true }),
    );
    expect(roundTrips).toBe(2);
    expect(result).toEqual(first.result);
    const rows = (await t.db.execute(
      sql.raw(`select distinct p.slug, p.title, c.year from enrolments e join cohorts c on c.id = e.cohort_id
        join programmes p on p.id = c.programme_id where e.status = 'completed'`),
    )) as unknown as
      { slug: string; title: string; year: number }[] | { rows: { slug: string; title: string; year: number }[] };
    const expected = Array.isArray(rows) ? rows : rows.rows;
    expect(result.filterOptions!.programmes.map((p) => p.slug).sort()).toEqual(
      [...new Set(expected.map((r) => r.slug))].sort(),
    );
    expect(result.filterOptions!.years).toEqual([...new Set(expected.map((r) => r.year))].sort((a, b) => b - a));
    expect(result.total).toBe(result.items.length);
    expect((await listDirectory(t.db, viewerOf(admin), {})).filterOptions).toBeNull();
    // Unfiltered, staff and alumni get the kept count of alumni; the public a count of whom it may list. Either is
    // the number of people the (one-page) listing shows that viewer.
    for (const viewer of [admin, colleague, managerOfOther, applicant, expert].map(viewerOf).concat(PUBLIC_VIEWER)) {
      const page = await listDirectory(t.db, viewer, {});
      expect(page.items.length).toBeLessThan(page.pageSize);
      expect(page.total).toBe(page.items.length);
    }
  });

  it("counts the network from the data", async () => {
    expect(await getNetworkFigures(t.db, "all")).toEqual({ alumni: 3, countries: 3, since: 2019 });
    expect(await countAlumniByCountry(t.db)).toEqual([
      { country: "KZ", alumni: 1 },
      { country: "MN", alumni: 1 },
      { country: "VN", alumni: 1 },
    ]);
  });
});
