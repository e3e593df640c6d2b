import { getLocale } from "next-intl/server";
import { isAppLocale, type AppLocale } from "./request";

/**
 * The language of the person a server action or route handler answers (next-intl's, from their account, cookie
 * or browser: i18n.ts). Outside a request (a test, a script) there is none to ask: English.
 */
export async function readerLocale(): Promise<AppLocale> {
  try {
    const locale = await getLocale();
    return isAppLocale(locale) ? locale : "en";
  } catch (error) {
    // Next's own signals (a dynamic-rendering bailout, a redirect) carry a digest and must go on.
    if (typeof error === "object" && error !== null && "digest" in error) throw error;
    return "en";
  }
}
