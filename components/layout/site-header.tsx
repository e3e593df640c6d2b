import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/auth/roles";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader({
  roles,
  userName,
  signOut,
  setLocale,
}: {
  roles: Role[];
  userName: string | null;
  signOut: (formData: FormData) => Promise<void>;
  setLocale: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations("nav");
  const has = (role: Role) => roles.includes(role);
  return (
    <header className="border-b bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-primary">
          Madang
        </Link>
        <nav aria-label={t("main")} className="flex flex-1 flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <Link href="/programmes" className="hover:underline">
            {t("programmes")}
          </Link>
          <Link href="/alumni" className="hover:underline">
            {t("network")}
          </Link>
          <Link href="/networks/gnlc" className="hover:underline">
            {t("learningCities")}
          </Link>
          {has("admin") || has("manager") ? (
            <Link href="/admin" className="hover:underline">
              {t("admin")}
            </Link>
          ) : null}
          {has("partner") ? (
            <Link href="/partner" className="hover:underline">
              {t("partner")}
            </Link>
          ) : null}
          {has("reviewer") || has("mentor") ? (
            <Link href="/review" className="hover:underline">
              {t("review")}
            </Link>
          ) : null}
          {userName ? (
            <Link href="/me" className="hover:underline">
              {t("mySpace")}
            </Link>
          ) : null}
        </nav>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <LanguageSwitcher setLocale={setLocale} />
          {userName ? (
            <>
              <span className="text-muted-foreground">{userName}</span>
              <form action={signOut}>
                <button type="submit" className="rounded-md border px-3 py-1.5 hover:bg-accent">
                  {t("signOut")}
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/sign-in" className="hover:underline">
                {t("signIn")}
              </Link>
              <Link
                href="/sign-up"
                className="rounded-md bg-primary px-3 py-1.5 text-primary-foreground hover:bg-primary/90"
              >
                {t("signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
