import type { LetterKind } from "@/db/schema";

export type LetterTemplateText = { kind: LetterKind; subject: string; body: string };

/** The placeholders a template may use; anything else in {{ }} is left as written. */
export const LETTER_PLACEHOLDERS = ["name", "reference", "call", "cohort", "expiresAt"] as const;
export type LetterValues = Record<(typeof LETTER_PLACEHOLDERS)[number], string>;

export const DEFAULT_TEMPLATES: Record<LetterKind, LetterTemplateText> = {
  offer: {
    kind: "offer",
    subject: "{{cohort}}: you are offered a place",
    body: "Dear {{name}},\n\nWe are glad to offer you a place in {{cohort}} (application {{reference}}, {{call}}).\n\nPlease confirm or decline in Madang by {{expiresAt}}. If we have not heard from you by then, the place goes to the next person on the waiting list.\n\nWith our congratulations,\nThe programme team",
  },
  waitlist: {
    kind: "waitlist",
    subject: "{{cohort}}: you are on the waiting list",
    body: "Dear {{name}},\n\nThank you for applying to {{call}} (application {{reference}}). The selection was very close: you are on the waiting list, and we will write to you at once if a place becomes free.\n\nWith our best wishes,\nThe programme team",
  },
  reject: {
    kind: "reject",
    subject: "{{cohort}}: the result of your application",
    body: "Dear {{name}},\n\nThank you for applying to {{call}} (application {{reference}}). We received many strong applications for few places, and we are sorry that we cannot offer you one this time.\n\nWe hope you will apply again.\nThe programme team",
  },
};

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
