// What the proposal review's action answers, in the reader's language: messages under `proposals.mentor.done`,
// the review page's own words (the translator comes from the action, or from renderMessage in the test).

type Say = (key: string, values?: Record<string, string | number>) => string;

export const reviewSaid = {
  scored: (t: Say, submitted: boolean) => t(submitted ? "submitted" : "draftSaved"),
};
