import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/password-link-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("resetYourPassword") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("account");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("forgotTitle")}</h1>
      <p className="text-sm text-muted-foreground">{t("forgotIntro")}</p>
      <ForgotPasswordForm />
    </div>
  );
}
