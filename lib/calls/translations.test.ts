import { describe, expect, it } from "vitest";
import type { CallForm } from "@/db/schema";
import { callTexts, criteriaForReader, formForReader, questionField, splitCallFields } from "./translations";

const form: CallForm = {
  pages: [{ title: "One" }, { title: "Two" }],
  questions: [
    {
      id: "topic",
      page: 0,
      type: "single_choice",
      label: "Topic",
      help: "Pick one",
      required: true,
      options: ["Heritage", "Music"],
      translations: { fr: { label: "Thème", "option:Heritage": "Patrimoine" } },
    },
  ],
};

describe("a call's form for a reader", () => {
  it("shows written translations, keeps option values, marks the rest in the main language, and sends no translations", () => {
    const shown = formForReader(form, {}, "en", "fr");
    const q = shown.questions[0]!;
    expect(q.label).toBe("Thème");
    expect(q.help).toBe("Pick one");
    expect(q.options).toEqual(["Heritage", "Music"]);
    expect(q.shown).toEqual({
      lang: "fr",
      helpLang: "en",
      options: [
        { text: "Patrimoine", lang: "fr" },
        { text: "Music", lang: "en" },
      ],
      untranslated: true,
    });
    expect("translations" in q).toBe(false);
  });

  it("marks nothing for a reader of the main language", () => {
    expect(formForReader(form, {}, "en", "en").questions[0]!.shown?.untranslated).toBe(false);
  });

  it("names every translatable text and splits an editor's fields back", () => {
    const texts = callTexts({
      title: "Call",
      description: "",
      confirmationMessage: "Thanks",
      form,
      eligibility: { criteria: [{ id: "c1", label: "I work in heritage" }] },
    });
    expect(Object.keys(texts)).toEqual([
      "title",
      "description",
      "confirmationMessage",
      "criterion:c1",
      "page:0",
      "page:1",
      questionField("topic", "label"),
      questionField("topic", "help"),
      questionField("topic", "option:Heritage"),
      questionField("topic", "option:Music"),
    ]);
    expect(texts["criterion:c1"]).toBe("I work in heritage");
    expect(texts["page:1"]).toBe("Two");
    expect(
      splitCallFields({
        title: "Appel",
        "page:0": "Un",
        "criterion:c1": "Je travaille dans le patrimoine",
        "question:topic:option:Music": "Musique",
      }),
    ).toEqual({
      own: { title: "Appel", "page:0": "Un", "criterion:c1": "Je travaille dans le patrimoine" },
      questions: new Map([["topic", { "option:Music": "Musique" }]]),
    });
  });

  it("gives page titles and criteria in the reader's language, else the main language's, marked", () => {
    const translations = { ko: { "page:1": "둘", "criterion:c2": "유산 분야에서 일합니다" } };
    expect(formForReader(form, translations, "en", "ko").pages).toEqual([
      { title: "One", shown: { lang: "en", untranslated: true } },
      { title: "둘", shown: { lang: "ko", untranslated: false } },
    ]);
    const eligibility = {
      criteria: [
        { id: "c1", label: "I can travel" },
        { id: "c2", label: "I work in heritage" },
      ],
    };
    expect(criteriaForReader(eligibility, translations, "en", "ko")).toEqual([
      { id: "c1", label: { text: "I can travel", lang: "en", untranslated: true } },
      { id: "c2", label: { text: "유산 분야에서 일합니다", lang: "ko", untranslated: false } },
    ]);
    expect(criteriaForReader(eligibility, translations, "en", "en")[1]!.label.untranslated).toBe(false);
  });
});
