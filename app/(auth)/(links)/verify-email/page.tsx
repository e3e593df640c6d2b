import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { VerifyEmailForm } from "@/components/auth/password-link-forms";
import { auth } from "@/lib/auth";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("confirmYourEmailAddress") };
}

export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  if (!token || !/^[\w-]{20,200}$/.test(token)) notFound();
  const [t, session] = await Promise.all([getTranslations("account"), auth()]);
  return (
    <Said areas={["users"]}>
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-bold">{t("verifyTitle")}</h1>
        <p>{t("verifyIntro")}</p>
        <VerifyEmailForm token={token} signedIn={Boolean(session?.user)} />
      </div>
    </Said>
  );
}
