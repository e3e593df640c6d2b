/**
 * The words a person agrees to, by purpose. A changed wording gets a new version: rows already written
 * keep the words that were shown (and their hash), so a later edit never rewrites what was agreed.
 */
export const CONSENT_WORDINGS = {
  application: {
    version: "2026-11",
    text:
      "By submitting, I agree that the programme's staff and reviewers process my profile, answers and documents " +
      "to select participants; that an unsuccessful application is kept only for the programme's retention period; " +
      "and that I can download my data or ask for its deletion from My space at any time.",
  },
} as const;

export type ConsentPurpose = keyof typeof CONSENT_WORDINGS;
