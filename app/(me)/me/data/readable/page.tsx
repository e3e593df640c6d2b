import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/request";
import { collectPersonalData, personalDataFields } from "@/lib/privacy/export";
import { fieldLabelKey, sectionLabelKey, showValue, type Reader, type Shown } from "@/lib/privacy/readable";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("myDataReadable") };
}

/**
 * A value as lib/privacy/readable says: words as they are; data (identifiers, codes, JSON) marked not to be
 * translated; what people wrote marked as theirs, in the language they wrote it in.
 */
function Value({ shown }: { shown: Shown }) {
  if (shown.as === "json")
    return (
      <pre translate="no" className="font-mono text-xs whitespace-pre-wrap wrap-anywhere">
        {shown.text}
      </pre>
    );
  if (shown.as === "data")
    return (
      <span translate="no" className="font-mono text-xs wrap-anywhere">
        {shown.text}
      </span>
    );
  if (shown.as === "content") return <span data-user-content="">{shown.text}</span>;
  return <>{shown.text}</>;
}

/** The same data as the JSON download, one section per kind of record, for reading or printing. */
export default async function ReadableDataPage() {
  const actor = await requirePagePermission("privacy.ownData", "/me/data/readable");
  const [data, t, locale] = await Promise.all([
    collectPersonalData(getDb(), actor.userId),
    getTranslations(),
    getLocale(),
  ]);
  const fields = personalDataFields();
  const reader: Reader = { locale: locale as AppLocale, t: (key) => t(key) };
  return (
    <div className="space-y-6">
      <p className="text-sm print:hidden">
        <Link href="/me/data" className="text-primary underline">
          {t("myData.title")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("myData.readableTitle")}</h1>
      <p className="text-sm text-muted-foreground">
        {t("myData.madeAt", { date: formatDateTime(new Date(data.generatedAt), "UTC", reader.locale) })}
      </p>
      {Object.entries(data.sections).map(([section, rows]) => (
        <section key={section} aria-labelledby={`section-${section}`} className="space-y-2">
          <h2 id={`section-${section}`} className="text-lg font-semibold">
            {t(sectionLabelKey(section))} ({rows.length})
          </h2>
          {rows.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("myData.nothing")}</p>
          ) : (
            rows.map((row, i) => (
              <dl key={i} className="grid gap-x-4 rounded-md border p-3 text-sm sm:grid-cols-[12rem_1fr]">
                {Object.entries(row).map(([field, value]) => {
                  const shown = showValue(fields[section]?.[field], value, reader);
                  return (
                    <div key={field} className="contents">
                      <dt className="font-medium">{t(fieldLabelKey(section, field))}</dt>
                      <dd className="min-w-0 break-words whitespace-pre-wrap">
                        <Value shown={shown} />
                      </dd>
                    </div>
                  );
                })}
              </dl>
            ))
          )}
        </section>
      ))}
    </div>
  );
}
