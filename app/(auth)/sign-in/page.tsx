import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/config";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("signIn") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; reset?: string | string[] }>;
}) {
  const params = await searchParams;
  const raw = params.callbackUrl;
  const callbackUrl = safeCallbackPath(Array.isArray(raw) ? raw[0] : raw);
  const [t, ta] = await Promise.all([getTranslations("auth"), getTranslations("account")]);
  return (
    <Said areas={["users"]}>
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
        {params.reset === "1" ? <p role="status">{ta("resetDone")}</p> : null}
        <SignInForm
          callbackUrl={callbackUrl === "/" ? "/me" : callbackUrl}
          text={{
            email: t("email"),
            password: t("password"),
            codeLabel: ta("codeLabel"),
            codeHelp: ta("codeHelp"),
            working: t("working"),
            submit: t("submitSignIn"),
          }}
        />
        <p className="text-sm">
          <Link href="/forgot-password" className="text-primary underline">
            {ta("forgotLink")}
          </Link>
        </p>
        <p className="text-sm">
          {t("noAccount")}{" "}
          <Link href="/sign-up" className="text-primary underline">
            {t("submitSignUp")}
          </Link>
        </p>
      </div>
    </Said>
  );
}
