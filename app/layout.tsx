import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ErrorTextProvider } from "@/components/layout/error-notice";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getActor } from "@/lib/auth";
import { rolesOf } from "@/lib/auth/permissions";
import { setLocaleAction, signOutAction } from "./actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Madang", template: "%s · Madang" },
  description: "International training programmes: calls, balanced selection, timetables, proposals and alumni.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, te, actor] = await Promise.all([
    getLocale(),
    getTranslations("app"),
    getTranslations("errors"),
    getActor(),
  ]);
  return (
    <html lang={locale}>
      <body className="min-h-screen antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2"
        >
          {t("skip")}
        </a>
        {/* No message provider here: each area's layout gives its own client components their messages
            (components/i18n/client-messages.tsx), so pages without any load no next-intl in the browser. */}
        <ErrorTextProvider text={{ title: te("errorTitle"), body: te("errorBody"), retry: te("retry") }}>
          <SiteHeader
            roles={rolesOf(actor)}
            userName={actor?.name ?? null}
            signOut={signOutAction}
            setLocale={setLocaleAction}
          />
          <main id="main" className="mx-auto max-w-6xl px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </ErrorTextProvider>
      </body>
    </html>
  );
}
