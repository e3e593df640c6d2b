import type { PgColumn } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import ko from "../../messages/ko.json";
import { applications, consents, expertEngagements, profiles, userSessions, users } from "@/db/schema";
import { flattenMessages } from "@/lib/i18n/flatten";
import { personalDataFields } from "./export";
import { fieldLabelKey, sectionLabelKey, showValue, valueWords, type Reader } from "./readable";

const MESSAGES = { en: flattenMessages(en), ko: flattenMessages(ko), fr: flattenMessages(fr) };
const LANGUAGES = Object.keys(MESSAGES) as (keyof typeof MESSAGES)[];

/** The message keys among `keys` that some language lacks, as "language: key". */
const missing = (keys: Iterable<string>) =>
  [...new Set(keys)].flatMap((key) => LANGUAGES.filter((l) => !MESSAGES[l].has(key)).map((l) => `${l}: ${key}`));

const reader = (locale: keyof typeof MESSAGES): Reader => ({
  locale,
  t: (key) => MESSAGES[locale].get(key) ?? `missing ${key}`,
});

// Every field of the download, read from the schema and SOURCES: a new column is a new field here.
const FIELDS = Object.entries(personalDataFields()).flatMap(([section, fields]) =>
  Object.entries(fields).map(([field, column]) => ({ section, field, column })),
);

/** A column and, for a list, the column of its items. */
const withItems = (column: PgColumn): PgColumn[] => {
  const base = (column as PgColumn & { baseColumn?: PgColumn }).baseColumn;
  return base ? [column, base] : [column];
};

describe("the readable copy of a person's data", () => {
  it("names every section and every field the download can hold, in English, Korean and French", () => {
    expect(FIELDS.length).toBeGreaterThan(150);
    expect(FIELDS.map((f) => f.field)).toEqual(expect.arrayContaining(["call", "from", "to", "at", "attachments"]));
    expect(missing(FIELDS.map((f) => sectionLabelKey(f.section)))).toEqual([]);
    expect(missing(FIELDS.map((f) => fieldLabelKey(f.section, f.field)))).toEqual([]);
  });

  it("says every value of every enum column in words, in the three languages", () => {
    const enumColumns = FIELDS.flatMap((f) => withItems(f.column)).filter((c) => c.enumValues?.length);
    expect(enumColumns.length).toBeGreaterThan(15);
    const keys = enumColumns.flatMap((column) =>
      [...(valueWords(column) ?? new Map())].map(([value, key]) => ({ column: column.name, value, key })),
    );
    // Each enum's values all have a message, and no enum is left without words.
    expect(
      enumColumns.filter((c) => valueWords(c)?.size !== c.enumValues!.length).map((c) => c.name),
      "enum columns with no words",
    ).toEqual([]);
    expect(
      keys.filter((k) => !k.key).map((k) => `${k.column}=${k.value}`),
      "enum values with no message",
    ).toEqual([]);
    expect(missing(keys.map((k) => k.key))).toEqual([]);
  });

  it("says the codes of the listed text columns in words, in the three languages", () => {
    const coded = FIELDS.map((f) => valueWords(f.column)).filter((w) => w !== null);
    expect(missing(coded.flatMap((w) => [...w.values()]))).toEqual([]);
    expect(showValue(userSessions.endReason, "signed_out_everywhere", reader("fr"))).toEqual({
      text: "Déconnexion sur tous les appareils",
      as: "words",
    });
    expect(showValue(users.locale, "ko", reader("ko")).text).toBe(MESSAGES.ko.get("contentLanguages.languages.ko"));
    // A code outside the list is shown as stored, marked as data.
    expect(showValue(consents.purpose, "newsletter", reader("ko"))).toEqual({ text: "newsletter", as: "data" });
  });

  it("shows dates, yes/no, countries and numbers in the reader's language, and keeps data and people's words as they are", () => {
    const at = new Date("2027-03-05T09:30:00Z");
    expect(showValue(applications.submittedAt, at, reader("fr")).text).toMatch(/^5 mars 2027/);
    expect(showValue(applications.submittedAt, at, reader("ko")).text).toMatch(/^2027년 3월 5일/);
    expect(showValue(users.isAdmin, false, reader("ko"))).toEqual({ text: "아니요", as: "words" });
    expect(showValue(users.isAdmin, true, reader("fr"))).toEqual({ text: "Oui", as: "words" });
    expect(showValue(profiles.nationality, "KR", reader("fr")).text).toBe("République de Corée");
    expect(showValue(profiles.gender, "non_binary", reader("ko")).text).toBe(MESSAGES.ko.get("profile.non_binary"));
    expect(showValue(applications.status, "under_review", reader("fr")).text).toBe(
      MESSAGES.fr.get("applicationStatus.under_review"),
    );
    expect(showValue(profiles.yearsExperience, 1200, reader("en")).text).toBe("1,200");
    expect(showValue(expertEngagements.year, 2027, reader("en")).text).toBe("2027");
    expect(showValue(applications.answers, { bio: "Hi" }, reader("ko")).as).toBe("json");
    expect(showValue(applications.id, "0f1e2d3c-0000-4000-8000-000000000000", reader("ko")).as).toBe("data");
    expect(showValue(profiles.languages, ["Korean", "English"], reader("fr"))).toEqual({
      text: "Korean, English",
      as: "content",
    });
    expect(showValue(profiles.givenName, null, reader("fr")).text).toBe("—");
    expect(showValue(undefined, "anything", reader("fr")).as).toBe("data");
  });
});
