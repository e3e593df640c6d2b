import { describe, expect, it } from "vitest";
import { localText, localTexts, mergeTranslations, translationsSchema, untranslatedFields } from "./content";

describe("localText", () => {
  const translations = { ko: { summary: "한국어 요약", title: "  " }, fr: { summary: "Résumé" } };

  it("gives the reader's language where it is written", () => {
    expect(localText("Summary", translations, "summary", "en", "ko")).toEqual({
      text: "한국어 요약",
      lang: "ko",
      untranslated: false,
    });
  });

  it("falls back to the programme's main language, not to English, and marks it", () => {
    const koreanMain = { en: { summary: "English summary" } };
    expect(localText("한국어 원문", koreanMain, "summary", "ko", "fr")).toEqual({
      text: "한국어 원문",
      lang: "ko",
      untranslated: true,
    });
  });

  it("counts a blank translation as untranslated", () => {
    expect(localText("Title", translations, "title", "en", "ko")).toEqual({
      text: "Title",
      lang: "en",
      untranslated: true,
    });
  });

  it("shows the main text as written to a reader of the main language, with no marker", () => {
    expect(localText("Titre", translations, "title", "fr", "fr")).toEqual({
      text: "Titre",
      lang: "fr",
      untranslated: false,
    });
  });

  it("does not mark an empty main text as untranslated", () => {
    expect(localText("", null, "description", "en", "ko").untranslated).toBe(false);
  });

  it("localises several fields at once", () => {
    const texts = localTexts({ title: "Title", summary: "Summary" }, translations, "en", "fr");
    expect(texts.summary.text).toBe("Résumé");
    expect(texts.title).toEqual({ text: "Title", lang: "en", untranslated: true });
  });
});

describe("untranslatedFields", () => {
  it("lists, per other language, the written fields whose translation is missing or empty", () => {
    const fields = { title: "Title", summary: "Summary", description: "" };
    const result = untranslatedFields(fields, { ko: { title: "제목", summary: "" } }, "en");
    expect(result).toEqual({ ko: ["summary"], fr: ["title", "summary"] });
  });

  it("never lists the main language", () => {
    expect(untranslatedFields({ title: "제목" }, {}, "ko")).toEqual({ en: ["title"], fr: ["title"] });
  });
});

describe("storing translations", () => {
  it("drops blank entries and empty languages, and refuses an unknown language", () => {
    expect(translationsSchema.parse({ ko: { title: " 제목 ", summary: "  " }, fr: { title: "" } })).toEqual({
      ko: { title: "제목" },
    });
    expect(translationsSchema.safeParse({ de: { title: "Titel" } }).success).toBe(false);
  });

  it("merges one language's edits and keeps the others", () => {
    const merged = mergeTranslations({ ko: { title: "제목", summary: "요약" }, fr: { title: "Titre" } }, "ko", {
      summary: "",
      description: "설명",
    });
    expect(merged).toEqual({ ko: { title: "제목", description: "설명" }, fr: { title: "Titre" } });
  });
});
