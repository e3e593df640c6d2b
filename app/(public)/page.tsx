import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OpenCallsList } from "@/components/calls/open-calls-list";
import { ProgrammeCard } from "@/components/programmes/programme-card";
import { getDb } from "@/db/client";
import { listOpenCalls } from "@/lib/calls/queries";
import { listPublicProgrammes } from "@/lib/programmes/queries";

export default async function HomePage() {
  const [t, tp, ts, catalogue, openCalls] = await Promise.all([
    getTranslations("home"),
    getTranslations("programme"),
    getTranslations("status"),
    listPublicProgrammes(getDb(), { page: 1 }),
    listOpenCalls(getDb()),
  ]);
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight md:text-4xl">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-muted-foreground">{t("intro")}</p>
      </section>
      <OpenCallsList calls={openCalls} />
      <section aria-labelledby="featured-heading" className="space-y-4">
        <div className="flex items-baseline justify-between">
          <h2 id="featured-heading" className="text-2xl font-semibold">
            {t("featured")}
          </h2>
          <Link href="/programmes" className="text-sm text-primary underline">
            {t("allProgrammes")}
          </Link>
        </div>
        {catalogue.items.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {catalogue.items.map((p) => (
              <li key={p.id}>
                <ProgrammeCard
                  programme={{ ...p, statusLabel: ts(p.status) }}
                  ongoingLabel={tp("ongoing")}
                  countriesLabel={tp("countries")}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
