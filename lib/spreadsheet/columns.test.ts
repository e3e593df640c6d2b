import { describe, expect, it } from "vitest";
import type { CallForm } from "@/db/schema";
import { buildApplicationsTable, type ExportRow } from "@/lib/applications/export";
import { rankingRows } from "@/lib/decisions/export";
import { LOCALES } from "@/lib/i18n/request";
import type { CallContext } from "@/lib/review/call";
import type { ScoredApplication } from "@/lib/review/ranking";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import ko from "@/messages/ko.json";
import { columnOf, foldHeader, type ColumnKey } from "./columns";
import { genderLabel, genderLabelIn } from "./gender-words";

const MESSAGES = { en, ko, fr } as const;
const KEYS = Object.keys(en.spreadsheet.columns) as ColumnKey[];
const EVERY = KEYS.map((key) => ({ key, title: key }));

describe("spreadsheet columns in three languages", () => {
  it("reads every title of every language back as its own column, whatever its case and spacing @truth", () => {
    for (const locale of LOCALES)
      for (const key of KEYS) {
        const title = MESSAGES[locale].spreadsheet.columns[key];
        if (/\{/.test(title)) continue; // a title with a value (the zone, a question) is written, never read
        expect(columnOf(title, EVERY), `${locale} ${key}`).toBe(key);
        expect(columnOf(`  ${title.toUpperCase()} `, EVERY), `${locale} ${key}`).toBe(key);
      }
  });

  it("gives no two columns one spelling, in any pair of languages", () => {
    const owner = new Map<string, string>();
    for (const locale of LOCALES)
      for (const key of KEYS) {
        const folded = foldHeader(MESSAGES[locale].spreadsheet.columns[key]);
        const before = owner.get(folded);
        expect(before === undefined || before === key, `${folded}: ${before} and ${key}`).toBe(true);
        owner.set(folded, key);
      }
  });

  it("keeps Hangul whole and drops accents and punctuation when comparing", () => {
    expect(foldHeader(" 참석 시간(분) ")).toBe("참석시간분");
    expect(foldHeader("Année de la cohorte")).toBe("anneedelacohorte");
    expect(columnOf("Something else", EVERY)).toBeNull();
    expect(columnOf("", EVERY)).toBeNull();
  });

  it("names genders in the reader's words, and English exactly as before", () => {
    for (const gender of ["woman", "man", "non_binary", "another", "undisclosed"] as const) {
      expect(genderLabelIn("en", gender, null)).toBe(genderLabel(gender, null));
      expect(genderLabelIn("en", gender, "two-spirit")).toBe(genderLabel(gender, "two-spirit"));
    }
    expect(genderLabelIn("ko", "woman", null)).toBe(ko.selection.gender.woman);
    expect(genderLabelIn("fr", "non_binary", null)).toBe(fr.selection.gender.non_binary);
    expect(genderLabelIn("ko", "undisclosed", null)).toBe(ko.problems.spreadsheet.preferNotToSay);
    expect(genderLabelIn("fr", "another", "bispirituel")).toBe(
      fr.problems.spreadsheet.another.replace("{other}", "bispirituel"),
    );
  });
});

const FORM: CallForm = {
  pages: [{ title: "One" }],
  questions: [
    { id: "bio", page: 0, type: "long_text", label: "Bio", required: true },
    { id: "old", page: 0, type: "short_text", label: "Old", required: false, hidden: true },
  ],
};
const ROW: ExportRow = {
  id: "a1",
  reference: "CPI-0001",
  status: "under_review",
  submittedAt: new Date("2027-03-01T00:30:00Z"),
  trackPreferences: [],
  answers: { bio: "=HYPERLINK()" },
  name: "Kim Minji",
  email: "minji@example.org",
  nationality: "KR",
  residence: "PE",
  gender: "woman",
  genderOther: null,
  organisation: "Museum",
  field: null,
  nominatedBy: null,
};

describe("exports in the reader's language", () => {
  it("headers and coded values in Korean and French; references, emails and what people wrote as they are", () => {
    for (const locale of ["ko", "fr"] as const) {
      const columns = MESSAGES[locale].spreadsheet.columns;
      const table = buildApplicationsTable({
        form: FORM,
        tracks: [],
        rows: [ROW],
        files: [],
        timeZone: "Asia/Seoul",
        locale,
      });
      expect(table.headers).toEqual([
        columns.reference,
        columns.status,
        columns.name,
        columns.email,
        columns.nationality,
        columns.residence,
        columns.gender,
        columns.organisation,
        columns.field,
        columns.trackPreferences,
        columns.submittedIn.replace("{timeZone}", "Asia/Seoul"),
        columns.nominatedBy,
        "Bio",
        columns.removed.replace("{label}", "Old"),
      ]);
      const [row] = table.rows;
      expect(row!.slice(0, 4)).toEqual([
        "CPI-0001",
        MESSAGES[locale].applicationStatus.under_review,
        "Kim Minji",
        "minji@example.org",
      ]);
      expect(row![6]).toBe(MESSAGES[locale].selection.gender.woman);
      expect(row![12]).toBe("=HYPERLINK()"); // neutralised by the one writer, not here
    }
    const ko = buildApplicationsTable({
      form: FORM,
      tracks: [],
      rows: [ROW],
      files: [],
      timeZone: "Asia/Seoul",
      locale: "ko",
    });
    expect(ko.rows[0]!.slice(4, 6)).toEqual(["대한민국", "페루"]);
  });

  it("keeps the English export's words and codes", () => {
    const table = buildApplicationsTable({ form: FORM, tracks: [], rows: [ROW], files: [], timeZone: "Asia/Seoul" });
    expect(table.headers.slice(0, 5)).toEqual(["Reference", "Status", "Name", "Email", "Nationality"]);
    expect(table.rows[0]![1]).toBe("under review");
  });

  it("says a ranking's criteria and totals in French", () => {
    const call = {
      rubric: [{ id: "potential", label: "Potential", weight: 0.5, max: 10 }],
      settings: { normalise: true },
    } as unknown as CallContext;
    const ranked = [
      {
        rank: 1,
        reference: "CPI-0001",
        name: "Kim Minji",
        status: "shortlisted",
        country: "KR",
        gender: "woman",
        reviews: 2,
        criteria: { potential: 8 },
        raw: 80,
        normalised: 0.5,
        score: 0.5,
      },
    ] as unknown as ScoredApplication[];
    const [header, row] = rankingRows(call, ranked, "fr");
    expect(header).toEqual([
      fr.spreadsheet.columns.rank,
      fr.spreadsheet.columns.reference,
      fr.spreadsheet.columns.name,
      fr.spreadsheet.columns.status,
      fr.spreadsheet.columns.country,
      fr.spreadsheet.columns.gender,
      fr.spreadsheet.columns.reviews,
      fr.problems.decisions.n0Weight.replace("{label}", "Potential").replace("{max}", "10").replace("{weight}", "0.5"),
      fr.problems.decisions.rawTotal0100,
      fr.problems.decisions.normalisedZ,
      fr.problems.decisions.scoreUsedNormalised,
    ]);
    expect(row!.slice(0, 6)).toEqual([
      1,
      "CPI-0001",
      "Kim Minji",
      fr.applicationStatus.shortlisted,
      "République de Corée",
      "Femme",
    ]);
    expect(rankingRows(call, ranked)[1]!.slice(3, 6)).toEqual(["shortlisted", "Republic of Korea", "woman"]);
  });
});
