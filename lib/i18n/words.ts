/**
 * Words for a client component that loads no next-intl in the browser: translated on the server, and a message
 * with arguments translated with each argument standing for itself (`{time}`), for the browser to `fill`. A page
 * whose client components take their words this way is lighter by next-intl's runtime (≈ 7 kB, the public
 * programme page's timetable; the apply form), which on a phone is blocking time (e2e/bench/RESULTS.md, bench:reach).
 * Only for messages whose arguments are plain `{name}`s: plural and select forms need next-intl itself.
 */

/** A translator of one namespace, as next-intl's `getTranslations` gives it. */
export type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * `t(key)` for each plain key and, for each key of `templates`, `t(key, { name: "{name}", … })` with the argument
 * names listed: a record of the namespace's words in the reader's language.
 */
export function translateWords<K extends string>(
  t: Translate,
  keys: readonly K[],
  templates: Partial<Record<K, readonly string[]>>,
): Record<K, string> {
  const words = {} as Record<K, string>;
  for (const key of keys) {
    const names = templates[key];
    words[key] = names ? t(key, Object.fromEntries(names.map((name) => [name, `{${name}}`]))) : t(key);
  }
  return words;
}

/**
 * A template's `{name}`s filled with the values given, a number as its digits (as next-intl writes a plain `{n}`;
 * lib/i18n/words.test.ts holds the two equal). A name without a value stays as it is, so a missing one shows.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** Words as a record, with their language: what a server page hands a client component. */
export type WordsOf<K extends string> = { locale: string; words: Record<K, string> };

/** A `t` over words translated on the server: `t(key)`, or `t(key, values)` for a template. */
export function wordsTranslator<K extends string>(text: WordsOf<K>) {
  return (key: K, values?: Record<string, string | number>): string =>
    values ? fill(text.words[key], values) : text.words[key];
}
