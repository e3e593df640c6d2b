import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import { LocalTime } from "./local-time";

/** A deadline in the cohort's zone (named), and in the viewer's own zone beside it. */
export async function Deadline({ closesAt, timeZone }: { closesAt: Date; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations("calls"), getLocale()]);
  return (
    <span className="inline-flex flex-wrap gap-x-2">
      <time dateTime={closesAt.toISOString()}>
        {t("cohortTime", { date: formatDateTime(closesAt, timeZone), zone: timeZone })}
      </time>
      <span className="text-muted-foreground">
        <LocalTime iso={closesAt.toISOString()} label={t("yourTime", { date: "{date}" })} locale={locale} />
      </span>
    </span>
  );
}
