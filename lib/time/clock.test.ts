import { afterEach, describe, expect, it, vi } from "vitest";
import { now } from "./clock";

describe("the injectable clock @truth", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.useRealTimers();
  });

  it("is the real time when nothing is set", () => {
    vi.useFakeTimers({ now: new Date("2031-06-15T12:00:00Z") });
    vi.stubEnv("MADANG_NOW", "");
    vi.stubEnv("MADANG_CLOCK_OFFSET_DAYS", "");
    expect(now().toISOString()).toBe("2031-06-15T12:00:00.000Z");
  });

  it("shifts the real time by whole days, forward or back, and keeps running", () => {
    vi.useFakeTimers({ now: new Date("2031-06-15T12:00:00Z") });
    vi.stubEnv("MADANG_NOW", "");
    vi.stubEnv("MADANG_CLOCK_OFFSET_DAYS", "730");
    expect(now().toISOString()).toBe("2033-06-14T12:00:00.000Z");
    vi.advanceTimersByTime(60_000);
    expect(now().toISOString()).toBe("2033-06-14T12:01:00.000Z");
    vi.stubEnv("MADANG_CLOCK_OFFSET_DAYS", "-1");
    expect(now().toISOString()).toBe("2031-06-14T12:01:00.000Z");
  });

  it("is fixed at MADANG_NOW, which wins over an offset", () => {
    vi.stubEnv("MADANG_NOW", "2029-03-01T09:00:00Z");
    vi.stubEnv("MADANG_CLOCK_OFFSET_DAYS", "10");
    expect(now().toISOString()).toBe("2029-03-01T09:00:00.000Z");
  });

  it("refuses values that do not parse", () => {
    vi.stubEnv("MADANG_NOW", "next tuesday");
    expect(() => now()).toThrow(/MADANG_NOW/);
    vi.stubEnv("MADANG_NOW", "");
    vi.stubEnv("MADANG_CLOCK_OFFSET_DAYS", "1.5");
    expect(() => now()).toThrow(/MADANG_CLOCK_OFFSET_DAYS/);
  });
});
