import { describe, expect, it } from "vitest";
import { DEFAULT_COMPLETION_RULE, evaluateCompletion } from "./completion";

describe("the completion rule", () => {
  it("passes at exactly the threshold with a submitted proposal", () => {
    expect(
      evaluateCompletion({ sessions: 10, attended: 8, proposalSubmitted: true }, DEFAULT_COMPLETION_RULE),
    ).toMatchObject({ meets: true, percent: 80, reasons: [] });
  });

  it("says why it fails, in the words staff read", () => {
    const verdict = evaluateCompletion(
      { sessions: 10, attended: 7, proposalSubmitted: false },
      DEFAULT_COMPLETION_RULE,
    );
    expect(verdict.meets).toBe(false);
    expect(verdict.reasons).toEqual([
      "attended 7 of 10 sessions (70%); the rule asks for at least 80%",
      "no proposal submitted",
    ]);
    expect(verdict.summary).toBe("attended 7 of 10 sessions (70%); no proposal submitted");
  });

  it("rounds the threshold up to whole sessions (80% of 7 is 6 sessions)", () => {
    expect(
      evaluateCompletion({ sessions: 7, attended: 5, proposalSubmitted: true }, DEFAULT_COMPLETION_RULE).meets,
    ).toBe(false);
    expect(
      evaluateCompletion({ sessions: 7, attended: 6, proposalSubmitted: true }, DEFAULT_COMPLETION_RULE).meets,
    ).toBe(true);
  });

  it("can leave the proposal out and counts a cohort without sessions as attended", () => {
    const rule = { minAttendancePercent: 50, requireProposal: false };
    expect(evaluateCompletion({ sessions: 4, attended: 2, proposalSubmitted: false }, rule).meets).toBe(true);
    expect(evaluateCompletion({ sessions: 0, attended: 0, proposalSubmitted: false }, rule)).toMatchObject({
      meets: true,
      percent: 100,
    });
  });
});
