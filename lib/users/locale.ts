import "server-only";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { isAppLocale, LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS, type AppLocale } from "@/lib/i18n/request";

/** The language saved on an account, or null if the person never chose one. */
async function accountLocale(db: Executor, userId: string): Promise<AppLocale | null> {
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId)).limit(1);
  return isAppLocale(row?.locale) ? row.locale : null;
}

export async function saveAccountLocale(db: Executor, userId: string, locale: AppLocale): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

/**
 * At sign-in the account's language becomes this browser's; an account that never chose one keeps the
 * language picked on this browser before signing in.
 */
export async function adoptAccountLocale(db: Executor, userId: string): Promise<void> {
  const jar = await cookies();
  const saved = await accountLocale(db, userId);
  if (saved) jar.set(LOCALE_COOKIE, saved, LOCALE_COOKIE_OPTIONS);
  else {
    const chosen = jar.get(LOCALE_COOKIE)?.value;
    if (isAppLocale(chosen)) await saveAccountLocale(db, userId, chosen);
  }
}
