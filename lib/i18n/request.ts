import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";

export const LOCALES = ["en", "ko", "fr"] as const;
export type AppLocale = (typeof LOCALES)[number];

// No locale in the URL (STACK.md): the locale comes from a cookie the user sets, English by default.
// Korean and French fall back to English for any string not yet translated.
export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get("locale")?.value;
  const locale: AppLocale = LOCALES.includes(fromCookie as AppLocale) ? (fromCookie as AppLocale) : "en";
  const english = (await import("../../messages/en.json")).default;
  const local = locale === "en" ? english : (await import(`../../messages/${locale}.json`)).default;
  return { locale, messages: deepMerge(english, local) };
});

type Messages = { [key: string]: string | Messages };
function deepMerge(base: Messages, over: Messages): Messages {
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = typeof value === "object" && typeof current === "object" ? deepMerge(current, value) : value;
  }
  return out;
}
