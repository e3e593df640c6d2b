import { getLocale, getTranslations } from "next-intl/server";
import { messagesFor } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/request";
import { fileTypeLabels } from "@/lib/uploads/type-labels";
import { translateWords, type Translate, type WordsOf } from "@/lib/i18n/words";
import type en from "@/messages/en.json";

export type ApplyKey = keyof (typeof en)["apply"];

/**
 * The "apply" messages, translated on the server for the application form's client components
 * (components/applications): the form page loads no next-intl in the browser (lib/i18n/words.ts says why). With
 * them, the kinds of file a file question accepts, by name in the same language.
 */
export type ApplyWords = WordsOf<ApplyKey> & { fileTypes: Partial<Record<string, string>> };

/** The messages of "apply" with arguments, and their names: the browser fills these (lib/i18n/words.ts `fill`). */
export const APPLY_TEMPLATES: Partial<Record<ApplyKey, readonly string[]>> = {
  page: ["page", "pages"],
  progress: ["answered", "required"],
  savedAt: ["time"],
  lastSaved: ["time"],
  saveFailed: ["message"],
  words: ["count", "max"],
  wordsNoLimit: ["count"],
  choice: ["n"],
  uploaded: ["name", "size"],
  fileHelp: ["types", "size"],
  edit: ["page"],
  submittedOn: ["date"],
  nominatedBy: ["organisation"],
  overLimit: ["max"],
};

/** The "apply" words from a translator of that namespace, in `locale`. */
export function applyWordsFrom(t: Translate, locale: string): ApplyWords {
  // Every locale has every key (lib/i18n/messages.ts fills a missing one from English).
  const keys = Object.keys(messagesFor("en").apply) as ApplyKey[];
  return {
    locale,
    words: translateWords(t, keys, APPLY_TEMPLATES),
    fileTypes: fileTypeLabels(locale as AppLocale),
  };
}

/** The reader's "apply" words, for a page (its language from next-intl's request configuration, i18n.ts). */
export async function applyWords(): Promise<ApplyWords> {
  const [t, locale] = await Promise.all([getTranslations("apply"), getLocale()]);
  return applyWordsFrom(t as unknown as Translate, locale);
}
