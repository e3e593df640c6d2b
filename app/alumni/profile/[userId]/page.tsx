import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db/client";
import { getAlumnusProfile } from "@/lib/alumni/directory-queries";
import { viewerOf } from "@/lib/alumni/visibility";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { countryName } from "@/lib/geo";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("alumniProfile") };
}

/** A profile as the viewer may see it; someone the viewer may not see is "not found", not "forbidden". */
export default async function ProfilePage({ params }: { params: Promise<{ userId: string }> }) {
  const parsed = z.uuid().safeParse((await params).userId);
  if (!parsed.success) notFound();
  const actor = await getActor();
  const [t, data] = await Promise.all([
    getTranslations("alumni"),
    getAlumnusProfile(getDb(), viewerOf(actor), parsed.data),
  ]);
  if (!data) notFound();
  const { profile, updates, engagements } = data;
  const isMe = profile.tier === "owner";
  const facts: [string, string | undefined][] = [
    [t("position"), profile.position],
    [t("organisation"), profile.organisation],
    [t("country"), profile.country ? countryName(profile.country) : undefined],
    [t("fields"), profile.fields?.join(", ")],
    [t("languages"), profile.languages?.join(", ")],
  ];
  return (
    <article className="space-y-6">
      <header className="flex flex-wrap items-center gap-3">
        {profile.photoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by a route that checks the viewer, not cacheable by the optimiser
          <img src={profile.photoUrl} alt="" width={96} height={96} className="h-24 w-24 rounded-full object-cover" />
        ) : null}
        <div className="space-y-1">
          <h1 className="text-3xl font-bold">{profile.name}</h1>
          {profile.expert ? <Badge variant="secondary">{t("expertBadge")}</Badge> : null}
        </div>
      </header>
      <div className="flex flex-wrap gap-3 text-sm">
        {isMe ? (
          <Link href="/me/alumni-profile" className="text-primary underline">
            {t("editMine")}
          </Link>
        ) : can(actor, "alumni.message") ? (
          <Link
            href={`/alumni/messages/${profile.userId}`}
            className="rounded-md bg-primary px-3 py-1.5 text-primary-foreground"
          >
            {t("sendMessage")}
          </Link>
        ) : null}
      </div>
      {profile.bio ? (
        <section aria-labelledby="bio-heading" className="space-y-1">
          <h2 id="bio-heading" className="text-xl font-semibold">
            {t("bio")}
          </h2>
          <p className="max-w-3xl whitespace-pre-line">{profile.bio}</p>
        </section>
      ) : null}
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        {facts
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <div key={term}>
              <dt className="font-medium">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        {profile.email ? (
          <div>
            <dt className="font-medium">{t("email")}</dt>
            <dd>
              <a href={`mailto:${profile.email}`} className="text-primary underline">
                {profile.email}
              </a>
            </dd>
          </div>
        ) : null}
        {profile.links?.length ? (
          <div>
            <dt className="font-medium">{t("links")}</dt>
            <dd>
              <ul>
                {profile.links.map((l) => (
                  <li key={l.url}>
                    <a href={l.url} rel="noopener noreferrer nofollow" className="text-primary underline">
                      {l.label}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      {profile.expert ? (
        <section aria-labelledby="expert-heading" className="space-y-1 text-sm">
          <h2 id="expert-heading" className="text-xl font-semibold">
            {t("expertAreas")}
          </h2>
          <p>{profile.expert.areas.join(", ")}</p>
          {profile.expert.availability ? (
            <p>
              <span className="font-medium">{t("availability")}:</span> {profile.expert.availability}
            </p>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="cohorts-heading" className="space-y-1">
        <h2 id="cohorts-heading" className="text-xl font-semibold">
          {t("cohorts")}
        </h2>
        <ul className="list-disc pl-5 text-sm">
          {profile.cohorts.map((c) => (
            <li key={`${c.programmeSlug}-${c.cohortTitle}`}>
              <Link href={`/programmes/${c.programmeSlug}`} className="text-primary underline">
                {c.programmeTitle}
              </Link>{" "}
              — {c.cohortTitle}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="history-heading" className="space-y-1">
        <h2 id="history-heading" className="text-xl font-semibold">
          {t("history")}
        </h2>
        {updates.length === 0 ? (
          <p className="text-sm">{t("historyEmpty")}</p>
        ) : (
          <ol className="space-y-1 text-sm">
            {updates.map((u) => (
              <li key={u.createdAt.toISOString()}>
                <time dateTime={u.createdAt.toISOString()} className="text-muted-foreground">
                  {u.createdAt.toISOString().slice(0, 7)}
                </time>{" "}
                {[u.position, u.organisation, u.country ? countryName(u.country) : undefined]
                  .filter(Boolean)
                  .join(", ")}
              </li>
            ))}
          </ol>
        )}
      </section>
      {engagements ? (
        <section aria-labelledby="engagements-heading" className="space-y-1">
          <h2 id="engagements-heading" className="text-xl font-semibold">
            {t("engagements")}
          </h2>
          {engagements.length === 0 ? (
            <p className="text-sm">{t("noEngagements")}</p>
          ) : (
            <ul className="list-disc pl-5 text-sm">
              {engagements.map((e) => (
                <li key={e.id}>
                  {e.year}: {e.description}
                  {e.country ? ` (${countryName(e.country)})` : ""}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </article>
  );
}
