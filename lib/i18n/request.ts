// Which language a request is answered in. No locale in the URL (so URLs stay stable and proxy.ts serves auth alone): the signed-in person's saved
// language wins, then the language chosen on this browser (a cookie), then the browser's Accept-Language,
// then English. The next-intl glue that gathers these for each request is i18n.ts at the project root.

export const LOCALES = ["en", "ko", "fr"] as const;
export type AppLocale = (typeof LOCALES)[number];
const DEFAULT_LOCALE: AppLocale = "en";

/** The cookie that remembers the language chosen before (or without) signing in. */
export const LOCALE_COOKIE = "locale";
export const LOCALE_COOKIE_OPTIONS = { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" } as const;

/** Each language named in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<AppLocale, string> = { en: "English", ko: "한국어", fr: "Français" };

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of our languages in an Accept-Language header, by quality then order ("ko-KR,ko;q=0.9,en;q=0.8"
 * gives "ko"); a region or script suffix is ignored, and q=0 means "not this one".
 */
export function fromAcceptLanguage(header: string | null | undefined): AppLocale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [range = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return {
        language: range.trim().toLowerCase().split("-")[0],
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      };
    })
    .filter((r) => r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((r) => r.language).find(isAppLocale) ?? null;
}

export function pickLocale(sources: {
  account?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): AppLocale {
  if (isAppLocale(sources.account)) return sources.account;
  if (isAppLocale(sources.cookie)) return sources.cookie;
  return fromAcceptLanguage(sources.acceptLanguage) ?? DEFAULT_LOCALE;
}
