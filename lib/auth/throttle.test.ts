import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rateLimits } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { DomainError } from "@/lib/errors";
import {
  blockedUntil,
  clearAccountFailures,
  enforceRateLimit,
  RATE_LIMITS,
  RateLimitedError,
  recordRateLimitFailure,
  type RateLimitSubject,
} from "./throttle";

const T0 = new Date("2030-01-01T00:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each(testDrivers())("rate limits on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(async () => {
    await t.db.delete(rateLimits);
  });

  /** True when a sign-in try by `subject` at `now` would be let through to the password check. */
  const allowed = async (subject: RateLimitSubject, now: Date) => {
    try {
      await enforceRateLimit(t.db, subject, now);
      return true;
    } catch (error) {
      if (error instanceof RateLimitedError) return false;
      throw error;
    }
  };

  it("refuses an address after its limit of failed sign-ins, whatever accounts it tries, until the window ends", async () => {
    const limit = RATE_LIMITS["sign-in"].address.limit;
    for (let i = 0; i < limit; i++) {
      expect(
        await allowed({ action: "sign-in", address: "198.51.100.7", account: `nobody-${i}@example.org` }, at(i)),
      ).toBe(true);
      await recordRateLimitFailure(
        t.db,
        { action: "sign-in", address: "198.51.100.7", account: `nobody-${i}@example.org` },
        at(i),
      );
    }
    const refused = await enforceRateLimit(
      t.db,
      { action: "sign-in", address: "198.51.100.7", account: "new@example.org" },
      at(limit),
    ).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).code).toBe("rate_limited");
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(60);
    // A neighbour in the same /24 is below the network's limit; the window's end frees the address.
    expect(await allowed({ action: "sign-in", address: "198.51.100.8", account: "new@example.org" }, at(limit))).toBe(
      true,
    );
    expect(
      await allowed(
        { action: "sign-in", address: "198.51.100.7", account: "new@example.org" },
        at(RATE_LIMITS["sign-in"].address.windowMs + 1),
      ),
    ).toBe(true);
  });

  it("refuses a network that spreads its failures over many addresses", async () => {
    const limit = RATE_LIMITS["sign-in"].network.limit;
    for (let i = 0; i < limit; i++)
      await recordRateLimitFailure(
        t.db,
        { action: "sign-in", address: `203.0.113.${i % 250}`, account: `x${i}@example.org` },
        at(i),
      );
    expect(await allowed({ action: "sign-in", address: "203.0.113.251", account: "y@example.org" }, at(limit))).toBe(
      false,
    );
    expect(await allowed({ action: "sign-in", address: "203.0.114.1", account: "y@example.org" }, at(limit))).toBe(
      true,
    );
  });

  it("never locks the owner out: an attacker hammering an account makes the owner wait 30 seconds at most", async () => {
    const account = "owner@example.org";
    const attackers = ["192.0.2.10", "192.0.2.11", "198.18.0.1"];
    const owner = { action: "sign-in" as const, address: "100.64.7.7", account };
    let worstWait = 0;
    // An attacker who tries every two seconds from three addresses for 20 minutes, as fast as he is let.
    for (let second = 0; second < 20 * 60; second += 2) {
      const now = at(second * 1000);
      const attacker = { action: "sign-in" as const, address: attackers[(second / 2) % attackers.length]!, account };
      if (await allowed(attacker, now)) await recordRateLimitFailure(t.db, attacker, now);
      const blocked = await blockedUntil(t.db, owner, now);
      const wait = blocked ? blocked.until.getTime() - now.getTime() : 0;
      worstWait = Math.max(worstWait, wait);
    }
    expect(worstWait).toBeGreaterThan(0);
    expect(worstWait).toBeLessThanOrEqual(RATE_LIMITS["sign-in"].account.overall.maxDelayMs);
  });

  it("slows the account down after the free failures, doubling, and the owner gets in once it passes", async () => {
    const account = "ana@example.org";
    const attacker = { action: "sign-in" as const, address: "192.0.2.50", account };
    const free = RATE_LIMITS["sign-in"].account.overall.free;
    for (let i = 0; i < free; i++) await recordRateLimitFailure(t.db, attacker, at(0));
    const owner = { action: "sign-in" as const, address: "100.64.1.1", account };
    expect((await blockedUntil(t.db, owner, at(0)))?.until).toEqual(at(1000));
    expect(await allowed(owner, at(999))).toBe(false);
    expect(await allowed(owner, at(1000))).toBe(true);
    await recordRateLimitFailure(t.db, attacker, at(1000));
    expect((await blockedUntil(t.db, owner, at(1000)))?.until).toEqual(at(3000));
    await clearAccountFailures(t.db, "sign-in", account);
    expect(await blockedUntil(t.db, owner, at(1000))).toBeNull();
    // Clearing the account does not clear the attacker's address count.
    const [row] = (await t.db.select().from(rateLimits)).filter((r) => r.key === "sign-in:address:192.0.2.50");
    expect(row?.hits).toBe(free + 1);
  });

  it("counts every sign-up and refuses the one over the limit, also when they arrive at once", async () => {
    const limit = RATE_LIMITS["sign-up"].address.limit;
    const results = await Promise.allSettled(
      Array.from({ length: limit + 10 }, () =>
        enforceRateLimit(t.db, { action: "sign-up", address: "2001:db8:1:2::5" }, at(0)),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(limit);
    for (const r of results) if (r.status === "rejected") expect((r.reason as DomainError).code).toBe("rate_limited");
    // Another address of the same /56 shares the network's count but not the address's.
    await expect(
      enforceRateLimit(t.db, { action: "sign-up", address: "2001:db8:1:2::6" }, at(1)),
    ).resolves.toBeUndefined();
  });
});
