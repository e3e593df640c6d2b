import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import ko from "../../messages/ko.json";
import { findProblem, problemCatalogue, problemWords, say, sayFieldErrors } from "./problems";
import { createSessionSchema } from "@/lib/timetable/schemas";
import { sayWith } from "./said-with";

// Files whose sentences nobody reads in the app, each with why: the sentences of the rest of lib/ must be messages.
const NOT_SAID: Record<string, string> = {
  "lib/env.ts": "the operator's configuration errors, printed at start-up in the server's log",
  "lib/geo/countries.ts": "country names: shown through i18n-iso-countries in the reader's language (lib/geo)",
  "lib/geo/m49.ts": "UN M49 region names, with their French names beside them; shown by lib/geo/regions.ts",
  "lib/geo/regions.ts": "region and group names in English and French, chosen by the reader's language there",
  "lib/geo/groups.ts": "built-in country groups' names in English and French, chosen by the reader's language",
  "lib/audit/consent-wordings.ts": "the consent wordings, kept verbatim with their hash as what a person agreed to",
  "lib/review/test-fixture.ts": "test data",
  "lib/applications/test-fixtures.ts": "test data",
  "lib/participants/testing.ts": "test data",
  "lib/alumni/test-fixtures.ts": "test data",
  "lib/auth/session-token.ts": "Auth.js's key-derivation label, which must stay as Auth.js writes it",
  "lib/jobs/runner.ts": "a job type with no handler: a programming error, kept on the job for staff to read in the log",
  // The selection's explanations carry their own key and values (`said`, lib/selection/say.ts), which the pages
  // render; their English stays beside them for stored runs and the CSV export.
  "lib/selection/conflicts.ts": "English kept for stored runs; pages render `said` (selection.explain)",
  "lib/selection/explain.ts": "English kept for stored runs; pages render `said` (selection.explain)",
  "lib/selection/rules.ts": "English kept for stored runs; pages render `said` (selection.explain)",
  "lib/selection/units.ts": "English kept for stored runs; pages render `said` (selection.explain)",
  "lib/security/server-edge.ts":
    "answers to requests the app's own pages never send (a forged or broken action call), before any page renders",
};

