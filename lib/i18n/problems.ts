// What the server says to a person in a sentence of its own (a refusal, a validation error, an import's help
// line, a line of an application's history, the selection's explanation) is written in English where lib/
// throws or returns it, and is a message under `problems` in messages/*.json, one per sentence, by area. The
// English sentence is its identity, as gettext's msgid is: `say` finds it, with the values a template was
// filled with (`Row {row}: the email is missing.`), and gives the reader's language. The boundaries that
// hand a sentence to a person (lib/auth/action.ts, lib/http.ts, the pages that show stored reasons) call it;
// commands and their tests keep reading English. lib/i18n/problems.test.ts holds every sentence lib/ can say
// to its message, and every template to its own key.

import type { FieldErrors } from "@/lib/errors";
import { sayBytes } from "@/lib/format";
import { messagesFor, renderMessage } from "./messages";
import type { AppLocale } from "./request";
import { templatePattern, type SaidWordsOf } from "./said-with";

type Template = { key: string } & ReturnType<typeof templatePattern>;
type Catalogue = { exact: Map<string, string>; templates: Template[] };

const HAS_PLACEHOLDER = /\{\w+\}/;

// Inside Next a message is compiled (next.config.ts): a string, or its parts, each a string or [argument name].
type Leaf = string | (string | [string])[];

/** A message's ICU text, from its source or its compiled parts. */
function sourceOf(leaf: unknown): string | null {
  if (typeof leaf === "string") return leaf;
  if (!Array.isArray(leaf)) return null;
  let text = "";
  for (const part of leaf as Leaf) {
    if (typeof part === "string") text += part;
    else if (Array.isArray(part) && part.length === 1 && typeof part[0] === "string") text += `{${part[0]}}`;
    else return null; // a plural or a tag: not a shape `problems` uses
  }
  return text;
}

type Tree = { [key: string]: unknown };

/** The English sentences under `problems`, as exact sentences and as templates (longest literal text first). */
export function problemCatalogue(messages: Tree = messagesFor("en").problems as Tree): Catalogue {
  const exact = new Map<string, string>();
  const templates: Template[] = [];
  for (const [area, entries] of Object.entries(messages)) {
    if (typeof entries !== "object" || entries === null || Array.isArray(entries)) continue;
    for (const [name, leaf] of Object.entries(entries)) {
      const text = sourceOf(leaf);
      if (text === null) continue;
      const key = `problems.${area}.${name}`;
      if (!HAS_PLACEHOLDER.test(text)) {
        if (!exact.has(text)) exact.set(text, key);
        continue;
      }
      templates.push({ key, ...templatePattern(text) });
    }
  }
  templates.sort((a, b) => b.literal - a.literal);
  return { exact, templates };
}

let catalogue: Catalogue | null = null;

/** The message a sentence is, and the values it was filled with; null for a sentence not in the messages. */
export function findProblem(text: string): { key: string; values: Record<string, string> } | null {
  catalogue ??= problemCatalogue();
  const key = catalogue.exact.get(text);
  if (key) return { key, values: {} };
  for (const template of catalogue.templates) {
    const match = template.pattern.exec(text);
    if (!match) continue;
    const values: Record<string, string> = {};
    template.names.forEach((name, i) => (values[name] = match[i + 1]!));
    return { key: template.key, values };
  }
  return null;
}

// Sentences joined into one text ("Nothing was imported. Row 2: …"), split where a sentence ends and another begins.
const SENTENCE_END = /(?<=[.!?])\s+(?=["“(]?\p{Lu})/u;

/**
 * `text` in the reader's language: the message it is, with its values (each itself said, when it is a sentence
 * or a size, lib/format.ts sayBytes), or each of its sentences said in turn; what is not in the messages (a name, a person's own words) as it is.
 */
export function say(locale: AppLocale, text: string, depth = 0): string {
  if (locale === "en" || !text) return text;
  const size = sayBytes(text, locale);
  if (size) return size;
  const found = findProblem(text);
  if (found) {
    const values = Object.fromEntries(
      Object.entries(found.values).map(([name, value]) => [name, depth < 2 ? say(locale, value, depth + 1) : value]),
    );
    return renderMessage(locale, found.key, values);
  }
  const sentences = text.split(SENTENCE_END);
  if (sentences.length < 2) return text;
  return sentences.map((sentence) => say(locale, sentence, depth + 1)).join(" ");
}

/** Every message of every field in the reader's language. */
export function sayFieldErrors(locale: AppLocale, errors: FieldErrors): FieldErrors {
  if (locale === "en") return errors;
  return Object.fromEntries(Object.entries(errors).map(([field, list]) => [field, list.map((m) => say(locale, m))]));
}

/**
 * For a form checked in the browser by the schema the server parses: the sentences of `areas` as English →
 * the reader's language (a template as its two templates, `{name}` for each value), so the browser shows its own
 * checks' messages as the server would say them (`sayWith`).
 */
export function problemWords(locale: AppLocale, areas: readonly string[]): SaidWordsOf {
  const key = `${locale}:${areas.join(",")}`;
  let words = handed.get(key);
  if (!words) handed.set(key, (words = wordsOf(locale, areas)));
  return words;
}

// The same few area lists are asked for on every page with a form: each is worked out once per language.
const handed = new Map<string, SaidWordsOf>();

function wordsOf(locale: AppLocale, areas: readonly string[]): SaidWordsOf {
  const out: SaidWordsOf = { words: {}, templates: [] };
  if (locale === "en") return out;
  const english = messagesFor("en").problems as Tree;
  const local = messagesFor(locale).problems as Tree;
  for (const area of areas) {
    const entries = english[area];
    if (typeof entries !== "object" || entries === null || Array.isArray(entries)) continue;
    for (const [name, leaf] of Object.entries(entries)) {
      const text = sourceOf(leaf);
      const translated = sourceOf((local[area] as Tree | undefined)?.[name]);
      if (text === null || translated === null) continue;
      if (HAS_PLACEHOLDER.test(text)) out.templates.push([text, translated]);
      else out.words[text] = translated;
    }
  }
  return out;
}
