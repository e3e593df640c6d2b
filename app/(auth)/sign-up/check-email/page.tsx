import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("checkYourEmail") };
}

/** Where every sign-up lands, new address or known: the page says the same either way. */
export default async function CheckEmailPage() {
  const [t, ta] = await Promise.all([getTranslations("account"), getTranslations("auth")]);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("checkEmailTitle")}</h1>
      <p>{t("checkEmailBody")}</p>
      <p>{t("checkEmailNext")}</p>
      <Link href="/sign-in?callbackUrl=%2Fme" className="text-primary underline">
        {ta("submitSignIn")}
      </Link>
    </div>
  );
}
