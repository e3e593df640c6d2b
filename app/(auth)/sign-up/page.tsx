import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("createAccount") };
}

export default async function SignUpPage() {
  const t = await getTranslations("auth");
  return (
    <Said areas={["users"]}>
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
        <SignUpForm
          text={{
            name: t("name"),
            email: t("email"),
            password: t("password"),
            passwordHelp: t("passwordHelp"),
            working: t("working"),
            submit: t("submitSignUp"),
          }}
        />
        <p className="text-sm">
          {t("haveAccount")}{" "}
          <Link href="/sign-in" className="text-primary underline">
            {t("submitSignIn")}
          </Link>
        </p>
      </div>
    </Said>
  );
}
