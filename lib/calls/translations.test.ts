import { describe, expect, it } from "vitest";
import type { CallForm } from "@/db/schema";
import { callTexts, formForReader, questionField, splitCallFields } from "./translations";

const form: CallForm = {
  pages: [{ title: "One" }],
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
    const shown = formForReader(form, "en", "fr");
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
    expect(formForReader(form, "en", "en").questions[0]!.shown?.untranslated).toBe(false);
  });

  it("names every translatable text and splits an editor's fields back", () => {
    const texts = callTexts({ title: "Call", description: "", confirmationMessage: "Thanks", form });
    expect(Object.keys(texts)).toEqual([
      "title",
      "description",
      "confirmationMessage",
      questionField("topic", "label"),
      questionField("topic", "help"),
      questionField("topic", "option:Heritage"),
      questionField("topic", "option:Music"),
    ]);
    expect(splitCallFields({ title: "Appel", "question:topic:option:Music": "Musique" })).toEqual({
      own: { title: "Appel" },
      questions: new Map([["topic", { "option:Music": "Musique" }]]),
    });
  });
});
