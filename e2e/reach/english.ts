import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import * as schema from "../../db/schema";
import { flattenMessages as flatten, type MessageTree as Messages } from "../../lib/i18n/flatten";

import { messagesOf } from "./messages";

const read = (locale: string) => messagesOf<Messages>(locale);
const en = read("en");

const ENGLISH = flatten(en);
const LOCAL = { ko: flatten(read("ko")), fr: flatten(read("fr")) };
const NAMESPACES = Object.keys(en).join("|");

/** A message's literal runs of text (between its arguments and tags), whitespace collapsed. */
function literals(elements: MessageFormatElement[], into: string[] = [], run = { text: "" }): string[] {
  const flush = () => {
    const text = run.text.replace(/\s+/g, " ").trim();
    if (text) into.push(text);
    run.text = "";
  };
  for (const element of elements) {
    if (element.type === TYPE.literal) run.text += element.value;
    else {
      flush();
      if (element.type === TYPE.tag) literals(element.children, into, run);
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) literals(option.value, into, run);
      flush();
    }
  }
  flush();
  return into;
}

const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * What English looks like on a Korean or French page: the whole text of any English message that the
 * language translates differently, and any run of three words or more from one (around its arguments).
 */
export function englishOf(locale: "ko" | "fr"): { whole: Set<string>; fragments: string[]; codes: Set<string> } {
  const whole = new Set<string>();
  const fragments = new Set<string>();
  for (const [key, english] of ENGLISH) {
    const local = LOCAL[locale].get(key);
    if (local === undefined || local === english || !/\p{L}/u.test(english)) continue;
    const runs = literals(parse(english, { ignoreTag: false }));
    if (runs.length === 1 && runs[0] === english.replace(/\s+/g, " ").trim()) whole.add(runs[0]);
    for (const run of runs) if (words(run) >= 3) fragments.add(run);
  }
  // A fragment the translation also carries (a name, a URL), or a whole text that is also one of its own messages
  // (French "Note", a score, beside English "Note", a remark), says nothing about the language.
  const localValues = [...LOCAL[locale].values()];
  const localText = localValues.join("\n");
  const localWhole = new Set(localValues.map((v) => v.replace(/\s+/g, " ").trim()));
  return {
    whole: new Set([...whole].filter((w) => !localWhole.has(w))),
    fragments: [...fragments].filter((f) => !localText.includes(f)),
    codes: codesOf(localText),
  };
}

/**
 * The database's stored codes ("open", "not_completed", "woman": every pgEnum's values), which a page shows only
 * through a message: shown as they are, they are English words. A code that is also a word of the language's
 * own messages ("forum", "code" in French) or a language's own code says nothing.
 */
function codesOf(localText: string): Set<string> {
  const codes = new Set<string>();
  for (const value of Object.values(schema))
    if (typeof value === "function" && "enumValues" in value)
      for (const code of value.enumValues as string[]) {
        const spoken = code.replace(/_/g, " ");
        if (["en", "ko", "fr"].includes(code)) continue;
        if (new RegExp(word(spoken), "iu").test(localText)) continue;
        codes.add(code).add(spoken);
      }
  return codes;
}

// English words that are no word of French (and no word at all in Korean): a sentence carrying one is English.
// Word edges are Unicode letters ("noté" holds no "not"), which \b, ASCII-only, does not know.
const WORDS =
  "the|The|and|your|Your|you|You|this|This|that|with|from|have|has|are|was|were|will|been|not|yet|of|to|for|is|it|by|be|or|no|No|there|There|these|which|who|when|When|should|would|could|must|can't|don't|isn't";
const word = (alternatives: string) => `(?<![\\p{L}\\p{N}'’])(${alternatives})(?![\\p{L}\\p{N}'’])`;
const ENGLISH_WORDS = new RegExp(word(WORDS), "u");
// English dates: a month or day name beside a number ("Mon 12 Jul 2027", "Jul 12, 2027"); "Mon" alone is French.
const MONTH =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
const DAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun";
const ENGLISH_DATES = new RegExp(`${word(DAY)},? \\d|\\d{1,2} ${word(MONTH)}|${word(MONTH)} \\d`, "u");

/** A raw message key ("admin.calls.title") that a missing message would print. */
const RAW_KEY = new RegExp(`(^|[^\\w@.])(${NAMESPACES})\\.[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)*\\b`);

export type Found = { kind: "key" | "english" | "code"; text: string };

/**
 * Why a piece of text on a Korean or French page is not in that language, or null. `isUserContent`
 * says whether a piece of text is someone's content (names, programme texts), which stays as written.
 */
export function notInLanguage(
  text: string,
  english: { whole: Set<string>; fragments: string[]; codes?: Set<string> },
  isUserContent: (text: string) => boolean,
): Found | null {
  const clean = text.replace(/\s+/g, " ").trim();
  if (!/\p{L}/u.test(clean)) return null;
  if (RAW_KEY.test(clean) && !isUserContent(clean)) return { kind: "key", text: clean };
  if (english.codes?.has(clean.toLowerCase()) && !isUserContent(clean)) return { kind: "code", text: clean };
  const looksEnglish =
    english.whole.has(clean) ||
    english.fragments.some((f) => clean.includes(f)) ||
    ENGLISH_WORDS.test(clean) ||
    ENGLISH_DATES.test(clean);
  if (!looksEnglish || isUserContent(clean)) return null;
  return { kind: "english", text: clean };
}
