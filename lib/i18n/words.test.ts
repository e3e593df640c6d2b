import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { APPLY_TEMPLATES, applyWordsFrom, type ApplyKey } from "@/lib/applications/apply-words";
import en from "../../messages/en.json";
import { messagesFor } from "./messages";
import { fill, translateWords, wordsTranslator, type Translate } from "./words";

const LOCALES = ["en", "ko", "fr"] as const;

/** next-intl's own translator of a namespace over the real messages: the independent reference. */
function reference(locale: (typeof LOCALES)[number], namespace: string) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: namespace as never }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
}

describe("words translated on the server and filled in the browser", () => {
  it("fills names and leaves a name without a value in sight", () => {
    expect(fill("{count} of {max} words", { count: 3, max: 200 })).toBe("3 of 200 words");
    expect(fill("{n} mots", { n: 12345 })).toBe("12345 mots");
    expect(fill("Saved at {time}", {})).toBe("Saved at {time}");
    // A value is text, never a template: braces in a user's answer stay as typed.
    expect(fill("Uploaded: {name} ({size})", { name: "{size}.pdf", size: "2 MB" })).toBe("Uploaded: {size}.pdf (2 MB)");
  });

  it("gives, for every apply message in every language, what next-intl itself writes", () => {
    const samples: Record<string, string | number> = {
      page: 2,
      pages: 3,
      answered: 4,
      required: 1234,
      time: "14:05",
      message: "The server said no.",
      count: 17,
      max: 200,
      n: 2,
      name: "김민지 CV.pdf",
      size: "2 MB",
      types: "PDF, Word",
      date: "3 mars 2027",
      organisation: "Institut français",
    };
    for (const locale of LOCALES) {
      const t = reference(locale, "apply");
      const text = applyWordsFrom(t as Translate, locale);
      const ours = wordsTranslator(text);
      for (const key of Object.keys(en.apply) as ApplyKey[]) {
        const names = APPLY_TEMPLATES[key];
        const values = names ? Object.fromEntries(names.map((n) => [n, samples[n]!])) : undefined;
        expect(ours(key, values), `${locale} apply.${key}`).toBe(t(key, values));
      }
    }
  });

  it("lists every apply message with arguments, with exactly its arguments, and none with plural or select", () => {
    for (const [key, message] of Object.entries(en.apply)) {
      const names = [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(message, key).not.toMatch(/,\s*(plural|select|selectordinal)\s*,/);
      expect([...(APPLY_TEMPLATES[key as ApplyKey] ?? [])].sort(), key).toEqual([...new Set(names)].sort());
    }
  });

  it("translates a plain key as it is and a template with its names standing for themselves", () => {
    const t: Translate = (key, values) => (values ? `${key}:${JSON.stringify(values)}` : key.toUpperCase());
    expect(translateWords(t, ["a", "b"], { b: ["x"] })).toEqual({ a: "A", b: 'b:{"x":"{x}"}' });
  });
});
