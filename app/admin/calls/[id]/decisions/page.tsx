import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CallSteps } from "@/components/selection/call-steps";
import {
  DeclineForm,
  ExpireOffersButton,
  OfferReplacementButton,
  SendDecisionsForm,
  TemplatesForm,
} from "@/components/selection/decision-forms";
import { RuleMeters } from "@/components/selection/rule-meters";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { loadDecisionState, loadLetters } from "@/lib/offers/seats";
import { writeLetter } from "@/lib/offers/letter-texts";
import { formatDateTime, formatNumber } from "@/lib/format";
import { countryName } from "@/lib/geo";
import { requireCallPage } from "@/lib/review/page-guard";
import type { ScoredApplication } from "@/lib/review/ranking";
import {
  expireOffersAction,
  offerReplacementAction,
  recordDeclineAction,
  saveLetterTemplatesAction,
  sendDecisionsAction,
} from "./actions";
import { say } from "@/lib/i18n/problems";
import type { AppLocale } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("decisions") };
}

export default async function DecisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: callId } = await params;
  const { actor, call, db } = await requireCallPage(callId, "selection.decide", `/admin/calls/${callId}/decisions`);
  const [t, tl, tg, state, { setting, letters }, locale] = await Promise.all([
    getTranslations("selection.decisions"),
    getTranslations("letterLanguages"),
    getTranslations("selection.gender"),
    loadDecisionState(db, call),
    loadLetters(db, call.id),
    getLocale() as Promise<AppLocale>,
  ]);
  // The editor gets the letters' main-language texts, not their translations (written on the letters page).
  const templates = letters.map(({ kind, subject, body, version }) => ({ kind, subject, body, version }));
  const person = (a: ScoredApplication) => `${a.reference} · ${a.name}`;
  const due = state.expiredOffers;
  const sample = state.seated[0];
  const preview = sample
    ? writeLetter(
        setting,
        letters.find((l) => l.kind === "offer")!,
        setting.mainLanguage,
        sample,
        new Date(state.now.getTime() + call.settings.offerDays * 86_400_000),
      )
    : null;

  const list = (rows: ScoredApplication[], label: string) => (
    <Table aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">#</TableHead>
          <TableHead scope="col">{t("applicant")}</TableHead>
          <TableHead scope="col">{t("country")}</TableHead>
          <TableHead scope="col">{t("gender")}</TableHead>
          <TableHead scope="col">{t("score")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((a, i) => (
          <TableRow key={a.id}>
            <TableCell>{i + 1}</TableCell>
            <TableCell>{person(a)}</TableCell>
            <TableCell>{a.country ? countryName(a.country) : "—"}</TableCell>
            <TableCell>{tg(a.gender ?? "undisclosed")}</TableCell>
            <TableCell className="tabular-nums">
              {formatNumber(a.score, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );

  return (
    <ClientMessages namespaces={["selection.decisions", "selection.meters", "selection.explain"]}>
      <div className="space-y-10">
        <div className="space-y-3">
          <CallSteps callId={call.id} current="decisions" callTitle={call.title} cohortTitle={call.cohortTitle} />
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-sm text-muted-foreground">
            {state.sent ? t("introSent") : t("introBefore")}{" "}
            <a href={`/api/admin/calls/${call.id}/csv/selection`} className="text-primary underline">
              {t("export")}
            </a>
            {state.sent ? (
              <>
                {" · "}
                {/* After the batch, the offer letter still goes to each replacement: its languages stay editable. */}
                <Link href={`/admin/calls/${call.id}/decisions/letters`} className="text-primary underline">
                  {tl("link")}
                </Link>
              </>
            ) : null}
            {actor.isAdmin ? (
              <>
                {" · "}
                <Link href="/admin/outbox" className="text-primary underline">
                  {t("outbox")}
                </Link>
              </>
            ) : null}
          </p>
        </div>

        <section aria-labelledby="seated-rules" className="space-y-3">
          <h2 id="seated-rules" className="text-xl font-semibold">
            {state.sent ? t("rulesSeated") : t("rulesShortlist")}
          </h2>
          <RuleMeters states={state.rules} label={t("rulesLabel")} />
        </section>

        {!state.sent ? (
          <>
            <section aria-labelledby="offers-heading" className="space-y-3">
              <h2 id="offers-heading" className="text-xl font-semibold">
                {t("offersHeading", { count: state.seated.length })}
              </h2>
              {state.seated.length === 0 ? (
                <p>
                  {t("noShortlist")}{" "}
                  <Link href={`/admin/calls/${call.id}/selection`} className="text-primary underline">
                    {t("toWorkbench")}
                  </Link>
                </p>
              ) : (
                list(state.seated, t("offersHeading", { count: state.seated.length }))
              )}
            </section>
            <section aria-labelledby="waitlist-heading" className="space-y-3">
              <h2 id="waitlist-heading" className="text-xl font-semibold">
                {t("waitlistOrder")}
              </h2>
              <p className="text-sm text-muted-foreground">{t("waitlistOrderHelp")}</p>
              {state.waitlist.length ? list(state.waitlist.slice(0, 20), t("waitlistOrder")) : <p>{t("nobodyElse")}</p>}
            </section>
            <section aria-labelledby="letters-heading" className="space-y-3">
              <h2 id="letters-heading" className="text-xl font-semibold">
                {t("lettersHeading")}
              </h2>
              <TemplatesForm callId={call.id} templates={templates} save={saveLetterTemplatesAction} />
              <p className="text-sm">
                <Link href={`/admin/calls/${call.id}/decisions/letters`} className="text-primary underline">
                  {tl("link")}
                </Link>
              </p>
              {preview ? (
                <figure className="rounded-md border bg-muted/40 p-3">
                  <figcaption className="text-sm font-medium">{t("preview", { name: sample!.name })}</figcaption>
                  <p lang={preview.lang} className="mt-2 text-sm font-semibold">
                    {preview.subject}
                  </p>
                  <pre lang={preview.lang} className="whitespace-pre-wrap text-sm">
                    {preview.text}
                  </pre>
                </figure>
              ) : null}
            </section>
            <section aria-labelledby="send-heading" className="space-y-3">
              <h2 id="send-heading" className="text-xl font-semibold">
                {t("sendHeading")}
              </h2>
              <SendDecisionsForm
                callId={call.id}
                offers={state.seated.length}
                pool={state.waitlist.length}
                send={sendDecisionsAction}
              />
            </section>
          </>
        ) : (
          <>
            <section aria-labelledby="seats-heading" className="space-y-3">
              <h2 id="seats-heading" className="text-xl font-semibold">
                {t("seatsHeading", { count: state.seated.length, seats: call.rules?.seats ?? state.seated.length })}
              </h2>
              <ExpireOffersButton callId={call.id} due={due} expire={expireOffersAction} />
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHead scope="col">{t("applicant")}</TableHead>
                    <TableHead scope="col">{t("country")}</TableHead>
                    <TableHead scope="col">{t("gender")}</TableHead>
                    <TableHead scope="col">{t("state")}</TableHead>
                    <TableHead scope="col">{t("answerBy")}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {state.seated.map((a) => (
                    <TableRow key={a.id}>
                      <TableCell>{person(a)}</TableCell>
                      <TableCell>{a.country ? countryName(a.country) : "—"}</TableCell>
                      <TableCell>{tg(a.gender ?? "undisclosed")}</TableCell>
                      <TableCell>
                        <Badge variant={a.status === "confirmed" ? "secondary" : "outline"}>
                          {t(`status.${a.status}`)}
                        </Badge>
                      </TableCell>
                      <TableCell>
                        {a.offerExpiresAt ? formatDateTime(a.offerExpiresAt, call.timeZone) : "—"}
                        {a.status === "offered" ? (
                          <DeclineForm applicationId={a.id} reference={a.reference} decline={recordDeclineAction} />
                        ) : null}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </section>
            <section aria-labelledby="replacements-heading" className="space-y-3">
              <h2 id="replacements-heading" className="text-xl font-semibold">
                {t("replacementsHeading")}
              </h2>
              {state.replacements.length === 0 ? <p>{t("noFreeSeats")}</p> : null}
              <ul className="space-y-4">
                {state.replacements.map((r) => (
                  <li key={r.declined.id} className="space-y-2 rounded-md border p-3">
                    <p>{t("freeSeat", { declined: person(r.declined) })}</p>
                    {r.replacement ? (
                      <>
                        <p>
                          <span className="font-semibold">{t("proposed", { name: person(r.replacement) })}</span> —{" "}
                          {say(locale, r.reason)}
                        </p>
                        <RuleMeters states={r.rules} label={t("rulesAfter", { name: r.replacement.reference })} />
                        <OfferReplacementButton
                          callId={call.id}
                          applicationId={r.replacement.id}
                          replacesId={r.declined.id}
                          label={person(r.replacement)}
                          offer={offerReplacementAction}
                        />
                      </>
                    ) : (
                      <p>{say(locale, r.reason)}</p>
                    )}
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="waiting-heading" className="space-y-3">
              <h2 id="waiting-heading" className="text-xl font-semibold">
                {t("waitingHeading", { count: state.waitlist.length })}
              </h2>
              {state.waitlist.length ? (
                list(state.waitlist, t("waitingHeading", { count: state.waitlist.length }))
              ) : (
                <p>{t("waitlistEmpty")}</p>
              )}
            </section>
            <section aria-labelledby="closed-heading" className="space-y-2">
              <h2 id="closed-heading" className="text-xl font-semibold">
                {t("closedHeading")}
              </h2>
              <p className="text-sm">
                {t("closedSummary", { declined: state.declined.length, rejected: state.rejected.length })}
              </p>
              {state.declined.length ? (
                <ul className="list-disc pl-5 text-sm">
                  {state.declined.map((d) => (
                    <li key={d.id}>{person(d)}</li>
                  ))}
                </ul>
              ) : null}
            </section>
          </>
        )}
      </div>
    </ClientMessages>
  );
}
