import { readFileSync } from "node:fs";
import type { MessageTree } from "../../lib/i18n/flatten";

// Read, not imported: Playwright's loader wants an import attribute for JSON that the app's tsconfig does not.
const read = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as MessageTree;
const trees = new Map<string, MessageTree>();

/** A language's messages as messages/<locale>.json holds them, read once per run (the journeys' one reader). */
export function messagesOf<T = MessageTree>(locale: string): T {
  if (!trees.has(locale)) trees.set(locale, read(locale));
  return trees.get(locale)! as T;
}
