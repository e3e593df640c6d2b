import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { cn } from "./utils";

const ROOT = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".tsx"))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** The string literals in a piece of code (quotes and backquotes without `${}`). */
function literals(code: string): string[] {
  return [...code.matchAll(/"([^"\n]*)"|`([^`$]*)`/g)].map((m) => m[1] ?? m[2] ?? "");
}

/** From `<Name` to its closing `>`, skipping `>` inside `{…}` (arrow functions, comparisons). */
function openingTag(code: string, from: number): string {
  let depth = 0;
  for (let i = from; i < code.length; i++) {
    if (code[i] === "{") depth++;
    else if (code[i] === "}") depth--;
    else if (code[i] === ">" && depth === 0) return code.slice(from, i);
  }
  return code.slice(from);
}

/** What each use of a ui primitive passes as className, literal by literal, with where it is. */
function overridesOf(primitive: string): { where: string; classes: string }[] {
  const found: { where: string; classes: string }[] = [];
  for (const file of [...sourceFiles("app"), ...sourceFiles("components")]) {
    const code = readFileSync(path.join(ROOT, file), "utf8");
    const imports = [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*"@\/components\/ui\/([\w-]+)"/g)];
    const names = imports
      .filter((m) => m[2] === primitive)
      .flatMap((m) =>
        m[1]!.split(",").map((n) =>
          n
            .trim()
            .split(/\s+as\s+/)
            .pop()!,
        ),
      )
      .filter(Boolean);
    for (const name of names) {
      for (const use of code.matchAll(new RegExp(`<${name}\\b`, "g"))) {
        const tag = openingTag(code, use.index);
        const attribute = /\bclassName=(?:"([^"]*)"|\{)/.exec(tag);
        if (!attribute) continue;
        const value = attribute[1] ?? openingTag(tag, attribute.index).slice(attribute[0].length);
        for (const classes of attribute[1] !== undefined ? [value] : literals(value))
          found.push({ where: `${file}:${code.slice(0, use.index).split("\n").length} <${name}>`, classes });
      }
    }
  }
  return found;
}

/** Every `cn(…)` in a file, as its string literals (up to the call's closing parenthesis). */
function cnCalls(file: string): { where: string; parts: string[] }[] {
  const code = readFileSync(path.join(ROOT, file), "utf8");
  return [...code.matchAll(/\bcn\(/g)].map((call) => {
    let depth = 0;
    let end = call.index;
    for (let i = call.index + 2; i < code.length; i++) {
      if (code[i] === "(") depth++;
      else if (code[i] === ")" && --depth === 0) {
        end = i;
        break;
      }
    }
    return {
      where: `${file}:${code.slice(0, call.index).split("\n").length}`,
      parts: literals(code.slice(call.index, end)),
    };
  });
}

/** The same classes, in any order (the order in `class` changes nothing; the stylesheet's order decides). */
function sameClasses(a: string, b: string): boolean {
  const left = new Set(a.split(" "));
  const right = new Set(b.split(" "));
  return left.size === right.size && [...left].every((c) => right.has(c));
}

/** A string that reads as a list of classes. */
const CLASSES = /^[\w[\]&:.\-/=()%!]+( [\w[\]&:.\-/=()%!]+)*$/;

describe("cn merges what the app overrides as tailwind-merge would", () => {
  it("joins, skipping what is false, and lets a later class of a known group win", () => {
    expect(cn("a b", false, undefined, "c", { d: true, e: false })).toBe("a b c d");
    expect(cn("h-10 px-4 py-2 text-left text-sm", "h-auto p-0 text-destructive")).toBe(
      "text-left text-sm h-auto p-0 text-destructive",
    );
    expect(cn("w-full md:text-sm", "w-28 md:text-xs")).toBe("w-28 md:text-xs");
  });

  // A className given to a ui primitive overrides the primitive's own classes: every such pair in app/ and
  // components/ must come out of cn as it comes out of the full tailwind-merge (lib/utils.ts says why cn knows
  // only some groups).
  it.each(readdirSync(path.join(ROOT, "components/ui")).map((f) => f.replace(/\.tsx$/, "")))(
    "every className given to components/ui/%s merges as tailwind-merge merges it",
    (primitive) => {
      const own = literals(readFileSync(path.join(ROOT, "components/ui", `${primitive}.tsx`), "utf8")).filter((s) =>
        CLASSES.test(s),
      );
      const differ: string[] = [];
      for (const { where, classes } of overridesOf(primitive))
        for (const base of own)
          if (!sameClasses(cn(base, classes), twMerge(base, classes)))
            differ.push(`${where}: "${base}" + "${classes}" → "${cn(base, classes)}", not "${twMerge(base, classes)}"`);
      expect(differ).toEqual([]);
    },
  );

  it("every cn(…) in app/ and components/ merges as tailwind-merge merges it", () => {
    const calls = [...sourceFiles("app"), ...sourceFiles("components")].flatMap(cnCalls);
    expect(calls.length).toBeGreaterThan(10);
    // Each later literal against the first: the base and what a condition adds (two arms of a ternary never meet).
    const differ = calls.flatMap(({ where, parts }) => {
      const [base = "", ...added] = parts.filter((p) => CLASSES.test(p));
      return added
        .filter((more) => !sameClasses(cn(base, more), twMerge(base, more)))
        .map((more) => `${where}: "${base}" + "${more}" → "${cn(base, more)}", not "${twMerge(base, more)}"`);
    });
    expect(differ).toEqual([]);
  });
});
