import type { CallForm } from "@/db/schema";

/**
 * What an edit may do to a form once applications exist: add anything, reword, move, change limits
 * for the future; never drop a question (it is hidden instead, so old answers stay readable), change a
 * question's type, or remove a choice that answers may hold. Returns the form to store and the refusals.
 */
export function reconcileFormChange(
  previous: CallForm,
  next: CallForm,
  hasApplications: boolean,
): { form: CallForm; errors: string[] } {
  if (!hasApplications) return { form: next, errors: [] };
  const errors: string[] = [];
  const nextById = new Map(next.questions.map((q) => [q.id, q]));
  for (const old of previous.questions) {
    const now = nextById.get(old.id);
    if (!now) continue;
    if (now.type !== old.type)
      errors.push(
        `"${old.label}" cannot change from ${old.type.replace("_", " ")} to ${now.type.replace("_", " ")}: applications already hold answers to it. Add a new question instead.`,
      );
    if ((old.type === "single_choice" || old.type === "multiple_choice") && now.type === old.type) {
      const dropped = (old.options ?? []).filter((o) => !(now.options ?? []).includes(o));
      if (dropped.length)
        errors.push(
          dropped.length === 1
            ? `"${old.label}" cannot lose the option "${dropped[0]}": applications may have chosen it.`
            : `"${old.label}" cannot lose the options ${dropped.map((o) => `"${o}"`).join(", ")}: applications may have chosen them.`,
        );
    }
  }
  const lastPage = Math.max(0, next.pages.length - 1);
  // Removed questions come back hidden, on a page that still exists.
  const removed = previous.questions
    .filter((q) => !nextById.has(q.id))
    .map((q) => ({ ...q, hidden: true, page: Math.min(q.page, lastPage) }));
  return { form: { pages: next.pages, questions: [...next.questions, ...removed] }, errors };
}
