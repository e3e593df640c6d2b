import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import ko from "../../messages/ko.json";
import { flattenMessages as flatten } from "./flatten";

// The arguments a message uses ({name}, {count, plural, …}) and its rich-text tags (<b>…</b>), each with its kind.
// Plural and select branches differ between languages (Korean has no "one"), so only the names and kinds are compared.
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        into.add(`${element.value}`);
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        into.add(`${element.value}:${TYPE[element.type]}`);
        break;
      case TYPE.plural:
      case TYPE.select:
        into.add(`${element.value}:${TYPE[element.type]}`);
        for (const option of Object.values(element.options)) argumentsOf(option.value, into);
        break;
      case TYPE.tag:
        into.add(`<${element.value}>`);
        argumentsOf(element.children, into);
        break;
      default:
        break;
    }
  }
  return into;
}

// A plural argument used as a plain {count} elsewhere in the same message counts once, as the plural.
function signature(message: string): string[] {
  const found = argumentsOf(parse(message));
  const typed = new Set([...found].filter((a) => a.includes(":")).map((a) => a.split(":")[0]));
  return [...found].filter((a) => a.includes(":") || !typed.has(a)).sort();
}

// Messages that are rightly the same in English and the other language: names, acronyms and file formats,
// and in French a few words spelt alike (the French term UNESCO uses is the English word).
const SAME_AS_ENGLISH: Record<"ko" | "fr", ReadonlySet<string>> = {
  ko: new Set(["Madang", "CSV", "XLSX", "SDG", "SDG {n}"]),
  fr: new Set([
    ...["Madang", "Administration", "Programme", "Programmes", "Participants", "Organisation", "Organisations"],
    ...[
      "Expert",
      "Experts",
      "Expertise",
      "Action",
      "Actions",
      "Options",
      "Description",
      "Date",
      "Type",
      "Forum",
      "Dates",
      "Messages",
      "Conversation",
    ],
    ...["Message", "Photo", "Page", "Pages", "Pagination", "Phases", "Page {n}", "Phase {n}", "Question {id}"],
    // Labels inside a sentence ("Enter the {label}."), French words spelt as the English ones.
    ...["date", "description", "message", "organisation", "programme"],
    "{n, plural, one {# organisation} other {# organisations}}",
    "PowerPoint (.pptx)",
  ]),
};

// A message made only of arguments and punctuation ("{cohort}", "{date} ({zone})") has nothing to translate.
function hasWords(message: string): boolean {
  return /\p{L}/u.test(message.replace(/\{[^{}]*\}/g, ""));
}

const english = flatten(en);

describe.each([
  ["ko", ko],
  ["fr", fr],
] as const)("messages/%s.json", (locale, messages) => {
  const local = flatten(messages);

  it("has every key of en.json and no other", () => {
    expect([...english.keys()].filter((key) => !local.has(key))).toEqual([]);
    expect([...local.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it("uses the same arguments, plurals and tags as English in every message", () => {
    const mismatches = [...english]
      .filter(([key]) => local.has(key))
      .flatMap(([key, text]) => {
        const theirs = signature(local.get(key)!);
        const ours = signature(text);
        return theirs.join() === ours.join() ? [] : [{ key, english: ours, [locale]: theirs }];
      });
    expect(mismatches).toEqual([]);
  });

  it("translates every message that has words, bar the allowed names", () => {
    const untranslated = [...english]
      .filter(([key, text]) => local.get(key) === text && hasWords(text) && !SAME_AS_ENGLISH[locale].has(text))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});

describe("the message check itself", () => {
  it("tells a renamed argument, a lost plural and a lost tag apart from a faithful translation", () => {
    expect(signature("{count, plural, one {# rule} other {# rules}}")).toEqual(["count:plural"]);
    expect(signature("규칙 {count}개")).not.toEqual(signature("{count, plural, one {# rule} other {# rules}}"));
    expect(signature("{count, plural, other {규칙 #개}}")).toEqual(["count:plural"]);
    expect(signature("Hello {name}")).not.toEqual(signature("Bonjour {nom}"));
    expect(signature("<b>{name}</b>")).toEqual(["<b>", "name"]);
    expect(hasWords("{date} ({zone})")).toBe(false);
  });
});
