import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

export type FeedSession = {
  id: string;
  title: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  onlineUrl: string | null;
  speakers: string | null;
  description: string | null;
  status: "scheduled" | "postponed" | "cancelled";
  statusReason: string | null;
  version: number;
};

export type Feed = {
  name: string;
  timeZone: string;
  /** The page people land on from an event. */
  url: string;
  /** An edition that is cancelled as a whole cancels every event in it. */
  cohortCancelled: boolean;
  /** An edition postponed to dates not yet announced: its events are kept, marked tentative. */
  cohortPostponedTba?: boolean;
  sessions: FeedSession[];
};

/** A UID that stays the same however often the session is edited, so clients update rather than duplicate. */
export function sessionUid(sessionId: string): string {
  return `session-${sessionId}@madang`;
}

/**
 * An iCalendar feed. Times are written in UTC (…Z), which every client reads right without a
 * VTIMEZONE block; the cohort's zone is named in X-WR-TIMEZONE for display. SEQUENCE is the
 * session's version, so an edited session replaces the old one.
 */
export function buildCalendar(feed: Feed): string {
  const calendar = ical({ name: feed.name, prodId: { company: "Madang", product: "Timetable", language: "EN" }, method: ICalCalendarMethod.PUBLISH, url: feed.url, ttl: 60 * 60 });
  calendar.x([{ key: "X-WR-TIMEZONE", value: feed.timeZone }]);
  for (const s of feed.sessions) {
    const cancelled = feed.cohortCancelled || s.status === "cancelled";
    const tentative = !cancelled && (s.status === "postponed" || feed.cohortPostponedTba === true);
    const notes = [
      s.status !== "scheduled" ? `${s.status === "cancelled" ? "Cancelled" : "Postponed"}${s.statusReason ? `: ${s.statusReason}` : ""}` : null,
      s.speakers ? `Speakers: ${s.speakers}` : null,
      s.description,
      s.onlineUrl ? `Join online: ${s.onlineUrl}` : null,
    ].filter(Boolean);
    calendar.createEvent({
      id: sessionUid(s.id),
      sequence: s.version,
      start: s.startsAt,
      end: s.endsAt,
      summary: cancelled ? `Cancelled: ${s.title}` : tentative ? `Postponed: ${s.title}` : s.title,
      description: notes.join("\n\n") || null,
      location: s.venue ?? s.onlineUrl ?? null,
      url: s.onlineUrl ?? feed.url,
      status: cancelled ? ICalEventStatus.CANCELLED : tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
