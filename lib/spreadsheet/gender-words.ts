import type { Gender } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { renderMessage } from "@/lib/i18n/messages";
import { say } from "@/lib/i18n/problems";
import type { AppLocale } from "@/lib/i18n/request";

/**
 * Gender as people write it in a spreadsheet, read into the app's values (woman, man, non_binary,
 * another, undisclosed). Words are compared folded: case, accents, spaces, hyphens and underscores do
 * not matter, so "Non-binary", "non_binary", "NONBINARY" and "non binary" are one word. Anything not in
 * the table is kept in the person's own words as "another"; an import shows every mapping before it lands.
 */
const WORDS: Record<Exclude<Gender, "another">, readonly string[]> = {
  woman: [
    "woman",
    "women",
    "female",
    "f",
    "w",
    "girl",
    "femme",
    "feminin",
    "feminine",
    "mujer",
    "femenino",
    "femenina",
    "mulher",
    "feminino",
    "frau",
    "weiblich",
    "donna",
    "여성",
    "여자",
    "여",
    "女",
    "女性",
    "女子",
  ],
  man: [
    "man",
    "men",
    "male",
    "m",
    "boy",
    "homme",
    "masculin",
    "masculine",
    "hombre",
    "masculino",
    "homem",
    "mann",
    "mannlich",
    "uomo",
    "남성",
    "남자",
    "남",
    "男",
    "男性",
    "男子",
  ],
  non_binary: [
    "nonbinary",
    "nb",
    "enby",
    "nonbinaire",
    "nobinario",
    "nobinarie",
    "naobinario",
    "nichtbinar",
    "논바이너리",
    "넌바이너리",
    "非二元",
    "ノンバイナリー",
  ],
  undisclosed: [
    "",
    "prefernottosay",
    "prefernottoanswer",
    "prefernotto",
    "rathernotsay",
    "undisclosed",
    "notdisclosed",
    "declinedtostate",
    "declinetostate",
    "notstated",
    "unknown",
    "na",
    "nesouhaitepasrepondre",
    "prefierenodecir",
    "prefieronodecirlo",
    "prefieronodecir",
    "응답안함",
    "응답하지않음",
    "밝히지않음",
    "밝히고싶지않음",
    "무응답",
  ],
};
const ANOTHER = ["another", "other", "autre", "otro", "otra", "기타"];

// NFKD then NFC: accents drop (é → e) while Hangul syllables, which NFKD splits into jamo, come back whole.
const fold = (word: string) =>
  word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");

const LOOKUP = new Map<string, Gender>([
  ...Object.entries(WORDS).flatMap(([gender, words]) => words.map((w) => [fold(w), gender as Gender] as const)),
  ...ANOTHER.map((w) => [fold(w), "another" as Gender] as const),
]);
// The app's own values (non_binary…) read as themselves.
for (const g of ["woman", "man", "non_binary", "another", "undisclosed"] as const) LOOKUP.set(fold(g), g);

export const GENDER_OTHER_MAX = 60;

/** The app's value for a word, or null when the word is over GENDER_OTHER_MAX characters and not in the table. */
export function readGenderWord(raw: string): { gender: Gender; genderOther: string | null } | null {
  const text = raw.trim();
  const known = LOOKUP.get(fold(text));
  if (known) return { gender: known, genderOther: null };
  if (text.length > GENDER_OTHER_MAX) return null;
  return { gender: "another", genderOther: text };
}

const LABELS: Record<Gender, string> = {
  woman: "Woman",
  man: "Man",
  non_binary: "Non-binary",
  another: "Another",
  undisclosed: "Prefer not to say",
};

/** How the app shows a gender: "Woman", "Another: genderfluid", "Prefer not to say". */
export function genderLabel(gender: Gender | string, other: string | null): string {
  return gender === "another" && other ? `Another: ${other}` : (LABELS[gender as Gender] ?? gender);
}

/**
 * genderLabel in the reader's language: the words the selection pages use (`selection.gender.*`), "Prefer not to
 * say" and "Another: …" as said (lib/i18n/problems.ts); English is genderLabel's own.
 */
export function genderLabelIn(locale: AppLocale, gender: Gender | string, other: string | null): string {
  const english = genderLabel(gender, other);
  if (locale === "en" || !(gender in LABELS)) return english;
  if (gender === "undisclosed" || (gender === "another" && other)) return say(locale, english);
  return renderMessage(locale, `selection.gender.${gender}`);
}

/** A word, what it will be read as, in how many rows; `asWritten` when it is the app's own value or label in another case or spacing. */
export type GenderWordMapping = { word: string; label: string; rows: number; asWritten: boolean };

/**
 * Each distinct word of a column and what it will be read as, for a person to confirm before an import
 * lands. "woman" or "Prefer not to say" need no confirmation; "F", "femme" or "genderfluid" do.
 */
export function genderMappings(words: readonly string[]): GenderWordMapping[] {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w.trim(), (counts.get(w.trim()) ?? 0) + 1);
  return [...counts].flatMap(([word, rows]) => {
    const read = readGenderWord(word);
    if (!read) return [];
    const label = genderLabel(read.gender, read.genderOther);
    return [
      {
        word,
        label,
        rows,
        asWritten: read.gender !== "another" && (fold(word) === fold(read.gender) || fold(word) === fold(label)),
      },
    ];
  });
}

/** True when some word is not the app's own spelling (F → Woman needs a look; woman → Woman does not). */
export function needsGenderConfirmation(words: readonly Pick<GenderWordMapping, "asWritten">[]): boolean {
  return words.some((w) => !w.asWritten);
}

/**
 * The server's half of the confirmation the import pages ask for: an import whose gender words are read as
 * something other than written lands only when the person said they checked the reading. A forged request
 * that skips the page gets the same refusal the page would have shown.
 */
export function assertGenderWordsConfirmed(words: readonly GenderWordMapping[], confirmed: boolean): void {
  if (!confirmed && needsGenderConfirmation(words)) {
    const examples = words
      .filter((w) => !w.asWritten)
      .slice(0, 3)
      .map((w) => `“${w.word}” → ${w.label}`)
      .join(", ");
    throw new DomainError(
      "validation",
      `Some gender words will be read as something else (${examples}). Check how they are read, confirm, then import. Nothing was imported.`,
    );
  }
}
