import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";

type Offer = {
  enrolmentId: string;
  cohortTitle: string;
  programmeTitle: string;
  offerExpiresAt: Date | null;
  timeZone: string;
};
type Space = { cohortId: string; cohortTitle: string; programmeTitle: string; status: string };

/** The participant's part of /me: offers to answer and the cohort spaces they can enter. */
export async function MyParticipation({ offers, spaces }: { offers: Offer[]; spaces: Space[] }) {
  const t = await getTranslations("participants");
  if (offers.length === 0 && spaces.length === 0) return null;
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
