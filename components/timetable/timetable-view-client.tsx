"use client";

import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Select } from "@/components/ui/select";
import { dayLabel, groupByDay, timeRange, weekDates, weeksOf } from "@/lib/timetable/display";
import type { TimetableEntry } from "@/lib/timetable/entries";
import { fill, type WordsOf } from "@/lib/i18n/words";
import { useClientValue } from "./use-client-value";

type Parsed = Omit<TimetableEntry, "startsAt" | "endsAt"> & { start: Date; end: Date };

/** The words, translated on the server (timetable-view.tsx); `{name}` in a template is filled here (lib/i18n/words.ts). */
export type TimetableText = WordsOf<string>;

type Props = {
  timeZone: string;
  sessions: TimetableEntry[];
  tracks: { id: string; title: string }[];
  /** Where "edit" links go (plus "/<session id>"), for staff; none on public pages. */
  editBase?: string;
  /** Hide online links from people who are not in the cohort. */
  showOnlineLinks?: boolean;
  idPrefix?: string;
  text: TimetableText;
};

/**
 * Week and day-list views of an edition, in its own zone with the viewer's beside it, filterable by track. Its
 * words come as props (TimetableView, timetable-view.tsx), so the public programme page loads no next-intl.
 */
export function TimetableViewClient({
  timeZone,
  sessions,
  tracks,
  editBase,
  showOnlineLinks = false,
  idPrefix = "tt",
  text,
}: Props) {
  const { locale, words } = text;
  const t = (key: string) => words[key] ?? key;
  const viewerZone = useClientValue(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [view, setView] = useState<"list" | "week">("list");
  const [track, setTrack] = useState("");
  const parsed: Parsed[] = useMemo(
    () => sessions.map(({ startsAt, endsAt, ...s }) => ({ ...s, start: new Date(startsAt), end: new Date(endsAt) })),
    [sessions],
  );
  const shown = track ? parsed.filter((s) => s.trackIds.length === 0 || s.trackIds.includes(track)) : parsed;
  const days = groupByDay(
    shown.map((s) => ({ ...s, startsAt: s.start })),
    timeZone,
  );
  const weeks = weeksOf(days);
  const [week, setWeek] = useState<string | null>(null);
  const currentWeek = week && weeks.includes(week) ? week : (weeks[0] ?? null);
  const trackTitle = new Map(tracks.map((tr) => [tr.id, tr.title]));
  const otherZone = viewerZone && viewerZone !== timeZone ? viewerZone : null;

  const entry = (s: Parsed) => (
    <li key={s.id} className={`rounded-md border p-3 ${s.status === "cancelled" ? "opacity-70" : ""}`}>
      <p className="text-sm font-semibold tabular-nums">
        {timeRange(s.start, s.end, timeZone)}
        {otherZone ? (
          <span className="ml-2 font-normal text-muted-foreground">
            ({fill(t("yourTime"), { time: timeRange(s.start, s.end, otherZone) })})
          </span>
        ) : null}
      </p>
      <p className={`font-medium ${s.status === "cancelled" ? "line-through" : ""}`}>{s.title}</p>
      <div className="mt-1 flex flex-wrap gap-1">
        <Badge variant="outline">{t(`kind_${s.kind}`)}</Badge>
        {s.status !== "scheduled" ? <Badge variant="destructive">{t(`status_${s.status}`)}</Badge> : null}
        {s.audienceLevel !== "all" ? <Badge variant="outline">{t(`audience_${s.audienceLevel}`)}</Badge> : null}
        {(s.trackIds.length ? s.trackIds.map((id) => trackTitle.get(id) ?? "") : [t("wholeCohort")]).map((title) => (
          <Badge key={title} variant="secondary">
            {title}
          </Badge>
        ))}
      </div>
      {s.statusReason ? <p className="mt-1 text-sm">{s.statusReason}</p> : null}
      <p className="mt-1 text-sm text-muted-foreground">
        {[s.venue, s.onlineUrl ? t("online") : null, s.speakers].filter(Boolean).join(" · ")}
      </p>
      <p className="mt-1 flex flex-wrap gap-3 text-sm">
        {showOnlineLinks && s.onlineUrl ? (
          <a href={s.onlineUrl} className="text-primary underline" rel="noopener noreferrer">
            {t("joinOnline")}
          </a>
        ) : null}
        <a
          href={`/api/ics/sessions/${s.id}`}
          className="text-primary underline"
          aria-label={fill(t("addToCalendarLabel"), { title: s.title })}
        >
          {t("addToCalendar")}
        </a>
        {editBase ? (
          <a
            href={`${editBase}/${s.id}`}
            className="text-primary underline"
            aria-label={fill(t("editLabel"), { title: s.title })}
          >
            {t("edit")}
          </a>
        ) : null}
      </p>
    </li>
  );

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4">
        <fieldset className="flex gap-2">
          <legend className="sr-only">{t("view")}</legend>
          {(["list", "week"] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
              className={`rounded-md border px-3 py-1.5 text-sm ${view === v ? "bg-primary text-primary-foreground" : "hover:bg-accent"}`}
            >
              {t(`view_${v}`)}
            </button>
          ))}
        </fieldset>
        {tracks.length ? (
          <div>
            <label htmlFor={`${idPrefix}-track`} className="block text-sm font-medium">
              {t("filterTrack")}
            </label>
            <Select id={`${idPrefix}-track`} value={track} onChange={(e) => setTrack(e.target.value)} className="w-72">
              <option value="">{t("allTracks")}</option>
              {tracks.map((tr) => (
                <option key={tr.id} value={tr.id}>
                  {tr.title}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
        {view === "week" && weeks.length > 1 ? (
          <div>
            <label htmlFor={`${idPrefix}-week`} className="block text-sm font-medium">
              {t("week")}
            </label>
            <Select
              id={`${idPrefix}-week`}
              value={currentWeek ?? ""}
              onChange={(e) => setWeek(e.target.value)}
              className="w-56"
            >
              {weeks.map((w) => (
                <option key={w} value={w}>
                  {fill(t("weekOf"), { date: dayLabel(w, locale) })}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
      </div>
      <p className="text-sm text-muted-foreground">
        {fill(t("timesIn"), { zone: timeZone })}
        {otherZone ? ` ${fill(t("viewerZone"), { zone: otherZone })}` : ""}
      </p>
      {days.length === 0 ? (
        <p>{t("empty")}</p>
      ) : view === "list" ? (
        <div className="space-y-6">
          {days.map((day) => (
            <section key={day.date} aria-labelledby={`${idPrefix}-${day.date}`} className="space-y-2">
              <h3 id={`${idPrefix}-${day.date}`} className="font-semibold">
                {dayLabel(day.date, locale)}
              </h3>
              <ul className="space-y-2">{day.sessions.map(entry)}</ul>
            </section>
          ))}
        </div>
      ) : (
        <div className="grid gap-3 lg:grid-cols-7">
          {currentWeek
            ? weekDates(currentWeek).map((date) => {
                const day = days.find((d) => d.date === date);
                return (
                  <section
                    key={date}
                    aria-labelledby={`${idPrefix}-w-${date}`}
                    className="min-w-0 space-y-2 rounded-lg border bg-muted/30 p-2"
                  >
                    <h3 id={`${idPrefix}-w-${date}`} className="text-sm font-semibold">
                      {dayLabel(date, locale)}
                    </h3>
                    {day ? (
                      <ul className="space-y-2 text-sm">{day.sessions.map(entry)}</ul>
                    ) : (
                      <p className="text-xs text-muted-foreground">{t("nothing")}</p>
                    )}
                  </section>
                );
              })
            : null}
        </div>
      )}
    </div>
  );
}
