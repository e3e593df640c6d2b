import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClaimForm } from "@/components/alumni/claim-form";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("claimYourAccount") };
}

/** Where an imported alumnus's invitation lands; the token is checked when the form is sent. */
export default async function ClaimPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  if (!token || !/^[\w-]{20,200}$/.test(token)) notFound();
  const t = await getTranslations("alumni");
  return (
    <Said areas={["alumni", "users"]}>
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-bold">{t("claimTitle")}</h1>
        <p className="text-sm text-muted-foreground">{t("claimIntro")}</p>
        <ClaimForm token={token} />
      </div>
    </Said>
  );
}
