import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { collectPersonalData } from "@/lib/privacy/export";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("myDataReadable") };
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value, null, 1);
  return String(value);
}

const heading = (key: string) => key.replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase());

/** The same data as the JSON download, one section per kind of record, for reading or printing. */
export default async function ReadableDataPage() {
  const actor = await requirePagePermission("privacy.ownData", "/me/data/readable");
  const data = await collectPersonalData(getDb(), actor.userId);
  const t = await getTranslations("myData");
  const section = (key: string) => (t.has(`sections.${key}`) ? t(`sections.${key}`) : heading(key));
  return (
    <div className="space-y-6">
      <p className="text-sm print:hidden">
        <Link href="/me/data" className="text-primary underline">
          {t("title")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("readableTitle")}</h1>
      <p className="text-sm text-muted-foreground">{t("madeAt", { date: data.generatedAt })}</p>
      {Object.entries(data.sections).map(([key, rows]) => (
        <section key={key} aria-labelledby={`section-${key}`} className="space-y-2">
          <h2 id={`section-${key}`} className="text-lg font-semibold">
            {section(key)} ({rows.length})
          </h2>
          {rows.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("nothing")}</p>
          ) : (
            rows.map((row, i) => (
              <dl key={i} className="grid gap-x-4 rounded-md border p-3 text-sm sm:grid-cols-[12rem_1fr]">
                {Object.entries(row).map(([field, value]) => (
                  <div key={field} className="contents">
                    <dt className="font-medium">{heading(field)}</dt>
                    <dd className="break-words whitespace-pre-wrap">{show(value)}</dd>
                  </div>
                ))}
              </dl>
            ))
          )}
        </section>
      ))}
    </div>
  );
}
