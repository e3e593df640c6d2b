import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { UntranslatedMarker } from "@/components/i18n/untranslated-marker";
import { ActionForm } from "@/components/participants/action-form";
import { LocalZoneName } from "@/components/participants/local-time";
import { ParticipantList } from "@/components/participants/participant-list";
import { Timetable } from "@/components/participants/timetable";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { localText, localTexts } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/request";
import { renderMarkdown } from "@/lib/markdown";
import { getCohortSpace } from "@/lib/participants/queries";
import { checkInAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("cohortSpace") };
}

type Props = { params: Promise<{ cohortId: string }> };

export default async function CohortSpacePage({ params }: Props) {
  const { cohortId } = await params;
  const path = `/me/cohorts/${cohortId}`;
  // Signed in first (a visitor is sent to sign in), then: only this cohort's participants find anything here.
  const actor = await requirePagePermission("account.updateProfile", path);
  if (!z.uuid().safeParse(cohortId).success) notFound();
  const space = await getCohortSpace(getDb(), actor.userId, cohortId);
  if (!space) notFound();
  await requirePagePermission("participant.space", path, { programmeId: space.me.programmeId });
  const [t, tc, tprop, reader] = await Promise.all([
    getTranslations("participants"),
    getTranslations("common"),
    getTranslations("proposals"),
    getLocale() as Promise<AppLocale>,
  ]);
  const { me } = space;
  // The edition's title and the announcements in the reader's language where written, else the programme's main
  // language, marked (lib/i18n/content.ts).
  const cohortTitle = localText(me.cohortTitle, me.cohortTranslations, "title", me.mainLanguage, reader);
  const programmeTitle = localText(me.programmeTitle, me.programmeTranslations, "title", me.mainLanguage, reader);
  const news = space.announcements.map((a) => ({
    ...a,
    text: localTexts({ title: a.title, body: a.body }, a.translations, me.mainLanguage, reader),
  }));
  const feedPath = `/api/participants/ics/${me.enrolmentId}/${me.feedToken}.ics`;
  const onboarding = me.onboarding as {
    arrivalDate?: string;
    departureDate?: string;
    dietaryNeeds?: string;
    visaLetter?: boolean;
  };

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p lang={programmeTitle.lang} className="text-sm text-muted-foreground">
          {programmeTitle.text}
        </p>
        <h1 lang={cohortTitle.lang} className="text-2xl font-bold">
          {t("spaceTitle", { cohort: cohortTitle.text })}
        </h1>
        <UntranslatedMarker text={cohortTitle} />
        <p>{me.track ? t("yourTrack", { track: me.track.title }) : t("noTrack")}</p>
      </header>

      {me.status === "completed" && me.certificateCode ? (
        <section
          aria-labelledby="certificate"
          className="space-y-2 rounded-lg border border-green-700/40 bg-green-50 p-4"
        >
          <h2 id="certificate" className="text-xl font-semibold">
            {t("certificate")}
          </h2>
          <p className="flex flex-wrap gap-4">
            <a href={`/api/participants/certificates/${cohortId}`} className="text-primary underline">
              {t("downloadCertificate")}
            </a>
            <Link href={`/verify/${me.certificateCode}`} className="text-primary underline">
              {t("verifyLink")}
            </Link>
          </p>
        </section>
      ) : null}

      {me.status === "confirmed" ? (
        <section aria-labelledby="check-in" className="space-y-2">
          <h2 id="check-in" className="text-xl font-semibold">
            {t("checkIn")}
          </h2>
          <ActionForm action={checkInAction} submitLabel={t("checkInButton")} className="max-w-sm">
            <input type="hidden" name="cohortId" value={cohortId} />
            <div className="space-y-2">
              <Label htmlFor="room-code">{t("roomCode")}</Label>
              <Input
                id="room-code"
                name="code"
                autoComplete="off"
                autoCapitalize="characters"
                maxLength={12}
                aria-describedby="room-code-help"
              />
              <p id="room-code-help" className="text-sm text-muted-foreground">
                {t("checkInHelp")}
              </p>
            </div>
          </ActionForm>
        </section>
      ) : null}

      <section aria-labelledby="proposal" className="space-y-2">
        <h2 id="proposal" className="text-xl font-semibold">
          {t("proposal")}
        </h2>
        <p>
          {space.proposal
            ? `${t("proposalLine", {
                title: space.proposal.title || tprop("mentor.untitled"),
                status: tprop(`status.${space.proposal.status}`),
              })} `
            : `${t("proposalNone")} `}
          <Link href={`${path}/proposal`} className="text-primary underline">
            {t("proposalOpen")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="timetable" className="space-y-3">
        <h2 id="timetable" className="text-xl font-semibold">
          {t("timetable")}
        </h2>
        <p className="text-sm text-muted-foreground">
          {t("timetableIntro", { zone: me.timeZone })} <LocalZoneName zone={me.myTimeZone} />
        </p>
        <Timetable
          sessions={space.timetable}
          timeZone={me.timeZone}
          myTimeZone={me.myTimeZone}
          materials={space.materials}
          outstanding={space.outstanding}
          attendance={space.myAttendance}
        />
      </section>

      <section aria-labelledby="calendar" className="space-y-2">
        <h2 id="calendar" className="text-xl font-semibold">
          {t("calendar")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("calendarHelp")}</p>
        <p>
          <a href={feedPath} className="text-primary underline" download>
            {t("downloadIcs")}
          </a>
        </p>
        <Input
          readOnly
          aria-label={tc("calendarLink")}
          value={`${env().APP_URL}${feedPath}`}
          className="font-mono text-xs"
        />
      </section>

      <section aria-labelledby="announcements" className="space-y-3">
        <h2 id="announcements" className="text-xl font-semibold">
          {t("announcements")}
        </h2>
        {news.length === 0 ? (
          <p>{t("noAnnouncements")}</p>
        ) : (
          <ul className="space-y-3">
            {news.map((a) => (
              <li key={a.id} className="rounded-lg border p-3">
                <h3 lang={a.text.title.lang} className="font-semibold">
                  {a.text.title.text}
                </h3>
                <p className="text-xs text-muted-foreground">{formatDateTime(a.createdAt, me.timeZone)}</p>
                <UntranslatedMarker text={a.text.title.untranslated ? a.text.title : a.text.body} />
                <div
                  lang={a.text.body.lang}
                  className="prose prose-sm mt-2 max-w-none"
                  dangerouslySetInnerHTML={{ __html: renderMarkdown(a.text.body.text) }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="participants" className="space-y-3">
        <h2 id="participants" className="text-xl font-semibold">
          {space.delegations ? t("delegations") : t("participantsTitle")}
        </h2>
        <ParticipantList directory={space.directory} delegations={space.delegations} />
      </section>

      {onboarding.arrivalDate ? (
        <section aria-labelledby="onboarding" className="space-y-2">
          <h2 id="onboarding" className="text-xl font-semibold">
            {t("onboardingSummary")}
          </h2>
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-medium">{t("arrival")}</dt>
              <dd>{onboarding.arrivalDate}</dd>
            </div>
            <div>
              <dt className="font-medium">{t("departure")}</dt>
              <dd>{onboarding.departureDate}</dd>
            </div>
            <div>
              <dt className="font-medium">{t("dietary")}</dt>
              <dd>{onboarding.dietaryNeeds || "—"}</dd>
            </div>
            <div>
              <dt className="font-medium">{t("visaLetter")}</dt>
              <dd>{onboarding.visaLetter ? tc("yes") : tc("no")}</dd>
            </div>
          </dl>
        </section>
      ) : null}
    </div>
  );
}
