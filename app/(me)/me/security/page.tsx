import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm, ResendVerificationButton } from "@/components/auth/security-forms";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { getSessionId } from "@/lib/auth";
import { mustEnrolTwoFactor } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { getSecurityOverview } from "@/lib/users/queries";
import { resendVerificationAction, signOutEverywhereAction } from "./actions";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("signInAndSecurity") };
}

/** A short, readable name for a browser's user-agent string. */
function deviceOf(userAgent: string | null): string {
  if (!userAgent) return "Unknown";
  const browser = /Firefox\//.test(userAgent)
    ? "Firefox"
    : /Edg\//.test(userAgent)
      ? "Edge"
      : /Chrom(e|ium)\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : "Browser";
  const system = /Windows/.test(userAgent)
    ? "Windows"
    : /Android/.test(userAgent)
      ? "Android"
      : /iPhone|iPad/.test(userAgent)
        ? "iOS"
        : /Mac OS X/.test(userAgent)
          ? "macOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : "";
  return system ? `${browser} on ${system}` : browser;
}

export default async function SecurityPage() {
  const actor = await requirePagePermission("account.updateProfile", "/me/security");
  const db = getDb();
  const [t, overview, currentSessionId, mustEnrol] = await Promise.all([
    getTranslations("account"),
    getSecurityOverview(db, actor.userId),
    getSessionId(),
    mustEnrolTwoFactor(db, actor.userId),
  ]);
  return (
    <Said areas={["users"]}>
      <div className="space-y-10">
        <h1 className="text-2xl font-bold">{t("securityTitle")}</h1>

        <section aria-labelledby="sec-email" className="space-y-3">
          <h2 id="sec-email" className="text-xl font-semibold">
            {t("emailSection")}
          </h2>
          {overview.emailVerified ? (
            <p>{t("emailVerified", { email: overview.email })}</p>
          ) : (
            <>
              <p>{t("emailUnverified", { email: overview.email })}</p>
              <ResendVerificationButton resend={resendVerificationAction} />
            </>
          )}
        </section>

        <section aria-labelledby="sec-password" className="space-y-3">
          <h2 id="sec-password" className="text-xl font-semibold">
            {t("passwordSection")}
          </h2>
          <ChangePasswordForm />
        </section>

        <section aria-labelledby="sec-2fa" className="space-y-3">
          <h2 id="sec-2fa" className="text-xl font-semibold">
            {t("twoFactorSection")}
          </h2>
          <p>{overview.twoFactor ? t("twoFactorOn") : t("twoFactorOff")}</p>
          {mustEnrol ? <p role="alert">{t("twoFactorRequired")}</p> : null}
          <Link href="/me/security/two-factor" className="text-primary underline">
            {t("twoFactorManage")}
          </Link>
        </section>

        <section aria-labelledby="sec-sessions" className="space-y-3">
          <h2 id="sec-sessions" className="text-xl font-semibold">
            {t("sessionsSection")}
          </h2>
          {overview.sessions.length === 0 ? (
            <p>{t("sessionsEmpty")}</p>
          ) : (
            <div className="overflow-x-auto" tabIndex={0}>
              <table className="w-full text-left text-sm">
                <thead>
                  <tr>
                    <th scope="col">{t("sessionStarted")}</th>
                    <th scope="col">{t("sessionLastSeen")}</th>
                    <th scope="col">{t("sessionDevice")}</th>
                    <th scope="col">{t("sessionAddress")}</th>
                    <th scope="col">{t("sessionState")}</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.sessions.map((s) => (
                    <tr key={s.id} className="border-t">
                      <td>{formatDateTime(s.createdAt, "UTC")}</td>
                      <td>{formatDateTime(s.lastSeenAt, "UTC")}</td>
                      <td>{deviceOf(s.userAgent)}</td>
                      <td>{s.ip ?? "—"}</td>
                      <td>
                        {s.id === currentSessionId
                          ? t("sessionThis")
                          : s.endedAt
                            ? t("sessionEnded")
                            : t("sessionActive")}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <form action={signOutEverywhereAction} className="space-y-2">
            <p className="text-sm text-muted-foreground">{t("signOutEverywhereHelp")}</p>
            <Button type="submit" variant="outline">
              {t("signOutEverywhere")}
            </Button>
          </form>
        </section>
      </div>
    </Said>
  );
}
