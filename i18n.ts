import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getAccountLocale } from "@/lib/auth";
import { setPageLocale } from "@/lib/format";
import { messagesFor } from "@/lib/i18n/messages";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/request";

// The zone next-intl falls back on where a format names none: the server's, as next-intl itself would take, but
// worked out once. Left unset, next-intl made a new Intl.DateTimeFormat on every request to ask for it (≈ 0.4 ms
// of each page's server time; lib/format.ts keeps its own formatters for the same reason).
const SERVER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

// next-intl's per-request configuration (next.config.ts points here). It lives at the root, not in lib/i18n,
// because it reads the session and the account's language (lib/auth), which sit above lib/i18n.
export default getRequestConfig(async () => {
  // The account's language comes with the request's one session statement (lib/auth), not a query of its own.
  const [account, jar, head] = await Promise.all([getAccountLocale(), cookies(), headers()]);
  const locale = pickLocale({
    account,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: head.get("accept-language"),
  });
  setPageLocale(locale);
  return { locale, messages: messagesFor(locale), timeZone: SERVER_TIME_ZONE };
});
