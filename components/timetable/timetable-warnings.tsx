import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TimetableWarning } from "@/lib/timetable/warnings";

/** The timetable's problems, each linking to the sessions to fix. */
export async function TimetableWarnings({
  warnings,
  tracks,
  editHref,
}: {
  warnings: TimetableWarning[];
  tracks: { id: string; title: string }[];
  editHref: (sessionId: string) => string;
}) {
  const t = await getTranslations("timetable");
  if (warnings.length === 0)
    return <p className="rounded-lg border border-green-700/40 bg-green-50 p-3 text-sm">{t("noWarnings")}</p>;
  const trackTitle = new Map(tracks.map((tr) => [tr.id, tr.title]));
  const text = (w: TimetableWarning) => {
    switch (w.kind) {
      case "track_overlap":
        return t("warnTrackOverlap", {
          a: w.titles[0],
          b: w.titles[1],
          tracks: w.trackIds.length ? w.trackIds.map((id) => trackTitle.get(id) ?? "").join(", ") : t("wholeCohort"),
        });
      case "venue_overlap":
        return t("warnVenueOverlap", { a: w.titles[0], b: w.titles[1], venue: w.venue });
      case "outside_dates":
        return t("warnOutsideDates", { a: w.titles[0] });
      case "outside_phases":
        return t("warnOutsidePhases", { a: w.titles[0] });
    }
  };
  return (
    <div
      role="region"
      aria-label={t("warnings")}
      className="space-y-2 rounded-lg border border-amber-600/50 bg-amber-50 p-4"
    >
      <h2 className="font-semibold">{t("warningsCount", { n: warnings.length })}</h2>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {warnings.map((w) => (
          <li key={`${w.kind}-${w.sessionIds.join("-")}`}>
            {text(w)}{" "}
            {w.sessionIds.map((id, i) => (
              <Link key={id} href={editHref(id)} className="ml-1 text-primary underline">
                {t("fixN", { n: i + 1, title: w.titles[i] ?? "" })}
              </Link>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
