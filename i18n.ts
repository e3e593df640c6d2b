import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getDb } from "@/db/client";
import { auth } from "@/lib/auth";
import { setPageLocale } from "@/lib/format";
import { messagesFor } from "@/lib/i18n/messages";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/request";
import { accountLocaleOnce } from "@/lib/users/locale";

// next-intl's per-request configuration (next.config.ts points here). It lives at the root, not in lib/i18n,
// because it reads the session (lib/auth) and the account (lib/users), which sit above lib/i18n.
export default getRequestConfig(async () => {
  const [session, jar, head] = await Promise.all([auth(), cookies(), headers()]);
  const userId = session?.user?.id;
  const locale = pickLocale({
    account: userId ? await accountLocaleOnce(getDb(), userId) : null,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: head.get("accept-language"),
  });
  setPageLocale(locale);
  return { locale, messages: messagesFor(locale) };
});
