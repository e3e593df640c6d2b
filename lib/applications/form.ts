import type { CallForm, FormQuestion } from "@/db/schema";

export type { CallForm, FormQuestion };
// The codes alone: this module runs in the browser too (the application form), where the names are not needed.
import { isCountryCode } from "@/lib/geo/codes";

/** What an answer may look like once parsed; files are rows of application_files, not answers. */
export type Answers = Record<string, unknown>;
export type AnswerErrors = Record<string, string[]>;

export const CRITERIA_KEY = "_criteria";
const MAX_SHORT_TEXT = 500;
const MAX_LONG_TEXT_CHARS = 20_000;

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/u).length : 0;
}

/** The questions an applicant sees: hidden ones (removed after applications existed) are kept for old answers only. */
export function visibleQuestions(form: CallForm, page?: number): FormQuestion[] {
  return form.questions.filter((q) => !q.hidden && (page === undefined || q.page === page));
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

/** Checks one answer's shape and limits (not whether it is required). Returns the messages, if any. */
export function checkAnswer(question: FormQuestion, value: unknown): string[] {
  if (isBlank(value) || question.type === "file") return [];
  switch (question.type) {
    case "short_text":
      if (typeof value !== "string") return ["Enter text."];
      return value.length > MAX_SHORT_TEXT ? [`Use at most ${MAX_SHORT_TEXT} characters.`] : [];
    case "long_text": {
      if (typeof value !== "string") return ["Enter text."];
      if (value.length > MAX_LONG_TEXT_CHARS) return [`Use at most ${MAX_LONG_TEXT_CHARS} characters.`];
      const words = countWords(value);
      return question.maxWords && words > question.maxWords
        ? [`Use at most ${question.maxWords} words (you have ${words}).`]
        : [];
    }
    case "single_choice":
      return typeof value === "string" && (question.options ?? []).includes(value)
        ? []
        : ["Choose one of the options."];
    case "multiple_choice":
      return Array.isArray(value) && value.every((v) => typeof v === "string" && (question.options ?? []).includes(v))
        ? []
        : ["Choose among the options."];
    case "number": {
      const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
      return Number.isFinite(n) ? [] : ["Enter a number."];
    }
    case "date":
      return typeof value === "string" &&
        /^\d{4}-\d{2}-\d{2}$/.test(value) &&
        !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
        ? []
        : ["Enter a date (YYYY-MM-DD)."];
    case "url":
      try {
        const url = new URL(String(value));
        return url.protocol === "http:" || url.protocol === "https:"
          ? []
          : ["Enter a web address starting with http:// or https://."];
      } catch {
        return ["Enter a web address starting with http:// or https://."];
      }
    case "country":
      return typeof value === "string" && isCountryCode(value) ? [] : ["Choose a country."];
    case "yes_no":
      return value === "yes" || value === "no" ? [] : ["Answer yes or no."];
  }
}

/** Errors while writing a draft: shapes and limits only, so half-finished drafts save. */
export function checkDraftAnswers(form: CallForm, answers: Answers): AnswerErrors {
  const errors: AnswerErrors = {};
  for (const question of form.questions) {
    const messages = checkAnswer(question, answers[question.id]);
    if (messages.length) errors[question.id] = messages;
  }
  return errors;
}

/** The finding of a required question left blank. */
const NEEDS_ANSWER = "This question needs an answer.";

/** Errors that stop a submission: every visible required question answered (files by their presence) and within limits. */

export function checkCompleteAnswers(
  form: CallForm,
  answers: Answers,
  uploadedQuestionIds: ReadonlySet<string>,
): AnswerErrors {
  const errors = checkDraftAnswers(form, answers);
  for (const question of visibleQuestions(form)) {
    const answered = question.type === "file" ? uploadedQuestionIds.has(question.id) : !isBlank(answers[question.id]);
    if (question.required && !answered) (errors[question.id] ??= []).unshift(NEEDS_ANSWER);
  }
  return errors;
}

/** Drops keys that are neither a question of the form nor the app's own, so a client cannot store arbitrary data. */
export function keepKnownAnswers(form: CallForm, answers: Answers): Answers {
  const ids = new Set(form.questions.filter((q) => q.type !== "file").map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([key]) => ids.has(key) || key === CRITERIA_KEY));
}

export type Progress = {
  answered: number;
  required: number;
  percent: number;
  pages: { answered: number; required: number }[];
};

/** How far an application is: required questions answered, overall and per page. */
export function formProgress(form: CallForm, answers: Answers, uploadedQuestionIds: ReadonlySet<string>): Progress {
  const pages = form.pages.map(() => ({ answered: 0, required: 0 }));
  for (const question of visibleQuestions(form)) {
    if (!question.required) continue;
    const page = pages[question.page];
    if (!page) continue;
    page.required += 1;
    const answered =
      question.type === "file"
        ? uploadedQuestionIds.has(question.id)
        : !isBlank(answers[question.id]) && checkAnswer(question, answers[question.id]).length === 0;
    if (answered) page.answered += 1;
  }
  const answered = pages.reduce((n, p) => n + p.answered, 0);
  const required = pages.reduce((n, p) => n + p.required, 0);
  return { answered, required, percent: required === 0 ? 100 : Math.round((answered / required) * 100), pages };
}

/** An answer as text, for the review page, the admin's detail page and exports. */
export function answerText(question: FormQuestion, value: unknown, countryName: (code: string) => string): string {
  if (isBlank(value)) return "";
  if (question.type === "country" && typeof value === "string") return countryName(value);
  if (question.type === "yes_no") return value === "yes" ? "Yes" : value === "no" ? "No" : String(value);
  if (Array.isArray(value)) return value.join("; ");
  return String(value);
}
