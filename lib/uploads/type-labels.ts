import { say } from "@/lib/i18n/problems";
import type { AppLocale } from "@/lib/i18n/request";
import { FILE_TYPES, type FileType } from "./types";

/**
 * Each kind of file (lib/uploads/types.ts) by its name in the reader's language, worked out on the server for the
 * client components that list them (the form builder's choices, a file question's help). The names are the
 * `problems.uploads` messages the server's own sentences say them with; a name that is the same in every
 * language (PDF, CSV) has none.
 */
export function fileTypeLabels(locale: AppLocale): Record<FileType, string> {
  return Object.fromEntries(
    Object.entries(FILE_TYPES).map(([type, { label }]) => [type, say(locale, label)]),
  ) as Record<FileType, string>;
}
