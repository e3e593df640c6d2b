import { describe, expect, it } from "vitest";
import { recurringDates } from "./commands";

describe("a recurring class", () => {
  it("falls on the chosen weekdays between the two dates, both included", () => {
    // 6–17 July 2026: two weeks, Monday to Friday.
    expect(recurringDates("2026-07-06", "2026-07-17", [1, 2, 3, 4, 5])).toEqual([
      "2026-07-06",
      "2026-07-07",
      "2026-07-08",
      "2026-07-09",
      "2026-07-10",
      "2026-07-13",
      "2026-07-14",
      "2026-07-15",
      "2026-07-16",
      "2026-07-17",
    ]);
    expect(recurringDates("2026-07-06", "2026-07-19", [7])).toEqual(["2026-07-12", "2026-07-19"]);
    expect(recurringDates("2026-07-06", "2026-07-07", [6])).toEqual([]);
  });
});
