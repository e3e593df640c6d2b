import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/password-link-forms";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("resetYourPassword") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("account");
  return (
    <Said areas={["users"]}>
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-bold">{t("forgotTitle")}</h1>
        <p className="text-sm text-muted-foreground">{t("forgotIntro")}</p>
        <ForgotPasswordForm />
      </div>
    </Said>
  );
}
