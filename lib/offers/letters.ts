import type { LetterKind } from "@/db/schema";

// Placeholders and their filling, without any language's text: the letter editor in the browser loads this file.
// The letters' texts, and Madang's own letters, are lib/offers/letter-texts.ts's.

export type LetterTemplateText = { kind: LetterKind; subject: string; body: string };

/** The placeholders a template may use; anything else in {{ }} is left as written. */
export const LETTER_PLACEHOLDERS = ["name", "reference", "call", "cohort", "expiresAt"] as const;
export type LetterValues = Record<(typeof LETTER_PLACEHOLDERS)[number], string>;

/** Fills {{placeholders}}; unknown ones stay visible so a typo is noticed in the preview, not hidden. */
export function renderLetter(
  template: Pick<LetterTemplateText, "subject" | "body">,
  values: LetterValues,
): { subject: string; text: string } {
  const fill = (text: string) =>
    text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
      key in values ? values[key as keyof LetterValues] : whole,
    );
  // A subject is one line, whatever a value holds.
  return { subject: fill(template.subject).replace(/[\r\n]+/g, " "), text: fill(template.body) };
}

/** Placeholders used in a template that Madang does not know. */
export function unknownPlaceholders(text: string): string[] {
  const found = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
  return [...new Set(found.filter((k) => !(LETTER_PLACEHOLDERS as readonly string[]).includes(k)))];
}
