import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "@/lib/auth/action";
import { createSessionSchema, recurringSessionSchema } from "@/lib/timetable/schemas";
import { changeCohortScheduleSchema, createCohortSchema } from "./schemas";

const COHORT = "11111111-1111-4111-8111-111111111111";
const errors = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : zodFieldErrors(result.error as never);

describe("edition and session schemas (the same on the client and the server)", () => {
  const cohort = {
    programmeId: COHORT,
    title: "CPI 2026",
    year: 2026,
    startDate: "2026-07-06",
    endDate: "2026-09-18",
    timeZone: "Asia/Seoul",
    format: "hybrid",
    status: "planned",
    isPublished: false,
    phases: [],
  };

  it("accepts a good edition and turns empty optional fields into null", () => {
    const parsed = createCohortSchema.parse({ ...cohort, location: "", capacity: "" });
    expect(parsed).toMatchObject({ location: null, capacity: null, year: 2026 });
  });

  it("puts each problem on its field", () => {
    expect(errors(createCohortSchema.safeParse({ ...cohort, timeZone: "Mars/Olympus_Mons" }))).toHaveProperty(
      "timeZone",
    );
    expect(errors(createCohortSchema.safeParse({ ...cohort, endDate: "2026-07-01" }))).toHaveProperty("endDate");
    expect(errors(createCohortSchema.safeParse({ ...cohort, title: "x".repeat(161) }))).toHaveProperty("title");
    expect(errors(createCohortSchema.safeParse({ ...cohort, startDate: "2026-02-30" }))).toHaveProperty("startDate");
    expect(
      errors(
        createCohortSchema.safeParse({
          ...cohort,
          phases: [{ title: "Online", mode: "online", startDate: "2026-07-01", endDate: "2026-07-10" }],
        }),
      ),
    ).toHaveProperty(["phases.0.startDate"]);
    expect(
      errors(
        createCohortSchema.safeParse({
          ...cohort,
          phases: [{ title: "Online", mode: "online", startDate: "2026-07-10", endDate: "2026-07-08" }],
        }),
      ),
    ).toHaveProperty(["phases.0.endDate"]);
  });

  it("refuses a session that ends before it starts, an unknown kind and a track id that is not an id", () => {
    const session = {
      cohortId: COHORT,
      title: "Forum",
      kind: "forum",
      date: "2026-09-17",
      startTime: "13:30",
      endTime: "17:30",
      trackIds: [],
      audienceLevel: "all",
    };
    expect(createSessionSchema.safeParse(session).success).toBe(true);
    expect(errors(createSessionSchema.safeParse({ ...session, endTime: "13:00" }))).toEqual({
      endTime: ["The end is before the start."],
    });
    expect(errors(createSessionSchema.safeParse({ ...session, kind: "party" }))).toHaveProperty("kind");
    expect(errors(createSessionSchema.safeParse({ ...session, trackIds: ["x"] }))).toHaveProperty(["trackIds.0"]);
    expect(errors(createSessionSchema.safeParse({ ...session, onlineUrl: "javascript:alert(1)" }))).toHaveProperty(
      "onlineUrl",
    );
    expect(errors(createSessionSchema.safeParse({ ...session, description: "x".repeat(4001) }))).toHaveProperty(
      "description",
    );
  });

  it("reads a single ticked checkbox (a string) as a list", () => {
    const parsed = recurringSessionSchema.parse({
      cohortId: COHORT,
      title: "Online class",
      kind: "online_class",
      firstDate: "2026-07-06",
      lastDate: "2026-07-17",
      weekdays: "3",
      startTime: "19:00",
      endTime: "20:00",
      trackIds: false,
    });
    expect(parsed.weekdays).toEqual([3]);
    expect(parsed.trackIds).toEqual([]);
  });

  it("asks for a reason, and gives a cancellation no new dates", () => {
    expect(
      errors(changeCohortScheduleSchema.safeParse({ cohortId: COHORT, action: "postpone", reason: " ", version: 1 })),
    ).toHaveProperty("reason");
    expect(
      errors(
        changeCohortScheduleSchema.safeParse({
          cohortId: COHORT,
          action: "cancel",
          reason: "Typhoon",
          newStartDate: "2026-08-01",
          version: 1,
        }),
      ),
    ).toHaveProperty("newStartDate");
  });
});
