import { describe, expect, it } from "vitest";
import { applicationStatusEnum } from "@/db/schema";
import { APPLICATION_MOVES, canMove } from "./state";

describe("the application state machine", () => {
  it("has a row for every status", () => {
    expect(Object.keys(APPLICATION_MOVES).sort()).toEqual([...applicationStatusEnum.enumValues].sort());
  });

  it("allows the applicant's moves and refuses illegal ones", () => {
    expect(canMove("draft", "submitted")).toBe(true);
    expect(canMove("submitted", "draft")).toBe(true); // re-opened before the deadline
    expect(canMove("draft", "offered")).toBe(false);
    expect(canMove("offered", "confirmed")).toBe(true);
    for (const terminal of ["withdrawn", "rejected", "declined"] as const) {
      for (const to of applicationStatusEnum.enumValues) expect(canMove(terminal, to)).toBe(false);
    }
  });
});
