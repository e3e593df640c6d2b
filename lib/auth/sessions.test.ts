import { eq, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countSqlRoundTrips, type Executor } from "@/db/client";
import { executeRows } from "@/db/subquery";
import { users, userSessions } from "@/db/schema";
import { seedDatabase } from "@/db/seed/seed";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { loadActor } from "./actor";
import { endSession, loadLiveSession, startSession } from "./sessions";

const T0 = new Date("2026-03-02T09:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const sorted = <T extends { programmeId: string; role: string }>(roles: T[]) =>
  [...roles].sort((a, b) => `${a.programmeId}${a.role}`.localeCompare(`${b.programmeId}${b.role}`));

describe.each(testDrivers())("the request's one session statement (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    await seedDatabase(t.db);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it("loads the same person and roles as loadActor, with the saved language, in one round trip", async () => {
    const people = await t.db.select({ id: users.id, locale: users.locale }).from(users).limit(40);
    expect(people.length).toBeGreaterThan(5);
    for (const person of people) {
      const { sessionId } = await startSession(t.db, person.id, {}, T0);
      const { result, roundTrips } = await countSqlRoundTrips(() =>
        loadLiveSession(t.db, sessionId, person.id, later(1000)),
      );
      expect(roundTrips).toBe(1);
      const actor = (await loadActor(t.db, person.id))!;
      expect({ ...result!.actor, roles: sorted(result!.actor.roles) }).toEqual({
        ...actor,
        roles: sorted(actor.roles),
      });
      expect(result!.locale).toBe(person.locale);
    }
  });

  it("writes lastSeenAt in the same statement once it is over a minute old, and refuses ended, idle and foreign sessions", async () => {
    const [person] = await t.db.select({ id: users.id }).from(users).limit(1);
    const { sessionId } = await startSession(t.db, person!.id, {}, T0);
    const seen = async () =>
      (await t.db.select().from(userSessions).where(eq(userSessions.id, sessionId)))[0]!.lastSeenAt.getTime();
    await loadLiveSession(t.db, sessionId, person!.id, later(30_000));
    expect(await seen()).toBe(T0.getTime());
    const { roundTrips } = await countSqlRoundTrips(() => loadLiveSession(t.db, sessionId, person!.id, later(90_000)));
    expect(roundTrips).toBe(1);
    expect(await seen()).toBe(later(90_000).getTime());
    const [other] = await t.db.select({ id: users.id }).from(users).where(ne(users.id, person!.id)).limit(1);
    expect(await loadLiveSession(t.db, sessionId, other!.id, later(100_000))).toBeNull();
    expect(await loadLiveSession(t.db, sessionId, person!.id, later(90_000 + 30 * 24 * 3600_000))).toBeNull();
    await endSession(t.db, sessionId, "sign_out", later(120_000));
    expect(await loadLiveSession(t.db, sessionId, person!.id, later(130_000))).toBeNull();
  });

  it("commits the touch without waiting for the disk, only in its own transaction, and refuses to run in another", async () => {
    const [person] = await t.db.select({ id: users.id }).from(users).limit(1);
    const { sessionId } = await startSession(t.db, person!.id, {}, T0);
    const setting = async (db: Executor = t.db) =>
      (await executeRows<{ synchronous_commit: string }>(db, sql`show synchronous_commit`))[0]!.synchronous_commit;
    expect(await setting()).toBe("on");
    // A touch, then the next statement: on PGlite, whose one connection ran the touch, the setting is back.
    expect(await loadLiveSession(t.db, sessionId, person!.id, later(90_000))).not.toBeNull();
    expect(await setting()).toBe("on");
    // Inside a transaction the relaxed commit would cover the transaction's other writes: refused, nothing written.
    await expect(
      t.db.transaction(async (tx) => {
        await loadLiveSession(tx, sessionId, person!.id, later(200_000));
      }),
    ).rejects.toThrow(/own transaction/);
    const [row] = await t.db.select().from(userSessions).where(eq(userSessions.id, sessionId));
    expect(row!.lastSeenAt.getTime()).toBe(later(90_000).getTime());
    await t.db.transaction(async (tx) => expect(await setting(tx)).toBe("on"));
  });
});
