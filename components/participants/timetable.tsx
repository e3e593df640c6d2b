import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { currentLocale, formatDateTime } from "@/lib/format";
import { LocalTime } from "./local-time";

type Session = {
  id: string;
  title: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  onlineUrl: string | null;
  speakers: string | null;
  status: string;
};
type Material = {
  id: string;
  sessionId: string;
  kind: "file" | "link";
  title: string;
  url: string | null;
  fileName: string | null;
};
type Outstanding = { id: string; sessionId: string | null; title: string; author: string; field: string | null };

/**
 * A track's sessions as a list (it reads at 375px wide): each with the time in the cohort's zone and the
 * participant's own, its materials, and the outstanding proposals presented there.
 */
export async function Timetable({
  sessions,
  timeZone,
  myTimeZone,
  materials,
  outstanding,
  attendance,
}: {
  sessions: Session[];
  timeZone: string;
  myTimeZone: string | null;
  materials: Material[];
  outstanding: Outstanding[];
  attendance: Map<string, string>;
}) {
  const [t, tp, tt] = await Promise.all([
    getTranslations("participants"),
    getTranslations("sessionPlace"),
    getTranslations("timetable"),
  ]);
  if (sessions.length === 0) return <p>{t("noSessions")}</p>;
  return (
    <ol className="space-y-3">
      {sessions.map((s) => {
        const mine = materials.filter((m) => m.sessionId === s.id);
        const presented = outstanding.filter((o) => o.sessionId === s.id);
        const status = attendance.get(s.id);
        return (
          <li key={s.id} id={`session-${s.id}`} className="rounded-lg border p-3">
            <article aria-labelledby={`session-title-${s.id}`} className="space-y-2">
              <h3 id={`session-title-${s.id}`} className="font-semibold">
                {s.title}{" "}
                {s.status !== "scheduled" ? <Badge variant="destructive">{tt(`status_${s.status}`)}</Badge> : null}
                {status === "present" ? (
                  <Badge variant="secondary" className="ml-2">
                    {t("attended")}
                  </Badge>
                ) : null}
              </h3>
              <dl className="grid gap-1 text-sm sm:grid-cols-2">
                <div>
                  <dt className="text-muted-foreground">{t("cohortTime")}</dt>
                  <dd>
                    <time dateTime={s.startsAt.toISOString()}>
                      {formatDateTime(s.startsAt, timeZone, currentLocale(), { weekday: true })}
                    </time>
                  </dd>
                </div>
                <div>
                  <dt className="text-muted-foreground">{t("yourTime")}</dt>
                  <dd>
                    <LocalTime iso={s.startsAt.toISOString()} zone={myTimeZone} />
                  </dd>
                </div>
                {s.venue || s.onlineUrl ? (
                  <div className="sm:col-span-2">
                    <dt className="sr-only">{tp("where")}</dt>
                    <dd>{s.venue ?? tp("online")}</dd>
                  </div>
                ) : null}
                {s.speakers ? (
                  <div className="sm:col-span-2">
                    <dt className="sr-only">{tp("speakers")}</dt>
                    <dd className="text-muted-foreground">{s.speakers}</dd>
                  </div>
                ) : null}
              </dl>
              {mine.length ? (
                <div>
                  <h4 className="text-sm font-medium">{t("materials")}</h4>
                  <ul className="list-disc pl-5 text-sm">
                    {mine.map((m) => (
                      <li key={m.id}>
                        {m.kind === "link" ? (
                          <a
                            href={m.url ?? "#"}
                            className="text-primary underline"
                            rel="noopener noreferrer"
                            target="_blank"
                          >
                            {m.title}
                          </a>
                        ) : (
                          <a href={`/api/participants/materials/${m.id}`} className="text-primary underline">
                            {m.title} ({m.fileName})
                          </a>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {presented.length ? (
                <div>
                  <h4 className="text-sm font-medium">{t("outstanding")}</h4>
                  <ul className="list-disc pl-5 text-sm">
                    {presented.map((o) => (
                      <li key={o.id}>
                        “{o.title}” — {o.author}
                        {o.field ? ` (${o.field})` : ""}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
