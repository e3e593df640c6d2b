import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { countryName } from "@/lib/geo";
import type { VisibleAlumnus } from "@/lib/alumni/visibility";

/** A directory card: it renders only the keys the privacy core left in, so it cannot show a hidden field. */
export function AlumnusCard({ alumnus }: { alumnus: VisibleAlumnus }) {
  const t = useTranslations("alumni");
  const work = [alumnus.position, alumnus.organisation].filter(Boolean).join(", ");
  return (
    <article className="h-full space-y-2 rounded-lg border bg-card p-4" aria-labelledby={`alumnus-${alumnus.userId}`}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={`alumnus-${alumnus.userId}`} className="text-base font-semibold">
          <Link href={`/alumni/profile/${alumnus.userId}`} className="hover:underline">
            {alumnus.name}
          </Link>
        </h2>
        {alumnus.expert ? <Badge variant="secondary">{t("expertBadge")}</Badge> : null}
      </div>
      {work ? <p className="text-sm">{work}</p> : null}
      {alumnus.country ? <p className="text-sm text-muted-foreground">{countryName(alumnus.country)}</p> : null}
      {alumnus.fields?.length ? (
        <p className="text-sm">
          <span className="font-medium">{t("fields")}:</span> {alumnus.fields.join(", ")}
        </p>
      ) : null}
      {alumnus.languages?.length ? (
        <p className="text-sm">
          <span className="font-medium">{t("languages")}:</span> {alumnus.languages.join(", ")}
        </p>
      ) : null}
      {alumnus.expert ? (
        <p className="text-sm">
          <span className="font-medium">{t("expertAreas")}:</span> {alumnus.expert.areas.join(", ")}
        </p>
      ) : null}
      {alumnus.email ? (
        <p className="text-sm">
          <span className="font-medium">{t("email")}:</span>{" "}
          <a href={`mailto:${alumnus.email}`} className="text-primary underline">
            {alumnus.email}
          </a>
        </p>
      ) : null}
      {alumnus.cohorts.length ? (
        <p className="text-xs text-muted-foreground">{alumnus.cohorts.map((c) => c.cohortTitle).join(" · ")}</p>
      ) : null}
    </article>
  );
}
