// The browser's half of lib/i18n/problems.ts, without the messages: a page hands a form the sentences its checks
// may say (components/i18n/said.tsx), and the form says them with these. Pure, so it costs the page a few lines.

const PLACEHOLDER = /\{(\w+)\}/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** What a page hands the browser: plain sentences, and templates, English → the reader's language. */
export type SaidWordsOf = { words: Record<string, string>; templates: [english: string, local: string][] };

/** A template's value names, the pattern that finds them in a filled sentence, and its length without them. */
export function templatePattern(english: string) {
  return {
    names: [...english.matchAll(PLACEHOLDER)].map((m) => m[1]!),
    pattern: new RegExp(
      `^${english
        .split(/\{\w+\}/)
        .map(escape)
        .join("([\\s\\S]+?)")}$`,
    ),
    literal: english.replace(PLACEHOLDER, "").length,
  };
}

/**
 * A sentence said with the words a page handed over: its translation if it is one of them, else the first
 * template (longest literal text first) it fills, filled with the same values, each said as a word where it is
 * one ("Enter the {label}.", label "title"); else the sentence as it is.
 */
export function sayWith(said: SaidWordsOf): (text: string) => string {
  const templates = said.templates
    .map(([english, local]) => ({ ...templatePattern(english), local }))
    .sort((a, b) => b.literal - a.literal);
  return (text) => {
    const exact = said.words[text];
    if (exact !== undefined) return exact;
    for (const template of templates) {
      const match = template.pattern.exec(text);
      if (!match) continue;
      return template.local.replace(PLACEHOLDER, (whole, name: string) => {
        const at = template.names.indexOf(name);
        if (at < 0) return whole;
        const value = match[at + 1]!;
        return said.words[value] ?? value;
      });
    }
    return text;
  };
}
