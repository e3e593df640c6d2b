import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nominationQuotas, organisations } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { parseFilters } from "./admin-filters";
import { exportCallApplications, listCallApplications } from "./admin-queries";
import { saveDraft, startApplication, submitApplication } from "./commands";
import { makePerson, makeProgrammeWithCall } from "./test-fixtures";

describe.each(testDrivers())("the administrator's list on %s", (driver) => {
  let t: TestDatabase;
  let call: Awaited<ReturnType<typeof makeProgrammeWithCall>>;
  const eligibility = { nationality: { groups: ["asean"] } };
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    call = await makeProgrammeWithCall(t.db);
    const people = [
      { name: "Anong", nationality: "TH", gender: "woman" as const, submit: true },
      { name: "Bao", nationality: "VN", gender: "man" as const, submit: true },
      { name: "Chloé", nationality: "FR", gender: "woman" as const, submit: false },
      { name: "Dara", nationality: "KH", gender: "non_binary" as const, submit: true },
    ];
    for (const p of people) {
      const me = await makePerson(t.db, {
        nationality: p.nationality,
        residence: p.nationality,
        gender: p.gender,
        name: p.name,
      });
      const { applicationId } = await startApplication(t.db, me, { callId: call.callId, criteria: [] });
      const { version } = await saveDraft(t.db, me, {
        applicationId,
        version: 1,
        answers: { bio: "b", idea: "i" },
        trackPreferences: [call.trackId],
      });
      if (p.submit) await submitApplication(t.db, me, { applicationId, version });
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  const names = async (query: Record<string, string>) =>
    (await listCallApplications(t.db, call.callId, eligibility, parseFilters({ sort: "name", ...query }))).items.map(
      (i) => i.name,
    );

  it("filters by status, country, region, gender, track and search, with counts per status", async () => {
    const all = await listCallApplications(t.db, call.callId, eligibility, parseFilters({}));
    expect(all.total).toBe(4);
    expect(all.perStatus).toEqual({ submitted: 3, draft: 1 });
    expect(await names({ status: "submitted" })).toEqual(["Anong", "Bao", "Dara"]);
    expect(await names({ country: "FR" })).toEqual(["Chloé"]);
    expect(await names({ region: "asia_pacific", gender: "woman" })).toEqual(["Anong"]);
    expect(await names({ track: call.trackId })).toHaveLength(4);
    expect(await names({ q: "bao" })).toEqual(["Bao"]);
    expect(await names({ eligibility: "ineligible" })).toEqual(["Chloé"]);
    expect(await names({ eligibility: "eligible" })).toEqual(["Anong", "Bao", "Dara"]);
  });

  it("filters by nominating body, drops malformed filters, and exports without paging", async () => {
    const [org] = await t.db
      .insert(organisations)
      .values({ name: "Ministry X", country: "TH" })
      .returning({ id: organisations.id });
    await t.db
      .insert(nominationQuotas)
      .values({ callId: call.callId, organisationId: org!.id, country: "TH", quota: 3 });
    expect(await names({ nominatedBy: org!.id })).toEqual([]);
    expect(parseFilters({ status: "bogus", sort: "sideways", country: "france" })).toMatchObject({
      status: undefined,
      sort: "submitted_desc",
      country: undefined,
    });
    const exported = await exportCallApplications(t.db, call.callId, eligibility, parseFilters({ gender: "woman" }));
    expect(exported.rows.map((r) => r.name).sort()).toEqual(["Anong", "Chloé"]);
  });
});
