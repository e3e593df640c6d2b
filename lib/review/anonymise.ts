/** What must never reach a reviewer of an anonymised call: the applicant's name, contact and organisation. */
export type Identity = {
  name: string;
  email: string;
  givenName?: string | null;
  familyName?: string | null;
  organisations?: readonly (string | null)[];
  phone?: string | null;
};

export const WITHHELD = "[withheld]";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The strings to withhold, longest first so a full name goes before its parts. */
export function identityTerms(identity: Identity): string[] {
  const terms = new Set<string>();
  const addWords = (text: string | null | undefined) => {
    if (!text) return;
    terms.add(text.trim());
    for (const word of text.split(/[\s,.]+/)) if (word.length >= 2) terms.add(word);
  };
  addWords(identity.name);
  addWords(identity.givenName);
  addWords(identity.familyName);
  for (const organisation of identity.organisations ?? []) if (organisation?.trim()) terms.add(organisation.trim());
  if (identity.email) {
    terms.add(identity.email);
    for (const part of identity.email.split("@")[0]!.split(/[._+-]+/))
      if (part.length >= 3 && !/^\d+$/.test(part)) terms.add(part);
  }
  if (identity.phone?.trim()) terms.add(identity.phone.trim());
  return [...terms].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length);
}

/** Replaces every term, case-insensitively and as a whole word, by WITHHELD. */
export function redactText(text: string, terms: readonly string[]): string {
  if (!terms.length || !text) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return text.replace(pattern, WITHHELD);
}

/** Every string inside answers (nested lists and objects too) with the identity withheld. */
export function redactAnswers(
  answers: Readonly<Record<string, unknown>>,
  terms: readonly string[],
): Record<string, unknown> {
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") return redactText(value, terms);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(answers) as Record<string, unknown>;
}
