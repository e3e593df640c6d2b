import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { UntranslatedMarker } from "@/components/i18n/untranslated-marker";
import { localText, localTexts } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/request";
import { z } from "zod";
import { Deadline } from "@/components/calls/deadline";
import { StartApplicationForm } from "@/components/calls/start-application-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db/client";
import { checkEligibility, describeRule, eligibilityGroupRefs } from "@/lib/applications/eligibility";
import { customGroupsFor } from "@/lib/geo/country-groups";
import { getActor } from "@/lib/auth";
import { getPublicCall } from "@/lib/calls/queries";
import { criteriaForReader } from "@/lib/calls/translations";
import { formatDateTime } from "@/lib/format";
import { renderMarkdown } from "@/lib/markdown";
import { getOwnProfile } from "@/lib/profiles/queries";
import { startApplicationAction } from "./actions";
import { now as clockNow } from "@/lib/time/clock";
import { say } from "@/lib/i18n/problems";

type Props = { params: Promise<{ id: string }> };

async function load(raw: string) {
  const id = z.uuid().safeParse(raw);
  if (!id.success) return null;
  const actor = await getActor();
  const call = await getPublicCall(getDb(), id.data, actor?.userId ?? null);
  return call ? { call, actor } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).id);
  if (!found) return { title: "Call" };
  const { call } = found;
  return {
    title: localText(call.title, call.translations, "title", call.mainLanguage, (await getLocale()) as AppLocale).text,
  };
}

export default async function CallPage({ params }: Props) {
  const found = await load((await params).id);
  if (!found) notFound();
  const { call, actor } = found;
  const [t, ta, reader] = await Promise.all([
    getTranslations("calls"),
    getTranslations("apply"),
    getLocale() as Promise<AppLocale>,
  ]);
  // The call's and its programme's texts in the reader's language, else the main language's (lib/i18n/content.ts).
  const text = localTexts(
    { title: call.title, description: call.description },
    call.translations,
    call.mainLanguage,
    reader,
  );
  const programmeTitle = localText(call.programmeTitle, call.programmeTranslations, "title", call.mainLanguage, reader);
  const criteria = criteriaForReader(call.eligibility, call.translations, call.mainLanguage, reader);
  const now = clockNow();
  const accepting = call.status === "open" && call.opensAt <= now && now < call.closesAt;
  const nationality = describeRule(call.eligibility.nationality);
  const residence = describeRule(call.eligibility.residence);
  const path = `/calls/${call.id}`;

  let action: React.ReactNode;
  if (call.myApplication) {
    action = (
      <Link
        href={`/me/applications/${call.myApplication.id}`}
        className="inline-flex h-10 items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground hover:bg-primary/90"
      >
        {call.myApplication.status === "draft" ? t("continueApplication") : t("viewApplication")}
      </Link>
    );
  } else if (call.nominationOnly) {
    action = <p>{t("nominationOnly")}</p>;
  } else if (!accepting) {
    action = (
      <p>
        {now < call.opensAt && call.status === "open"
          ? t("notOpenYet", { date: formatDateTime(call.opensAt, call.timeZone) })
          : t("closed")}
      </p>
    );
  } else if (!actor) {
    action = (
      <p className="flex flex-wrap gap-3">
        <Link
          href={`/sign-in?callbackUrl=${encodeURIComponent(path)}`}
          className="inline-flex h-10 items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground hover:bg-primary/90"
        >
          {t("signInToApply")}
        </Link>
        <Link href="/sign-up" className="inline-flex h-10 items-center rounded-md border px-4 text-sm hover:bg-accent">
          {t("createAccount")}
        </Link>
      </p>
    );
  } else {
    const profile = await getOwnProfile(getDb(), actor.userId);
    const result = checkEligibility(
      call.eligibility,
      { nationality: profile?.nationality ?? null, residence: profile?.residence ?? null },
      await customGroupsFor(getDb(), eligibilityGroupRefs(call.eligibility)),
    );
    const profileIncomplete = !profile?.nationality || !profile.residence || !profile.organisation || !profile.field;
    if (result.status === "ineligible") {
      action = (
        <Alert variant="destructive">
          <h3 className="font-semibold">{t("ineligibleTitle")}</h3>
          {result.reasons.map((reason) => (
            <p key={reason}>{say(reader, reason)}</p>
          ))}
        </Alert>
      );
    } else if (result.status === "incomplete" || profileIncomplete) {
      action = (
        <div className="space-y-2">
          <p>{t("completeProfileBody")}</p>
          <Link
            href={`/me/profile?next=${encodeURIComponent(path)}`}
            className="inline-flex h-10 items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground hover:bg-primary/90"
          >
            {t("completeProfile")}
          </Link>
        </div>
      );
    } else {
      action = (
        <div className="space-y-3">
          <p className="font-medium">{t("eligibleTitle")}</p>
          <StartApplicationForm
            callId={call.id}
            criteria={criteria.map((c) => ({
              id: c.id,
              label: c.label.text,
              lang: c.label.lang,
              untranslated: c.label.untranslated,
            }))}
            action={startApplicationAction}
            text={{
              criteria: ta("criteria"),
              start: t("start"),
              starting: t("starting"),
              notYetTranslated: ta("notYetTranslated"),
            }}
          />
        </div>
      );
    }
  }

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm text-muted-foreground">
          <Link href={`/programmes/${call.programmeSlug}`} className="hover:underline">
            <span lang={programmeTitle.lang}>{programmeTitle.text}</span>
          </Link>{" "}
          · {call.cohortTitle}
        </p>
        <h1 lang={text.title.lang} className="text-3xl font-bold tracking-tight">
          {text.title.text}
        </h1>
        <UntranslatedMarker text={text.title} />
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <Badge variant={accepting ? "default" : "outline"}>{accepting ? t("badgeOpen") : t("badgeClosed")}</Badge>
          <span className="font-medium">{t("deadline")}:</span>
          <Deadline closesAt={call.closesAt} timeZone={call.timeZone} />
        </div>
      </header>

      <section aria-labelledby="apply-heading" className="space-y-3 rounded-lg border bg-card p-4">
        <h2 id="apply-heading" className="text-xl font-semibold">
          {t("eligibility")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {!nationality && !residence ? <li>{t("openToAll")}</li> : null}
          {nationality ? <li>{t("nationalityRule", { rule: nationality })}</li> : null}
          {residence ? <li>{t("residenceRule", { rule: residence })}</li> : null}
          {criteria.map((c) => (
            <li key={c.id}>
              <span lang={c.label.lang}>{c.label.text}</span>
              <UntranslatedMarker text={c.label} className="text-xs text-muted-foreground" />
            </li>
          ))}
        </ul>
        {action}
      </section>

      {text.description.text ? (
        <>
          <UntranslatedMarker text={text.description} />
          <section
            lang={text.description.lang}
            className="max-w-3xl space-y-3 [&_a]:text-primary [&_a]:underline"
            dangerouslySetInnerHTML={{ __html: renderMarkdown(text.description.text) }}
          />
        </>
      ) : null}

      {call.tracks.length ? (
        <section aria-labelledby="tracks-heading" className="space-y-2">
          <h2 id="tracks-heading" className="text-xl font-semibold">
            {t("tracks")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("tracksHelp")}</p>
          <ul className="list-disc space-y-1 pl-5">
            {call.tracks.map((track) => (
              <li key={track.id}>{track.title}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
