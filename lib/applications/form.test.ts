import { describe, expect, it } from "vitest";
import type { CallForm } from "@/db/schema";
import {
  checkAnswer,
  checkCompleteAnswers,
  checkDraftAnswers,
  countWords,
  CRITERIA_KEY,
  formProgress,
  keepKnownAnswers,
  visibleQuestions,
} from "./form";

const FORM: CallForm = {
  pages: [{ title: "One" }, { title: "Two" }],
  questions: [
    { id: "bio", page: 0, type: "long_text", label: "Bio", required: true, maxWords: 5 },
    { id: "years", page: 0, type: "number", label: "Years", required: true },
    { id: "colour", page: 1, type: "single_choice", label: "Colour", required: false, options: ["red", "blue"] },
    { id: "cv", page: 1, type: "file", label: "CV", required: true, accept: ["application/pdf"] },
    { id: "old", page: 1, type: "short_text", label: "Old", required: true, hidden: true },
  ],
};

describe("the form rules", () => {
  it("counts words across any whitespace", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("  one\ttwo\nthree  ")).toBe(3);
    expect(countWords("문화 예술 교육")).toBe(3);
  });

  it("checks each type's shape", () => {
    const q = (type: CallForm["questions"][number]["type"], extra = {}) => ({
      id: "x",
      page: 0,
      type,
      label: "X",
      required: false,
      ...extra,
    });
    expect(checkAnswer(q("number"), "12")).toEqual([]);
    expect(checkAnswer(q("number"), "twelve")).toEqual(["Enter a number."]);
    expect(checkAnswer(q("date"), "2027-03-31")).toEqual([]);
    expect(checkAnswer(q("date"), "31/03/2027")).toHaveLength(1);
    expect(checkAnswer(q("url"), "https://example.org/a")).toEqual([]);
    expect(checkAnswer(q("url"), "javascript:alert(1)")).toHaveLength(1);
    expect(checkAnswer(q("country"), "KR")).toEqual([]);
    expect(checkAnswer(q("country"), "XX")).toHaveLength(1);
    expect(checkAnswer(q("yes_no"), "yes")).toEqual([]);
    expect(checkAnswer(q("yes_no"), true)).toHaveLength(1);
    expect(checkAnswer(q("multiple_choice", { options: ["a", "b"] }), ["a", "b"])).toEqual([]);
    expect(checkAnswer(q("multiple_choice", { options: ["a", "b"] }), ["c"])).toHaveLength(1);
    expect(checkAnswer(q("long_text", { maxWords: 2 }), "one two three")).toEqual([
      "Use at most 2 words (you have 3).",
    ]);
  });

  it("lets a half-written draft save but stops a submission until every visible required question is answered", () => {
    const answers = { bio: "one two three four five six", years: 3 };
    expect(Object.keys(checkDraftAnswers(FORM, answers))).toEqual(["bio"]);
    const errors = checkCompleteAnswers(FORM, answers, new Set());
    expect(Object.keys(errors).sort()).toEqual(["bio", "cv"]);
    // The hidden question is not asked any more, so it is not required.
    expect(errors.old).toBeUndefined();
    expect(checkCompleteAnswers(FORM, { bio: "short", years: 3 }, new Set(["cv"]))).toEqual({});
  });

  it("measures progress on required questions, page by page", () => {
    expect(formProgress(FORM, {}, new Set())).toMatchObject({ answered: 0, required: 3, percent: 0 });
    const p = formProgress(FORM, { bio: "fine", years: 2 }, new Set(["cv"]));
    expect(p).toMatchObject({ answered: 3, required: 3, percent: 100 });
    expect(p.pages).toEqual([
      { answered: 2, required: 2 },
      { answered: 1, required: 1 },
    ]);
  });

  it("keeps only the form's own answers and the app's criteria", () => {
    expect(keepKnownAnswers(FORM, { bio: "x", cv: "spoofed", injected: 1, [CRITERIA_KEY]: { a: true } })).toEqual({
      bio: "x",
      [CRITERIA_KEY]: { a: true },
    });
  });

  it("shows only visible questions of a page", () => {
    expect(visibleQuestions(FORM, 1).map((q) => q.id)).toEqual(["colour", "cv"]);
  });
});
