import { getLocale } from "next-intl/server";
import { problemWords } from "@/lib/i18n/problems";
import type { AppLocale } from "@/lib/i18n/request";
import { SaidWords } from "./said-words";

/**
 * For a form that checks its fields in the browser with the schema the server parses: the plain sentences of the
 * `problems` areas that schema says (lib/i18n/problems.ts), and the labels its sentences are written around, in the
 * reader's language, for `FormField` to show.
 * Only those areas travel in the page; an English reader gets none.
 */
export async function Said({ areas, children }: { areas: readonly string[]; children: React.ReactNode }) {
  const words = problemWords((await getLocale()) as AppLocale, ["common", "labels", ...areas]);
  return <SaidWords words={words}>{children}</SaidWords>;
}
