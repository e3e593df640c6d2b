import { describe, expect, it } from "vitest";
import { checkScores } from "./rubric";

const RUBRIC = [
  { id: "relevance", label: "Relevance", weight: 0.3, max: 10 },
  { id: "budget", label: "Budget", weight: 0.7, max: 5 },
];

describe("one rubric check for application and proposal reviews", () => {
  it("@truth reads numbers and typed text alike, each against its own criterion's top", () => {
    expect(checkScores(RUBRIC, { relevance: 10, budget: "5" }, { complete: true })).toEqual({ scores: { relevance: 10, budget: 5 }, errors: {} });
    expect(checkScores(RUBRIC, { relevance: " 7 ", budget: 6 }, { complete: true }).errors).toEqual({ "scores.budget": ["A whole number from 0 to 5."] });
    expect(checkScores(RUBRIC, { relevance: "x", budget: -1 }, { complete: false }).errors).toEqual({
      "scores.relevance": ["A whole number from 0 to 10."],
      "scores.budget": ["A whole number from 0 to 5."],
    });
  });

  it("@truth lets a draft leave criteria empty, asks for every one on submission, and refuses unknown criteria", () => {
    expect(checkScores(RUBRIC, { relevance: "", budget: null }, { complete: false })).toEqual({ scores: {}, errors: {} });
    expect(checkScores(RUBRIC, { relevance: 3 }, { complete: true }).errors).toEqual({ "scores.budget": ["Score Budget before you submit."] });
    expect(checkScores(RUBRIC, { relevance: 3, budget: 2, typo: 1 }, { complete: true }).errors).toEqual({ "scores.typo": ["Not a criterion of this rubric."] });
  });
});
