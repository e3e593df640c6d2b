import { describe, expect, it } from "vitest";
import { detectConflict, planAssignments, type AssignableApplication, type AssignableReviewer } from "./assignment";

const reviewers: AssignableReviewer[] = [
  { id: "r1", organisation: "Seoul Museum", country: "KR", load: 0 },
  { id: "r2", organisation: "Hanoi Opera", country: "VN", load: 0 },
  { id: "r3", organisation: null, country: "PE", load: 0 },
];

function app(id: string, extra: Partial<AssignableApplication> = {}): AssignableApplication {
  return { id, organisation: "Somewhere else", country: "TH", reviewerIds: [], declaredConflictIds: [], ...extra };
}

describe("detectConflict", () => {
  it("finds the same organisation whatever the case and spacing", () => {
    expect(
      detectConflict({ organisation: "  seoul  MUSEUM", country: "JP" }, reviewers[0]!, { avoidSameCountry: false }),
    ).toMatch(/organisation/);
  });
  it("finds the same country only when the call asks", () => {
    expect(
      detectConflict({ organisation: null, country: "VN" }, reviewers[1]!, { avoidSameCountry: false }),
    ).toBeNull();
    expect(detectConflict({ organisation: null, country: "VN" }, reviewers[1]!, { avoidSameCountry: true })).toMatch(
      /country/,
    );
  });
});

describe("planAssignments", () => {
  it("gives each application N reviewers and spreads the load evenly", () => {
    const apps = Array.from({ length: 30 }, (_, i) => app(`a${String(i).padStart(2, "0")}`));
    const plan = planAssignments(apps, reviewers, { perApplication: 2, avoidSameCountry: false });
    expect(plan.assignments).toHaveLength(60);
    expect(plan.short).toEqual([]);
    expect([...plan.load.values()]).toEqual([20, 20, 20]);
    for (const a of apps)
      expect(new Set(plan.assignments.filter((x) => x.applicationId === a.id).map((x) => x.reviewerId)).size).toBe(2);
  });

  it("avoids declared and detected conflicts and says who is short", () => {
    const apps = [
      app("same-org", { organisation: "Hanoi Opera" }),
      app("declared", { declaredConflictIds: ["r1", "r3"] }),
      app("same-country", { country: "PE" }),
    ];
    const plan = planAssignments(apps, reviewers, { perApplication: 2, avoidSameCountry: true });
    const of = (id: string) =>
      plan.assignments
        .filter((x) => x.applicationId === id)
        .map((x) => x.reviewerId)
        .sort();
    expect(of("same-org")).toEqual(["r1", "r3"]);
    expect(of("declared")).toEqual(["r2"]);
    expect(of("same-country")).toEqual(["r1", "r2"]);
    expect(plan.short).toEqual([{ applicationId: "declared", missing: 1 }]);
  });

  it("keeps existing assignments, fills only the gap, and counts existing load", () => {
    const busy = reviewers.map((r) => ({ ...r, load: r.id === "r1" ? 5 : 0 }));
    const plan = planAssignments([app("x", { reviewerIds: ["r2"] })], busy, {
      perApplication: 2,
      avoidSameCountry: false,
    });
    expect(plan.assignments).toEqual([{ applicationId: "x", reviewerId: "r3" }]);
  });
});
