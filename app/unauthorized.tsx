import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Unauthorized() {
  const t = await getTranslations("errors");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("unauthorizedTitle")}</h1>
      <Link href="/sign-in" className="text-primary underline">
        {t("home")}
      </Link>
    </div>
  );
}
