import { describe, expect, it } from "vitest";
import { parseScoreValue } from "./import";
import { checkScores } from "./rubric";
import { rubricCriterionSchema } from "./schemas";

const RUBRIC = [
  { id: "relevance", label: "Relevance", weight: 0.3, max: 10 },
  { id: "budget", label: "Budget", weight: 0.7, max: 5 },
];

describe("one rubric check for application and proposal reviews", () => {
  it("@truth reads numbers and typed text alike, each against its own criterion's top", () => {
    expect(checkScores(RUBRIC, { relevance: 10, budget: "5" }, { complete: true })).toEqual({
      scores: { relevance: 10, budget: 5 },
      errors: {},
    });
    expect(checkScores(RUBRIC, { relevance: " 7 ", budget: 6 }, { complete: true }).errors).toEqual({
      "scores.budget": ["A whole number from 0 to 5."],
    });
    expect(checkScores(RUBRIC, { relevance: "x", budget: -1 }, { complete: false }).errors).toEqual({
      "scores.relevance": ["A whole number from 0 to 10."],
      "scores.budget": ["A whole number from 0 to 5."],
    });
  });

  it("@truth lets a draft leave criteria empty, asks for every one on submission, and refuses unknown criteria", () => {
    expect(checkScores(RUBRIC, { relevance: "", budget: null }, { complete: false })).toEqual({
      scores: {},
      errors: {},
    });
    expect(checkScores(RUBRIC, { relevance: 3 }, { complete: true }).errors).toEqual({
      "scores.budget": ["Score Budget before you submit."],
    });
    expect(checkScores(RUBRIC, { relevance: 3, budget: 2, typo: 1 }, { complete: true }).errors).toEqual({
      "scores.typo": ["Not a criterion of this rubric."],
    });
  });
});

describe("scores as people give them", () => {
  const DECIMAL = [
    { id: "quality", label: "Quality", weight: 1, max: 100, step: 0.01 },
    { id: "fit", label: "Fit", weight: 1, max: 7.5, step: 0.5 },
  ];

  it("@truth takes decimals to the criterion's step and any top, and refuses finer ones", () => {
    expect(checkScores(DECIMAL, { quality: "68,78", fit: 7.5 }, { complete: true })).toEqual({
      scores: { quality: 68.78, fit: 7.5 },
      errors: {},
    });
    // 0.1 + 0.2 is not exactly 0.3 in binary: still a whole number of 0.01 steps.
    expect(checkScores(DECIMAL, { quality: 0.1 + 0.2, fit: 0 }, { complete: true }).errors).toEqual({});
    expect(checkScores(DECIMAL, { quality: "68.785", fit: "7.25" }, { complete: true }).errors).toEqual({
      "scores.quality": ["A number from 0 to 100 in steps of 0.01."],
      "scores.fit": ["A number from 0 to 7.5 in steps of 0.5."],
    });
  });

  it("@truth agrees with a brute-force count of steps for every hundredth from 0 to 8", () => {
    for (let hundredths = 0; hundredths <= 800; hundredths++) {
      const value = hundredths / 100;
      const expected = hundredths % 50 === 0 && value <= 7.5;
      expect(
        Object.keys(checkScores([DECIMAL[1]!], { fit: value }, { complete: true }).scores).length === 1,
        `${value}`,
      ).toBe(expected);
    }
  });
});

describe("the rubric editor and the score import use the same rule", () => {
  it("@truth a criterion's top must be a whole number of its steps; an imported 68,78 lands as 68.78", () => {
    expect(
      rubricCriterionSchema.safeParse({ id: "quality", label: "Quality", weight: 1, max: 100, step: 0.01 }).success,
    ).toBe(true);
    expect(rubricCriterionSchema.parse({ id: "quality", label: "Quality", weight: 1, max: 10 }).step).toBe(1);
    expect(rubricCriterionSchema.safeParse({ id: "fit", label: "Fit", weight: 1, max: 7.3, step: 0.5 }).success).toBe(
      false,
    );
    const quality = { id: "quality", label: "Quality", weight: 1, max: 100, step: 0.01 };
    expect(parseScoreValue("68,78", quality)).toEqual({ value: 68.78 });
    expect(parseScoreValue("68.785", quality)).toEqual({
      error: "Quality: 68.785 is not a number from 0 to 100 in steps of 0.01.",
    });
  });
});
