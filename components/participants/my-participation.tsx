import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import { localText, type Translations } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/request";

/** An edition and its programme as read with their translations (lib/participants/queries.ts). */
type Titled = {
  cohortTitle: string;
  programmeTitle: string;
  cohortTranslations: Translations;
  programmeTranslations: Translations;
  mainLanguage: AppLocale;
};
type Offer = Titled & { enrolmentId: string; offerExpiresAt: Date | null; timeZone: string };
type Space = Titled & { cohortId: string; status: string };

/** The participant's part of /me: offers to answer and the cohort spaces they can enter, titled in their language. */
export async function MyParticipation({ offers: read, spaces: entered }: { offers: Offer[]; spaces: Space[] }) {
  if (read.length === 0 && entered.length === 0) return null;
  const [t, reader] = await Promise.all([getTranslations("participants"), getLocale() as Promise<AppLocale>]);
  const titles = (row: Titled) => ({
    cohortTitle: localText(row.cohortTitle, row.cohortTranslations, "title", row.mainLanguage, reader).text,
    programmeTitle: localText(row.programmeTitle, row.programmeTranslations, "title", row.mainLanguage, reader).text,
  });
  const offers = read.map((o) => ({ ...o, ...titles(o) }));
  const spaces = entered.map((s) => ({ ...s, ...titles(s) }));
  return (
    <>
      {offers.length ? (
        <section aria-labelledby="me-offers" className="space-y-3 rounded-lg border border-primary/40 bg-primary/5 p-4">
          <h2 id="me-offers" className="text-xl font-semibold">
            {t("offersTitle")}
          </h2>
          <ul className="space-y-2">
            {offers.map((o) => (
              <li key={o.enrolmentId} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  {t("offerLine", {
                    programme: o.programmeTitle,
                    cohort: o.cohortTitle,
                    deadline: o.offerExpiresAt ? formatDateTime(o.offerExpiresAt, o.timeZone) : "—",
                  })}
                </span>
                <Link
                  href={`/me/offers/${o.enrolmentId}`}
                  className="rounded-md bg-primary px-3 py-1.5 text-sm text-primary-foreground hover:bg-primary/90"
                >
                  {t("answerOffer")}
                  <span className="sr-only">: {o.cohortTitle}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {spaces.length ? (
        <section aria-labelledby="me-spaces" className="space-y-3">
          <h2 id="me-spaces" className="text-xl font-semibold">
            {t("spacesTitle")}
          </h2>
          <ul className="space-y-2">
            {spaces.map((s) => (
              <li key={s.cohortId}>
                <Link href={`/me/cohorts/${s.cohortId}`} className="font-medium text-primary underline">
                  {s.programmeTitle} — {s.cohortTitle}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