// Calls whose sentences are for developers (a thrown programming error, a log line), not for a person.
const DEVELOPER_CALLS = /^(new (Error|RangeError|TypeError)|console\.\w+|log(ger)?\.\w+)$/;
// SQL and class names written as templates (`${column} in (${list})`) are not sentences.
// Markup, a header value, and a staff-editable letter's own {{placeholders}} are not sentences either.
const NOT_WORDS =
  /\b(asc|desc|ilike|nulls last|select|where|is (not )?null|order by|row_number|coalesce|case when|nullif)\b|\bjoin \{|\bin \(\{|\} in \(|= \{\}|\{\} = |::|\b(bg|text|border)-[a-z]|<\/?[a-z][^>]*>|filename=|\{\{/;

type Said = { text: string; where: string };

/** Every sentence-shaped string and template in lib/ and app/ outside tests (and NOT_SAID, unless `everyFile`), with its placeholders as `{}`. */
function sentencesOfLib(everyFile = false): Said[] {
  const files = execFileSync("git", ["ls-files", "lib", "app"], { encoding: "utf8" })
    .split("\n")
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"))
    .filter((f) => everyFile || !(f in NOT_SAID));
  const out: Said[] = [];
  const sentence = (text: string) => /^["“]?\p{Lu}/u.test(text) && /\p{Ll}/u.test(text) && text.includes(" ");
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const developer = (node: ts.Node) => {
      for (let p = node.parent, i = 0; p && i < 6; p = p.parent, i++) {
        if (ts.isNewExpression(p) || ts.isCallExpression(p))
          return DEVELOPER_CALLS.test(`${ts.isNewExpression(p) ? "new " : ""}${p.expression.getText()}`);
      }
      return false;
    };
    const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        if (sentence(node.text) && !node.text.includes("{{") && !developer(node))
          out.push({ text: node.text, where: where(node) });
      } else if (ts.isTemplateExpression(node)) {
        const text = node.head.text + node.templateSpans.map((s) => `{}${s.literal.text}`).join("");
        const words = text.replace(/\{\}/g, " ");
        // A sentence, or words around values ("{n} of {m} seats are still free."), not a fragment of SQL or CSS.
        const said = sentence(text.replace(/\{\}/g, "X")) || /\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(words);
        if (said && words.trim().length > 3 && !NOT_WORDS.test(text) && !developer(node))
          out.push({ text, where: where(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

const LABEL_PARAMS = new Set(["label", "what"]);

/** A module specifier as the repository file it names ("@/lib/forms" → lib/forms.ts), or null for a package. */
function moduleFile(from: string, specifier: string, files: ReadonlySet<string>): string | null {
  const base = specifier.startsWith("@/")
    ? specifier.slice(2)
    : specifier.startsWith(".")
      ? path.posix.join(path.posix.dirname(from), specifier)
      : null;
  if (base === null) return null;
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => files.has(f)) ?? null;
}

/**
 * The words a schema builder puts into its sentences ("Enter the {label}.": `requiredText("session title", …)`):
 * every string given, where it is called, to a function of lib/ or app/ whose `label` or `what` parameter a sentence
 * of its own is written around. Each is said too (a label in the reader's language), so each is a message under
 * `problems.labels`; one given as anything but a string (a variable) is listed with `{}`, to be written out.
 */
function labelsOfLib(): Said[] {
  const files = execFileSync("git", ["ls-files", "lib", "app"], { encoding: "utf8" })
    .split("\n")
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts") && !f.endsWith(".d.ts") && !(f in NOT_SAID));
  const fileSet = new Set(files);
  const sources = new Map(
    files.map((f) => [f, ts.createSourceFile(f, readFileSync(f, "utf8"), ts.ScriptTarget.Latest, true)]),
  );
  // The builders: file → function name → index of its label parameter.
  const builders = new Map<string, Map<string, number>>(files.map((f) => [f, new Map()]));
  // The builders a file can call, by the name it calls them: its own, and those it imports from another file.
  const callableIn = (file: string) => {
    const callable = new Map<string, number>(builders.get(file));
    for (const statement of sources.get(file)!.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const from = moduleFile(file, statement.moduleSpecifier.text, fileSet);
      const named = statement.importClause?.namedBindings;
      if (!from || !builders.get(from)?.size || !named || !ts.isNamedImports(named)) continue;
      for (const element of named.elements) {
        const at = builders.get(from)!.get((element.propertyName ?? element.name).text);
        if (at !== undefined) callable.set(element.name.text, at);
      }
    }
    return callable;
  };
  const sentenceAround = (body: ts.Node, name: string, callable: Map<string, number>) => {
    let found = false;
    const visit = (node: ts.Node): void => {
      if (
        ts.isTemplateExpression(node) &&
        node.templateSpans.some((s) => ts.isIdentifier(s.expression) && s.expression.text === name) &&
        /\p{Ll}{2,}/u.test(node.head.text + node.templateSpans.map((s) => s.literal.text).join(" ")) &&
        !NOT_WORDS.test(node.getText()) &&
        !/^(new |console|log)/.test(node.parent.getText())
      )
        found = true;
      // A label handed on to another builder, of this file or imported ("optionalText" hands its own to "limitedText").
      else if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        callable.has(node.expression.text) &&
        node.arguments.some(
          (a, i) =>
            i === callable.get((node.expression as ts.Identifier).text) && ts.isIdentifier(a) && a.text === name,
        )
      )
        found = true;
      else ts.forEachChild(node, visit);
    };
    visit(body);
    return found;
  };
  const findBuilders = (file: string) => {
    const own = builders.get(file)!;
    const callable = callableIn(file);
    const visit = (node: ts.Node): void => {
      let name: string | undefined;
      let fn: ts.SignatureDeclaration | undefined;
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
        if (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
          [name, fn] = [node.name.text, node.initializer];
      if (ts.isFunctionDeclaration(node) && node.name) [name, fn] = [node.name.text, node];
      if (name && !own.has(name) && fn && "body" in fn && fn.body) {
        const at = fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && LABEL_PARAMS.has(p.name.text));
        if (at >= 0 && sentenceAround(fn.body, (fn.parameters[at]!.name as ts.Identifier).text, callable)) {
          own.set(name, at);
          callable.set(name, at);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sources.get(file)!);
  };
  // Until no new builder is found: one may hand its label to one declared below it, or in a file read after it.
  const count = () => [...builders.values()].reduce((n, m) => n + m.size, 0);
  for (let size = -1; size !== count();) {
    size = count();
    for (const file of files) findBuilders(file);
  }
  const out: Said[] = [];
  for (const [file, source] of sources) {
    const callable = callableIn(file);
    if (!callable.size) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && callable.has(node.expression.text)) {
        const argument = node.arguments[callable.get(node.expression.text)!];
        const where = `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        if (argument && (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)))
          out.push({ text: argument.text, where });
        // A builder handing its own label on to another is no label of its own.
        else if (!(argument && ts.isIdentifier(argument) && LABEL_PARAMS.has(argument.text)))
          out.push({ text: `{} (${argument?.getText() ?? "nothing"})`, where });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

const shape = (text: string) => text.replace(/\{\w*\}/g, "{}");

describe("what lib/ says to a person", () => {
  const catalogue = problemCatalogue(en.problems);
  const known = new Set([...catalogue.exact.keys()].map(shape));
  for (const area of Object.values(en.problems)) for (const text of Object.values(area)) known.add(shape(text));

  it("is a message under `problems` in messages/en.json, sentence by sentence", () => {
    const missing = sentencesOfLib()
      .filter((s) => !known.has(shape(s.text)))
      .map((s) => `${s.where} ${s.text}`);
    expect(missing).toEqual([]);
  });

  it("says each label a sentence is written around, as a message under `problems.labels`", () => {
    const labels = new Set(Object.values(en.problems.labels));
    const missing = labelsOfLib()
      .filter((l) => !labels.has(l.text))
      .map((l) => `${l.where} ${l.text}`);
    expect(missing).toEqual([]);
  });

  it("has no message that lib/ no longer says, and no sentence twice", () => {
    const said = new Set([...sentencesOfLib(true), ...labelsOfLib()].map((s) => shape(s.text)));
    const shapes = new Map<string, string>();
    const dead: string[] = [];
    const twice: string[] = [];
    for (const [area, entries] of Object.entries(en.problems))
      for (const [name, text] of Object.entries(entries as Record<string, string>)) {
        if (!said.has(shape(text))) dead.push(`problems.${area}.${name}`);
        const first = shapes.get(shape(text));
        if (first) twice.push(`problems.${area}.${name} = ${first}`);
        else shapes.set(shape(text), `problems.${area}.${name}`);
      }
    expect(dead).toEqual([]);
    expect(twice).toEqual([]);
  });

  it("is found again from the English, values and all, as its own message", () => {
    const wrong: string[] = [];
    for (const [area, entries] of Object.entries(en.problems))
      for (const [name, text] of Object.entries(entries as Record<string, string>)) {
        let n = 0;
        const filled = text.replace(/\{(\w+)\}/g, () => `⟨${++n}⟩`);
        const found = findProblem(filled);
        // Two messages may share an English sentence; either is the same message.
        const same = found && (found.key === `problems.${area}.${name}` || textOf(found.key) === text);
        if (!same) wrong.push(`problems.${area}.${name} → ${found?.key ?? "nothing"}`);
        else if (Object.values(found.values).join() !== Array.from({ length: n }, (_, i) => `⟨${i + 1}⟩`).join())
          wrong.push(`problems.${area}.${name}: values ${JSON.stringify(found.values)}`);
      }
    expect(wrong).toEqual([]);
  });
});

function textOf(key: string): string | undefined {
  const [, area, name] = key.split(".");
  return (en.problems as Record<string, Record<string, string>>)[area!]?.[name!];
}

describe("say", () => {
  const anyTemplate = Object.entries(en.problems)
    .flatMap(([area, entries]) => Object.entries(entries as Record<string, string>).map(([k, t]) => [area, k, t]))
    .find(([, , text]) => /\{\w+\}/.test(text!))!;
  const anyExact = Object.entries(en.problems)
    .flatMap(([area, entries]) => Object.entries(entries as Record<string, string>).map(([k, t]) => [area, k, t]))
    .find(([, , text]) => !/\{\w+\}/.test(text!))!;
  const local = (messages: unknown, area: string, key: string) =>
    (messages as Record<string, Record<string, Record<string, string>>>).problems![area]![key]!;

  it("gives a sentence in Korean and French, and English as it is", () => {
    const [area, key, text] = anyExact;
    expect(say("en", text!)).toBe(text);
    expect(say("ko", text!)).toBe(local(ko, area!, key!));
    expect(say("fr", text!)).toBe(local(fr, area!, key!));
    expect(say("ko", text!)).not.toBe(text);
  });

  it("fills a template's translation with the values the English was filled with", () => {
    const [area, key, text] = anyTemplate;
    const values: Record<string, string> = {};
    const filled = text!.replace(/\{(\w+)\}/g, (_, name: string) => (values[name] = `«${name}»`));
    const expected = local(fr, area!, key!).replace(/\{(\w+)\}/g, (_, name: string) => values[name]!);
    expect(say("fr", filled)).toBe(expected);
  });

  it("says a size in a sentence with the reader's units", () => {
    expect(say("fr", "The file is larger than 5 MB.")).toBe(
      fr.problems.uploads.theFileIsLargerThan.replace("{value}", "5\u202fMo"),
    );
    expect(say("ko", "The file is larger than 5 MB.")).toBe(
      ko.problems.uploads.theFileIsLargerThan.replace("{value}", "5MB"),
    );
  });

  it("says each sentence of a text made of several, and leaves what is no message as it is", () => {
    const [area, key, text] = anyExact;
    expect(say("ko", `${text} ${text}`)).toBe(`${local(ko, area!, key!)} ${local(ko, area!, key!)}`);
    expect(say("ko", "Kim Minji wrote this herself")).toBe("Kim Minji wrote this herself");
    expect(sayFieldErrors("fr", { title: [text!] })).toEqual({ title: [local(fr, area!, key!)] });
  });

  it("says the label a sentence is written around, on the server and in the browser alike", () => {
    const label = (messages: unknown, key: string) =>
      (messages as { problems: { labels: Record<string, string> } }).problems.labels[key]!;
    const common = (messages: unknown) => (messages as typeof en).problems.common;
    for (const [locale, messages] of [
      ["ko", ko],
      ["fr", fr],
    ] as const) {
      const expected = common(messages).enterThe.replace("{label}", label(messages, "sessionTitle"));
      expect(say(locale, "Enter the session title.")).toBe(expected);
      expect(sayWith(problemWords(locale, ["common", "labels"]))("Enter the session title.")).toBe(expected);
      // A value that is no label (a number) stays as it is.
      expect(say(locale, "The session title has at most 200 characters.")).toBe(
        common(messages)
          .theHasAtMostCharacters.replace("{label}", label(messages, "sessionTitle"))
          .replace("{max}", "200"),
      );
    }
    // A real schema's refusal, end to end: an empty session title in Korean names the field in Korean.
    const refusal = createSessionSchema.safeParse({ title: "" });
    const message = refusal.error!.issues.find((i) => i.path[0] === "title")!.message;
    expect(say("ko", message)).toContain(label(ko, "sessionTitle"));
    expect(say("ko", message)).not.toMatch(/session title/);
  });

  it("hands the browser an area's sentences and templates, which it says as the server would", () => {
    const handed = problemWords("ko", ["users"]);
    expect(Object.keys(handed.words).length).toBeGreaterThan(5);
    expect(handed.templates.length).toBeGreaterThan(0);
    const browser = sayWith(handed);
    for (const [english, korean] of Object.entries(handed.words)) {
      expect(korean).not.toBe(english);
      expect(browser(english)).toBe(say("ko", english));
    }
    for (const [english] of handed.templates) {
      let n = 0;
      const filled = english.replace(/\{\w+\}/g, () => `${++n * 7}`);
      expect(browser(filled)).toBe(say("ko", filled));
      expect(browser(filled)).not.toBe(filled);
    }
    expect(browser("Someone's own words")).toBe("Someone's own words");
    expect(problemWords("en", ["users"])).toEqual({ words: {}, templates: [] });
  });
});
