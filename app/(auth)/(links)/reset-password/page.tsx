import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/password-link-forms";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("chooseANewPassword") };
}

/** Where a reset link lands; the token is checked (and used) when the form is sent. */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  if (!token || !/^[\w-]{20,200}$/.test(token)) notFound();
  const t = await getTranslations("account");
  return (
    <Said areas={["users"]}>
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-bold">{t("resetTitle")}</h1>
        <ResetPasswordForm token={token} />
      </div>
    </Said>
  );
}
