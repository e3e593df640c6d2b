import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { UntranslatedMarker } from "@/components/i18n/untranslated-marker";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";
import { localText, type Translations } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/request";

export type OpenCallItem = {
  id: string;
  title: string;
  closesAt: Date;
  timeZone: string;
  nominationOnly: boolean;
  programmeTitle: string;
  cohortTitle: string;
  /** The call's, its edition's and its programme's texts in other languages (lib/i18n/content.ts). */
  translations: Translations;
  cohortTranslations: Translations;
  programmeTranslations: Translations;
  mainLanguage: AppLocale;
};

/** The open calls, for the home page and a programme's page. */
export async function OpenCallsList({
  calls,
  headingLevel = 2,
  showProgramme = true,
}: {
  calls: OpenCallItem[];
  headingLevel?: 2 | 3;
  showProgramme?: boolean;
}) {
  const [t, reader] = await Promise.all([getTranslations("calls"), getLocale() as Promise<AppLocale>]);
  // Each title in the reader's language where written, else the programme's main language.
  const local = (text: string, translations: Translations, call: OpenCallItem) =>
    localText(text, translations, "title", call.mainLanguage, reader);
  const shown = calls.map((call) => ({
    ...call,
    text: {
      title: local(call.title, call.translations, call),
      programme: local(call.programmeTitle, call.programmeTranslations, call),
      cohort: local(call.cohortTitle, call.cohortTranslations, call),
    },
  }));
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="open-calls-heading" className="space-y-3">
      <Heading id="open-calls-heading" className="text-xl font-semibold">
        {t("openCalls")}
      </Heading>
      {calls.length === 0 ? (
        <p>{t("noOpenCalls")}</p>
      ) : (
        <ul className="space-y-3">
          {shown.map((call) => (
            <li key={call.id} className="rounded-lg border bg-card p-4">
              <Link href={`/calls/${call.id}`} className="font-semibold text-primary hover:underline">
                <span lang={call.text.title.lang}>{call.text.title.text}</span>
              </Link>
              <UntranslatedMarker text={call.text.title} />
              <p className="text-sm text-muted-foreground">
                {showProgramme ? `${call.text.programme.text} · ` : ""}
                {call.text.cohort.text} ·{" "}
                {t("closes", { date: `${formatDateTime(call.closesAt, call.timeZone)} (${call.timeZone})` })}
              </p>
              {call.nominationOnly ? <Badge variant="outline">{t("badgeNominations")}</Badge> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
