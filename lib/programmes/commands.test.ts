import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisations, programmeOrganisations, programmeRoles, programmes, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import { createOrganisationForProgramme } from "@/lib/organisations/commands";
import {
  createProgramme,
  linkOrganisation,
  saveProgrammeTranslations,
  setProgrammeMainLanguage,
  setProgrammeStatus,
} from "./commands";
import { createProgrammeSchema } from "./schemas";

describe.each(testDrivers())("setProgrammeStatus on %s", (driver) => {
  let t: TestDatabase;
  let programmeId: string;
  let manager: Actor;
  let otherManager: Actor;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    const [p, q] = await t.db
      .insert(programmes)
      .values([
        { slug: "cpi", title: "CPI" },
        { slug: "other", title: "Other" },
      ])
      .returning();
    const [m, o] = await t.db
      .insert(users)
      .values([
        { email: "m@example.org", name: "M" },
        { email: "o@example.org", name: "O" },
      ])
      .returning();
    await t.db.insert(programmeRoles).values([
      { programmeId: p!.id, userId: m!.id, role: "manager" },
      { programmeId: q!.id, userId: o!.id, role: "manager" },
    ]);
    programmeId = p!.id;
    manager = {
      userId: m!.id,
      email: m!.email,
      name: "M",
      isAdmin: false,
      roles: [{ programmeId: p!.id, role: "manager" }],
    };
    otherManager = {
      userId: o!.id,
      email: o!.email,
      name: "O",
      isAdmin: false,
      roles: [{ programmeId: q!.id, role: "manager" }],
    };
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lets the programme's manager publish it and bumps the version", async () => {
    await expect(setProgrammeStatus(t.db, manager, { programmeId, status: "published", version: 1 })).resolves.toEqual({
      version: 2,
    });
    const [row] = await t.db.select().from(programmes).where(eq(programmes.id, programmeId));
    expect(row?.status).toBe("published");
  });

  it("refuses a stale version and leaves the row as it was", async () => {
    const error = await setProgrammeStatus(t.db, manager, { programmeId, status: "archived", version: 1 }).catch(
      (e: DomainError) => e,
    );
    expect((error as DomainError).code).toBe("stale");
    const [row] = await t.db.select().from(programmes).where(eq(programmes.id, programmeId));
    expect(row?.status).toBe("published");
  });

  it("refuses a manager of another programme and anonymous callers", async () => {
    await expect(
      setProgrammeStatus(t.db, otherManager, { programmeId, status: "draft", version: 2 }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(setProgrammeStatus(t.db, null, { programmeId, status: "draft", version: 2 })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe.each(testDrivers())("programmes and their organisations on %s", (driver) => {
  let t: TestDatabase;
  const admin: Actor = { userId: "", email: "a@example.org", name: "A", isAdmin: true, roles: [] };
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    const [u] = await t.db.insert(users).values({ email: "a@example.org", name: "A", isAdmin: true }).returning();
    admin.userId = u!.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it("creates a draft with a slug from the title, and refuses a taken slug on the field", async () => {
    const input = createProgrammeSchema.parse({
      title: "Cultural Partnership Initiative (CPI)",
      themes: "Performing Arts, Cultural Policy, Performing Arts",
      sdgs: ["17", "4"],
      keyFigures: "48 | experts from 23 countries",
    });
    const { programmeId, slug } = await createProgramme(t.db, admin, input);
    expect(slug).toBe("cultural-partnership-initiative-cpi");
    const [row] = await t.db.select().from(programmes).where(eq(programmes.id, programmeId));
    expect(row).toMatchObject({
      status: "draft",
      themes: ["Performing Arts", "Cultural Policy"],
      sdgs: [4, 17],
      keyFigures: [{ value: "48", label: "experts from 23 countries" }],
    });
    await expect(createProgramme(t.db, admin, input)).rejects.toMatchObject({
      code: "conflict",
      fieldErrors: { slug: ["Another programme already uses this web address."] },
    });
    await expect(createProgramme(t.db, { ...admin, isAdmin: false }, input)).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("links directory organisations by role, creates a missing one inline, and refuses duplicates on the field", async () => {
    const { programmeId } = await createProgramme(t.db, admin, createProgrammeSchema.parse({ title: "Seoul 2018" }));
    const base = {
      kind: "government" as const,
      shortName: null,
      country: "KR",
      city: null,
      website: null,
      description: null,
    };
    const { organisationId } = await createOrganisationForProgramme(t.db, admin, {
      ...base,
      programmeId,
      role: "local_partner",
      name: "Korean National Commission for UNESCO",
    });
    await linkOrganisation(t.db, admin, { programmeId, organisationId, role: "donor" });
    const links = await t.db
      .select()
      .from(programmeOrganisations)
      .where(eq(programmeOrganisations.programmeId, programmeId));
    expect(links.map((l) => l.role).sort()).toEqual(["donor", "local_partner"]);
    await expect(linkOrganisation(t.db, admin, { programmeId, organisationId, role: "donor" })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      createOrganisationForProgramme(t.db, admin, {
        ...base,
        programmeId,
        role: "partner",
        name: "Korean National Commission for UNESCO",
      }),
    ).rejects.toMatchObject({ fieldErrors: { name: [expect.stringContaining("already in the directory")] } });
    await expect(
      linkOrganisation(t.db, admin, {
        programmeId,
        organisationId: "99999999-9999-4999-8999-999999999999",
        role: "host",
      }),
    ).rejects.toMatchObject({ fieldErrors: { organisationId: ["Choose an organisation from the directory."] } });
    // Nothing half-done: the refused inline creation left no organisation behind.
    expect(await t.db.$count(organisations)).toBe(1);
  });
});

describe.each(testDrivers())("a programme's translations on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("writes one language's fields, keeps the others, and refuses a stale version, the main language and an outsider", async () => {
    const [p] = await t.db.insert(programmes).values({ slug: "tr", title: "Title", summary: "Summary" }).returning();
    const [u] = await t.db.insert(users).values({ email: "tm@example.org", name: "T" }).returning();
    const [o] = await t.db.insert(users).values({ email: "to@example.org", name: "O" }).returning();
    const manager: Actor = {
      userId: u!.id,
      email: u!.email,
      name: "T",
      isAdmin: false,
      roles: [{ programmeId: p!.id, role: "manager" }],
    };
    const outsider: Actor = { userId: o!.id, email: o!.email, name: "O", isAdmin: false, roles: [] };
    const save = (version: number, language: "en" | "ko" | "fr", fields: Record<string, string>) =>
      saveProgrammeTranslations(t.db, manager, { programmeId: p!.id, version, language, fields });

    await expect(save(1, "ko", { summary: "요약", title: "제목" })).resolves.toEqual({ version: 2 });
    await expect(save(2, "fr", { summary: "Résumé" })).resolves.toEqual({ version: 3 });
    await expect(save(3, "ko", { title: "" })).resolves.toEqual({ version: 4 });
    const [row] = await t.db.select().from(programmes).where(eq(programmes.id, p!.id));
    expect(row?.translations).toEqual({ ko: { summary: "요약" }, fr: { summary: "Résumé" } });

    await expect(save(3, "ko", { summary: "x" })).rejects.toMatchObject({ code: "stale" });
    await expect(save(4, "en", { summary: "x" })).rejects.toMatchObject({ code: "validation" });
    await expect(save(4, "ko", { outcomes: "x" })).rejects.toMatchObject({ code: "validation" });
    await expect(
      saveProgrammeTranslations(t.db, outsider, { programmeId: p!.id, version: 4, language: "ko", fields: {} }),
    ).rejects.toBeInstanceOf(DomainError);

    await expect(
      setProgrammeMainLanguage(t.db, manager, { programmeId: p!.id, version: 4, mainLanguage: "ko" }),
    ).resolves.toEqual({ version: 5 });
    await expect(save(5, "ko", { summary: "x" })).rejects.toMatchObject({ code: "validation" });
    await expect(
      setProgrammeMainLanguage(t.db, manager, { programmeId: p!.id, version: 4, mainLanguage: "fr" }),
    ).rejects.toMatchObject({ code: "stale" });
  });
});
