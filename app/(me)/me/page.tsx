import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MyParticipation } from "@/components/participants/my-participation";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { countryName } from "@/lib/geo";
import { getMySpace } from "@/lib/me/queries";
import { isFocalPoint } from "@/lib/nominations/queries";
import { getMyCohortSpaces, getMyOffers } from "@/lib/participants/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("mySpace") };
}

export default async function MySpacePage() {
  const statusLabel = await getTranslations("applicationStatus");
  const actor = await requirePagePermission("account.updateProfile", "/me");
  const db = getDb();
  const [t, tp, tc, te, data, focalPoint, offers, spaces] = await Promise.all([
    getTranslations("me"),
    getTranslations("profile"),
    getTranslations("common"),
    getTranslations("staffCohorts.enrolmentStatus"),
    getMySpace(db, actor.userId),
    isFocalPoint(db, actor.userId),
    getMyOffers(db, actor.userId),
    getMyCohortSpaces(db, actor.userId),
  ]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("welcome", { name: actor.name })}</p>
      </div>
      <MyParticipation offers={offers} spaces={spaces} />
      <section aria-labelledby="me-profile" className="space-y-2">
        <h2 id="me-profile" className="text-xl font-semibold">
          {t("profile")}
        </h2>
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-medium">{tc("email")}</dt>
            <dd>{actor.email}</dd>
          </div>
          {data.profile?.nationality ? (
            <div>
              <dt className="font-medium">{tc("nationality")}</dt>
              <dd>{countryName(data.profile.nationality)}</dd>
            </div>
          ) : null}
          {data.profile?.organisation ? (
            <div>
              <dt className="font-medium">{tc("organisation")}</dt>
              <dd>{data.profile.organisation}</dd>
            </div>
          ) : null}
        </dl>
        <p className="flex flex-wrap gap-4 text-sm">
          <Link href="/me/profile" className="text-primary underline">
            {tp("edit")}
          </Link>
          <Link href="/me/security" className="text-primary underline">
            {t("securityLink")}
          </Link>
          <Link href="/me/data" className="text-primary underline">
            {t("dataLink")}
          </Link>
        </p>
      </section>
      {focalPoint ? (
        <p>
          <Link href="/me/nominations" className="font-medium text-primary underline">
            {t("nominations")}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="me-applications" className="space-y-3">
        <h2 id="me-applications" className="text-xl font-semibold">
          {t("applications")}
        </h2>
        {data.applications.length === 0 ? (
          <p>
            {t("noApplications")}{" "}
            <Link href="/programmes" className="text-primary underline">
              {tc("programmes")}
            </Link>
          </p>
        ) : (
          <ul className="space-y-2">
            {data.applications.map((a) => (
              <li key={a.id} className="rounded-lg border p-3">
                <Link href={`/me/applications/${a.id}`} className="font-medium text-primary hover:underline">
                  {a.callTitle}
                </Link>{" "}
                <Badge variant="outline">{statusLabel(a.status)}</Badge>
                <p className="text-sm text-muted-foreground">
                  {a.reference}
                  {a.submittedAt ? ` · ${formatDateTime(a.submittedAt, a.timeZone)}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="me-enrolments" className="space-y-3">
        <h2 id="me-enrolments" className="text-xl font-semibold">
          {t("enrolments")}
        </h2>
        {data.enrolments.length === 0 ? (
          <p>{t("noEnrolments")}</p>
        ) : (
          <ul className="space-y-2">
            {data.enrolments.map((e) => (
              <li key={e.id} className="rounded-lg border p-3">
                <Link href={`/programmes/${e.programmeSlug}`} className="font-medium hover:underline">
                  {e.programmeTitle}
                </Link>{" "}
                — {e.cohortTitle} <Badge variant="outline">{te(e.status)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
