import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/request";
import { defaultLetter, LETTER_KINDS, letterIn, writeLetter, type LetterSetting } from "./letter-texts";
import { renderLetter, unknownPlaceholders } from "./letters";

const values = {
  name: "Ana Lima",
  reference: "SEO18-0007",
  call: "Call",
  cohort: "Seoul, June 2018",
  expiresAt: "Jun 1, 2018, 06:00 PM GMT+9",
};

describe("decision letters", () => {
  it("fills every placeholder of Madang's own letters, in every language", () => {
    for (const locale of LOCALES)
      for (const kind of LETTER_KINDS) {
        const { subject, text } = renderLetter(defaultLetter(kind, locale), values);
        expect(`${subject}\n${text}`).not.toMatch(/\{\{/);
        expect(text).toContain("Ana Lima");
        expect(subject).toContain("Seoul, June 2018");
      }
    expect(renderLetter(defaultLetter("offer", "en"), values).text).toContain("by Jun 1, 2018, 06:00 PM GMT+9");
    expect(defaultLetter("reject", "ko").body).toContain("{{name}}님께");
    expect(defaultLetter("waitlist", "fr").subject).toBe("{{cohort}} : vous êtes sur la liste d'attente");
  });

  it("keeps a subject on one line and leaves unknown placeholders visible", () => {
    const { subject, text } = renderLetter(
      { subject: "Hi {{ name }}\r\nBcc: x@example.org", body: "{{nmae}} and {{name}}" },
      values,
    );
    expect(subject).toBe("Hi Ana Lima Bcc: x@example.org");
    expect(text).toBe("{{nmae}} and Ana Lima");
    expect(unknownPlaceholders("{{nmae}} {{name}} {{ nmae }}")).toEqual(["nmae"]);
  });
});

describe("a decision letter in its reader's language", () => {
  const setting: LetterSetting = {
    mainLanguage: "en",
    callTitle: "Call for heritage experts",
    callTranslations: { fr: { title: "Appel aux experts du patrimoine" } },
    cohortTitle: "Seoul 2027",
    cohortTranslations: {},
    timeZone: "Asia/Seoul",
  };
  const written = {
    kind: "offer" as const,
    subject: "Offer for {{name}}",
    body: "Dear {{name}}, a place in {{call}} until {{expiresAt}}.",
    translations: {
      fr: { subject: "Offre pour {{name}}", body: "Bonjour {{name}}, une place dans {{call}} jusqu'au {{expiresAt}}." },
      ko: { subject: "{{name}}님께 드리는 제안" },
    },
    version: 2,
  };
  const at = new Date("2027-03-01T09:00:00Z");

  it("is in the reader's language when its subject and body are both written there, else the main language's", () => {
    expect(letterIn(written, "en", "fr")).toMatchObject({ lang: "fr", subject: "Offre pour {{name}}" });
    // Korean has only a subject: the whole letter goes in English, never half and half.
    expect(letterIn(written, "en", "ko")).toMatchObject({ lang: "en", subject: "Offer for {{name}}" });
    expect(letterIn(written, "en", "en")).toMatchObject({ lang: "en" });
  });

  it("fills the call's title and the date in the letter's language", () => {
    const fr = writeLetter(setting, written, "fr", { name: "Amina", reference: "X-1" }, at);
    expect(fr.text).toBe(
      "Bonjour Amina, une place dans Appel aux experts du patrimoine jusqu'au 1 mars 2027, 18:00 UTC+9.",
    );
    const ko = writeLetter(setting, written, "ko", { name: "Min", reference: "X-2" }, at);
    expect(ko).toMatchObject({ lang: "en", subject: "Offer for Min" });
    expect(ko.text).toContain("a place in Call for heritage experts until Mar 1, 2027");
  });

  it("is Madang's own letter in the reader's language when the call wrote none", () => {
    const own = { ...written, translations: {}, version: 0 };
    expect(writeLetter(setting, own, "ko", { name: "Min", reference: "X-2" }, at).text).toContain("Min님께");
    expect(writeLetter(setting, own, "fr", { name: "Amina", reference: "X-1" }, at).subject).toBe(
      "Seoul 2027 : une place vous est offerte",
    );
  });
});
