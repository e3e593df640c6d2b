import { afterEach, describe, expect, it } from "vitest";
import { now } from "./clock";

const saved = { at: process.env.MADANG_NOW, offset: process.env.MADANG_CLOCK_OFFSET_DAYS };
afterEach(() => {
  for (const [key, value] of [
    ["MADANG_NOW", saved.at],
    ["MADANG_CLOCK_OFFSET_DAYS", saved.offset],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe("now() @truth", () => {
  it("is the real time shifted by MADANG_CLOCK_OFFSET_DAYS", () => {
    delete process.env.MADANG_NOW;
    process.env.MADANG_CLOCK_OFFSET_DAYS = "730";
    const before = Date.now();
    const shifted = now().getTime();
    const after = Date.now();
    expect(shifted).toBeGreaterThanOrEqual(before + 730 * 86_400_000);
    expect(shifted).toBeLessThanOrEqual(after + 730 * 86_400_000);
  });

  it("is MADANG_NOW when set, whatever the offset", () => {
    process.env.MADANG_NOW = "2031-02-03T04:05:06.000Z";
    process.env.MADANG_CLOCK_OFFSET_DAYS = "-3";
    expect(now().toISOString()).toBe("2031-02-03T04:05:06.000Z");
  });

  it("refuses a value it cannot read instead of guessing", () => {
    delete process.env.MADANG_NOW;
    process.env.MADANG_CLOCK_OFFSET_DAYS = "two years";
    expect(() => now()).toThrow(/MADANG_CLOCK_OFFSET_DAYS/);
  });
});
