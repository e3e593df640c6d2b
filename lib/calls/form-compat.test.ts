import { describe, expect, it } from "vitest";
import type { CallForm } from "@/db/schema";
import { reconcileFormChange } from "./form-compat";

const BEFORE: CallForm = {
  pages: [{ title: "One" }, { title: "Two" }],
  questions: [
    { id: "a", page: 0, type: "short_text", label: "A", required: true },
    { id: "b", page: 1, type: "single_choice", label: "B", required: false, options: ["x", "y"] },
  ],
};

describe("changing a form once applications exist", () => {
  it("allows anything before the first application", () => {
    const next: CallForm = {
      pages: [{ title: "Only" }],
      questions: [{ id: "c", page: 0, type: "number", label: "C", required: true }],
    };
    expect(reconcileFormChange(BEFORE, next, false)).toEqual({ form: next, errors: [] });
  });

  it("hides a removed question instead of dropping it, on a page that still exists", () => {
    const next: CallForm = {
      pages: [{ title: "One" }],
      questions: [
        { id: "a", page: 0, type: "short_text", label: "A, reworded", required: true },
        { id: "new", page: 0, type: "url", label: "New", required: false },
      ],
    };
    const { form, errors } = reconcileFormChange(BEFORE, next, true);
    expect(errors).toEqual([]);
    expect(form.questions.map((q) => [q.id, q.hidden ?? false, q.page])).toEqual([
      ["a", false, 0],
      ["new", false, 0],
      ["b", true, 0],
    ]);
  });

  it("refuses a type change and a dropped choice", () => {
    const next: CallForm = {
      pages: BEFORE.pages,
      questions: [
        { id: "a", page: 0, type: "number", label: "A", required: true },
        { id: "b", page: 1, type: "single_choice", label: "B", required: false, options: ["x", "z"] },
      ],
    };
    const { errors } = reconcileFormChange(BEFORE, next, true);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain("cannot change from short text to number");
    expect(errors[1]).toContain('cannot lose the option "y"');
  });
});
