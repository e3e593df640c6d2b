import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DisableTwoFactorForm, TwoFactorEnrolment } from "@/components/auth/security-forms";
import { getDb } from "@/db/client";
import { twoFactorRequiredFor } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { getSecurityOverview } from "@/lib/users/queries";
import { beginTwoFactorAction, confirmTwoFactorAction, disableTwoFactorAction } from "../actions";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("twoFactorSignIn") };
}

export default async function TwoFactorPage() {
  const actor = await requirePagePermission("account.updateProfile", "/me/security/two-factor");
  const db = getDb();
  const [t, overview, required] = await Promise.all([
    getTranslations("account"),
    getSecurityOverview(db, actor.userId),
    twoFactorRequiredFor(db, actor.userId),
  ]);
  return (
    <Said areas={["users"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{t("twoFactorTitle")}</h1>
        {overview.twoFactor ? (
          <>
            <p>{t("twoFactorOn")}</p>
            {required ? null : <DisableTwoFactorForm disable={disableTwoFactorAction} />}
          </>
        ) : (
          <>
            <p>{t("twoFactorOff")}</p>
            {required ? <p role="alert">{t("twoFactorRequired")}</p> : null}
            <p>{t("twoFactorIntro")}</p>
            <TwoFactorEnrolment begin={beginTwoFactorAction} confirm={confirmTwoFactorAction} />
          </>
        )}
      </div>
    </Said>
  );
}
