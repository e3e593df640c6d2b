import { say } from "@/lib/i18n/problems";
import type { AppLocale } from "@/lib/i18n/request";
import { FILE_TYPES, type FileType } from "./types";

export type FileTypeLabels = Readonly<Record<FileType, string>>;

// The same few tables are asked for on every apply page and form builder: each is worked out once.
const worked = new Map<string, FileTypeLabels>();

/**
 * Each kind of file (lib/uploads/types.ts) by its name in the reader's language, worked out on the server for the
 * client components that list them (the form builder's choices, a file question's help). The names are the
 * `problems.uploads` messages the server's own sentences say them with; a name that is the same in every
 * language (PDF, CSV) has none. `capitalised` for names that stand alone, as a checkbox's label ("Image PNG",
 * where a French sentence says "une image PNG").
 */
export function fileTypeLabels(locale: AppLocale, { capitalised = false } = {}): FileTypeLabels {
  const key = `${locale}:${capitalised}`;
  let labels = worked.get(key);
  if (!labels) {
    labels = Object.fromEntries(
      Object.entries(FILE_TYPES).map(([type, { label }]) => {
        const name = say(locale, label);
        return [type, capitalised ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : name];
      }),
    ) as FileTypeLabels;
    worked.set(key, labels);
  }
  return labels;
}
