import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { currentLocale } from "@/lib/format";
import { verifyCertificate } from "@/lib/graduation/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verify"))("formTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ code: string }> };

/** Public: says whether a certificate code is valid, and shows only the name, the programme and the date. */
export default async function VerifyPage({ params }: Props) {
  await connection();
  const { code } = await params;
  const decoded = decodeURIComponent(code).slice(0, 40);
  const [certificate, t] = await Promise.all([verifyCertificate(getDb(), decoded), getTranslations("verify")]);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="font-mono text-sm">{decoded}</p>
      {certificate ? (
        <section aria-labelledby="valid" className="space-y-2 rounded-lg border-2 border-green-700 p-4">
          <h2 id="valid" className="text-xl font-semibold text-green-800">
            {t("valid")}
          </h2>
          <dl className="grid gap-1">
            <dt className="text-sm text-muted-foreground">{t("name")}</dt>
            <dd className="font-medium">{certificate.name}</dd>
            <dt className="text-sm text-muted-foreground">{t("programme")}</dt>
            <dd className="font-medium">
              {certificate.programmeTitle} — {certificate.cohortTitle}
            </dd>
            <dt className="text-sm text-muted-foreground">{t("completedOn")}</dt>
            <dd className="font-medium">
              {certificate.completedAt
                ? new Intl.DateTimeFormat(currentLocale(), {
                    day: "numeric",
                    month: "long",
                    year: "numeric",
                    timeZone: certificate.timeZone,
                  }).format(certificate.completedAt)
                : "—"}
            </dd>
          </dl>
        </section>
      ) : (
        <section aria-labelledby="invalid" className="space-y-2 rounded-lg border-2 border-destructive p-4">
          <h2 id="invalid" className="text-xl font-semibold text-destructive">
            {t("invalid")}
          </h2>
          <p>{t("invalidHelp")}</p>
        </section>
      )}
    </div>
  );
}
