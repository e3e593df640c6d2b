import { messagesFor, renderMessage } from "@/lib/i18n/messages";
import { say } from "@/lib/i18n/problems";
import { LOCALES, type AppLocale } from "@/lib/i18n/request";

/**
 * The words of Madang's spreadsheets: column titles (`spreadsheet.columns.*`) and sheet names (`spreadsheet.sheets.*`)
 * in the reader's language, and the way back: a header written in any of the three languages (or in a spelling
 * people use) is the same column, so a template downloaded in Korean or French reads as the English one does.
 */
export type ColumnKey = keyof ReturnType<typeof messagesFor>["spreadsheet"]["columns"];
export type SheetKey = keyof ReturnType<typeof messagesFor>["spreadsheet"]["sheets"];
type NoteKey = keyof ReturnType<typeof messagesFor>["spreadsheet"]["notes"];

export function columnTitle(locale: AppLocale, key: ColumnKey, values: Record<string, string | number> = {}): string {
  return renderMessage(locale, `spreadsheet.columns.${key}`, values);
}

export function sheetTitle(locale: AppLocale, key: SheetKey): string {
  return renderMessage(locale, `spreadsheet.sheets.${key}`);
}

/** A header as compared: case, accents, spaces and punctuation do not matter; Hangul stays whole (NFKD, then NFC). */
export function foldHeader(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** A column's title in every language, folded: what a header must be, at least, to be that column. */
function columnSpellings(key: ColumnKey): string[] {
  return LOCALES.map((locale) => foldHeader(messagesFor(locale).spreadsheet.columns[key]));
}

/**
 * Which of `columns` a header is: its title in en, ko or fr, or one of its `aliases` (spellings people use,
 * compared folded); null when none.
 */
export function columnOf<K extends ColumnKey | string>(
  header: string,
  columns: readonly { key: K; title: ColumnKey; aliases?: readonly string[] }[],
): K | null {
  const folded = foldHeader(header);
  if (!folded) return null;
  const found = columns.find(
    (c) => columnSpellings(c.title).includes(folded) || (c.aliases ?? []).some((a) => foldHeader(a) === folded),
  );
  return found?.key ?? null;
}

/**
 * The notes sheet of a template: a header row ("Column", "What it takes"), then each column's title and what it
 * takes: a help sentence, said in the reader's language (lib/i18n/problems.ts), or a one-word note
 * (`spreadsheet.notes.*`: "Required.", "Optional.").
 */
export function notesRows(
  locale: AppLocale,
  lines: readonly (readonly [title: string, help: string | { note: NoteKey }])[],
): string[][] {
  return [
    [columnTitle(locale, "column"), say(locale, "What it takes")],
    ...lines.map(([title, help]) => [
      title,
      typeof help === "string" ? say(locale, help) : renderMessage(locale, `spreadsheet.notes.${help.note}`),
    ]),
  ];
}
