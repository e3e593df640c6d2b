import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ActionForm } from "@/components/participants/action-form";
import { OnboardingForm } from "@/components/participants/onboarding-form";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { localText } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/request";
import { getOfferForHolder } from "@/lib/participants/queries";
import { confirmOfferAction, declineOfferAction } from "./actions";
import { now } from "@/lib/time/clock";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("yourOffer") };
}

type Props = { params: Promise<{ enrolmentId: string }> };

export default async function OfferPage({ params }: Props) {
  const { enrolmentId } = await params;
  const actor = await requirePagePermission("offer.respond", `/me/offers/${enrolmentId}`);
  if (!z.uuid().safeParse(enrolmentId).success) notFound();
  const [t, found, reader] = await Promise.all([
    getTranslations("participants"),
    getOfferForHolder(getDb(), actor.userId, enrolmentId),
    getLocale() as Promise<AppLocale>,
  ]);
  if (!found) notFound();
  // The edition's and programme's titles in the reader's language where written (lib/i18n/content.ts).
  const offer = {
    ...found,
    cohortTitle: localText(found.cohortTitle, found.cohortTranslations, "title", found.mainLanguage, reader).text,
    programmeTitle: localText(found.programmeTitle, found.programmeTranslations, "title", found.mainLanguage, reader)
      .text,
  };
  const deadline = offer.offerExpiresAt ? formatDateTime(offer.offerExpiresAt, offer.timeZone) : "—";
  const expired = offer.status === "offered" && offer.offerExpiresAt !== null && offer.offerExpiresAt <= now();
  const open = offer.status === "offered" && !expired;

  return (
    <Said areas={["offers", "participants"]}>
      <div className="max-w-2xl space-y-8">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold">{t("offerTitle", { cohort: offer.cohortTitle })}</h1>
          {open ? (
            <p>{t("offerIntro", { programme: offer.programmeTitle, cohort: offer.cohortTitle, deadline })}</p>
          ) : null}
          {expired ? <p role="alert">{t("offerExpired", { deadline })}</p> : null}
          {offer.status !== "offered" ? (
            <p>
              {t("offerAnswered", { status: offer.status })}{" "}
              {offer.status === "confirmed" || offer.status === "completed" ? (
                <Link href={`/me/cohorts/${offer.cohortId}`} className="text-primary underline">
                  {t("openSpace")}
                </Link>
              ) : null}
            </p>
          ) : null}
        </div>
        {open ? (
          <>
            <section aria-labelledby="onboarding" className="space-y-4">
              <h2 id="onboarding" className="text-xl font-semibold">
                {t("onboardingTitle")}
              </h2>
              <OnboardingForm
                enrolmentId={offer.id}
                tracks={offer.trackOptions.map((tr) => ({ id: tr.id, title: tr.title }))}
                defaultTrackId={offer.trackId ?? ""}
                startDate={offer.startDate}
                endDate={offer.endDate}
                confirm={confirmOfferAction}
              />
            </section>
            <section aria-labelledby="decline" className="space-y-3 border-t pt-6">
              <h2 id="decline" className="text-xl font-semibold">
                {t("declineTitle")}
              </h2>
              <ActionForm action={declineOfferAction} submitLabel={t("decline")} buttonVariant="destructive">
                <input type="hidden" name="enrolmentId" value={offer.id} />
                <div className="space-y-2">
                  <Label htmlFor="decline-reason">{t("declineReason")}</Label>
                  <Textarea id="decline-reason" name="reason" maxLength={500} rows={2} />
                </div>
              </ActionForm>
            </section>
          </>
        ) : null}
      </div>
    </Said>
  );
}
