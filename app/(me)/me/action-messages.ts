// What a person's own actions answer, in the reader's language: messages under `participants.done`. The action
// passes next-intl's translator (getTranslations knows the reader's language in a server action); the test passes
// renderMessage's, so it checks the very sentences the actions build.

type Say = (key: string, values?: Record<string, string | number>) => string;

export const participantSaid = {
  checkedIn: (t: Say, r: { sessionTitle: string }) => t("checkedIn", { title: r.sessionTitle }),
  offerDeclined: (t: Say) => t("offerDeclined"),
};
