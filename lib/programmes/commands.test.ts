import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { programmeRoles, programmes, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import { setProgrammeStatus } from "./commands";

describe.each(testDrivers())("setProgrammeStatus on %s", (driver) => {
  let t: TestDatabase;
  let programmeId: string;
  let manager: Actor;
  let otherManager: Actor;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    const [p, q] = await t.db.insert(programmes).values([{ slug: "cpi", title: "CPI" }, { slug: "other", title: "Other" }]).returning();
    const [m, o] = await t.db.insert(users).values([{ email: "m@example.org", name: "M" }, { email: "o@example.org", name: "O" }]).returning();
    await t.db.insert(programmeRoles).values([
      { programmeId: p!.id, userId: m!.id, role: "manager" },
      { programmeId: q!.id, userId: o!.id, role: "manager" },
    ]);
    programmeId = p!.id;
    manager = { userId: m!.id, email: m!.email, name: "M", isAdmin: false, roles: [{ programmeId: p!.id, role: "manager" }] };
    otherManager = { userId: o!.id, email: o!.email, name: "O", isAdmin: false, roles: [{ programmeId: q!.id, role: "manager" }] };
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lets the programme's manager publish it and bumps the version", async () => {
    await expect(setProgrammeStatus(t.db, manager, { programmeId, status: "published", version: 1 })).resolves.toEqual({ version: 2 });
    const [row] = await t.db.select().from(programmes).where(eq(programmes.id, programmeId));
    expect(row?.status).toBe("published");
  });

  it("refuses a stale version and leaves the row as it was", async () => {
    const error = await setProgrammeStatus(t.db, manager, { programmeId, status: "archived", version: 1 }).catch((e: DomainError) => e);
    expect((error as DomainError).code).toBe("stale");
    const [row] = await t.db.select().from(programmes).where(eq(programmes.id, programmeId));
    expect(row?.status).toBe("published");
  });

  it("refuses a manager of another programme and anonymous callers", async () => {
    await expect(setProgrammeStatus(t.db, otherManager, { programmeId, status: "draft", version: 2 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setProgrammeStatus(t.db, null, { programmeId, status: "draft", version: 2 })).rejects.toMatchObject({ code: "forbidden" });
  });
});
