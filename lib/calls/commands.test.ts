import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callTracks, calls } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { saveDraft, startApplication } from "@/lib/applications/commands";
import { makeManager, makePerson, makeProgrammeWithCall, TEST_FORM } from "@/lib/applications/test-fixtures";
import type { DomainError } from "@/lib/errors";
import { createCall, saveCallForm, saveCallTranslations, updateCallSettings } from "./commands";
import { callFormSchema, callSettingsSchema, saveCallTranslationsSchema } from "./schemas";
import { callTranslations } from "./translations";

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: DomainError) => e,
  );
const rule = { countries: [], regions: [], groups: [] };

describe.each(testDrivers())("managing calls on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("opens a call with times read in the cohort's zone, and keeps criteria ids while their wording stays", async () => {
    const base = await makeProgrammeWithCall(t.db);
    const manager = await makeManager(t.db, base.programmeId);
    const settings = callSettingsSchema.parse({
      cohortId: base.cohortId,
      version: 0,
      title: "New call",
      description: "",
      status: "open",
      opensAt: "2027-01-01T09:00",
      closesAt: "2027-03-31T18:00",
      nationality: { countries: [], regions: ["africa"], groups: [] },
      residence: rule,
      criteria: ["I am a civil servant"],
      trackIds: [base.trackId],
      confirmationMessage: "Thanks",
      nominationOnly: false,
      allowEditAfterSubmit: true,
    });
    const { callId } = await createCall(t.db, manager, settings);
    const [row] = await t.db.select().from(calls).where(eq(calls.id, callId));
    expect(row?.closesAt.toISOString()).toBe("2027-03-31T09:00:00.000Z");
    expect(row?.eligibility).toEqual({
      nationality: { countries: [], regions: ["africa"], groups: [] },
      criteria: [{ id: "c1", label: "I am a civil servant" }],
    });
    await updateCallSettings(t.db, manager, {
      ...settings,
      callId,
      version: 1,
      criteria: ["A new rule", "I am a civil servant"],
    });
    const [updated] = await t.db.select({ eligibility: calls.eligibility }).from(calls).where(eq(calls.id, callId));
    expect(updated?.eligibility.criteria).toEqual([
      { id: "c2", label: "A new rule" },
      { id: "c1", label: "I am a civil servant" },
    ]);
    expect(await errorOf(updateCallSettings(t.db, manager, { ...settings, callId, version: 1 }))).toMatchObject({
      code: "stale",
    });
  });

  it("refuses a manager of another programme", async () => {
    const base = await makeProgrammeWithCall(t.db);
    const other = await makeManager(t.db, (await makeProgrammeWithCall(t.db)).programmeId);
    expect(
      await errorOf(
        saveCallForm(t.db, other, { callId: base.callId, version: 1, form: callFormSchema.parse(TEST_FORM) }),
      ),
    ).toMatchObject({ code: "forbidden" });
  });

  it("hides a removed question once applications exist, and refuses a change of type", async () => {
    const base = await makeProgrammeWithCall(t.db);
    const manager = await makeManager(t.db, base.programmeId);
    const applicant = await makePerson(t.db);
    const { applicationId } = await startApplication(t.db, applicant, { callId: base.callId, criteria: [] });
    await saveDraft(t.db, applicant, {
      applicationId,
      version: 1,
      answers: { bio: "Kept" },
      trackPreferences: [base.trackId],
    });

    const withoutBio = { pages: TEST_FORM.pages, questions: TEST_FORM.questions.filter((q) => q.id !== "bio") };
    const saved = await saveCallForm(t.db, manager, {
      callId: base.callId,
      version: 1,
      form: callFormSchema.parse(withoutBio),
    });
    expect(saved.form.questions.find((q) => q.id === "bio")).toMatchObject({ hidden: true });

    const retyped = {
      ...saved.form,
      questions: saved.form.questions.map((q) => (q.id === "idea" ? { ...q, type: "number" as const } : q)),
    };
    expect(
      await errorOf(
        saveCallForm(t.db, manager, {
          callId: base.callId,
          version: saved.version,
          form: callFormSchema.parse(retyped),
        }),
      ),
    ).toMatchObject({ code: "conflict", message: expect.stringContaining("cannot change from short text to number") });

    // A track that applicants ranked stays offered even if unticked.
    await updateCallSettings(
      t.db,
      manager,
      callSettingsSchema.parse({
        callId: base.callId,
        cohortId: base.cohortId,
        version: saved.version,
        title: "T",
        description: "",
        status: "open",
        opensAt: "2026-01-01T00:00",
        closesAt: "2030-01-01T00:00",
        nationality: rule,
        residence: rule,
        criteria: [],
        trackIds: [],
        confirmationMessage: "",
        nominationOnly: false,
        allowEditAfterSubmit: false,
      }),
    );
    expect(await t.db.$count(callTracks, eq(callTracks.callId, base.callId))).toBe(1);
  });

  it("writes a call's and its questions' translations, refuses a stale version and unknown fields, and the builder keeps them", async () => {
    const base = await makeProgrammeWithCall(t.db);
    const manager = await makeManager(t.db, base.programmeId);
    const input = saveCallTranslationsSchema.parse({
      callId: base.callId,
      version: 1,
      language: "fr",
      fields: { title: "Appel", "question:bio:label": "Biographie", "question:idea:label": " " },
    });
    await expect(saveCallTranslations(t.db, manager, input)).resolves.toEqual({ version: 2 });
    const [row] = await t.db.select().from(calls).where(eq(calls.id, base.callId));
    expect(row?.translations).toEqual({ fr: { title: "Appel" } });
    expect(row?.form.questions.find((q) => q.id === "bio")?.translations).toEqual({ fr: { label: "Biographie" } });
    expect(callTranslations(row!)).toEqual({ fr: { title: "Appel", "question:bio:label": "Biographie" } });

    expect(await errorOf(saveCallTranslations(t.db, manager, input))).toMatchObject({ code: "stale" });
    expect(
      await errorOf(
        saveCallTranslations(t.db, manager, { ...input, version: 2, fields: { "question:nope:label": "x" } }),
      ),
    ).toMatchObject({ code: "validation" });
    expect(await errorOf(saveCallTranslations(t.db, manager, { ...input, version: 2, language: "en" }))).toMatchObject({
      code: "validation",
    });

    const saved = await saveCallForm(t.db, manager, {
      callId: base.callId,
      version: 2,
      form: callFormSchema.parse(TEST_FORM),
    });
    expect(saved.form.questions.find((q) => q.id === "bio")?.translations).toEqual({ fr: { label: "Biographie" } });
  });
});
