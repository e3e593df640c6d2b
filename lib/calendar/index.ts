/**
 * Every iCalendar feed Madang serves, through ical-generator: an edition's feed (whole or one track), one
 * session ("add to calendar"), a participant's personal feed, and an alumni event. The rules that keep a
 * calendar app from showing duplicates or stale events hold in all of them:
 * - one UID per session everywhere (sessionUid), so a person subscribed to the cohort feed and to their
 *   personal feed sees each session once;
 * - SEQUENCE is the session's version, so an edited session replaces the copy a client holds;
 * - a cancelled session, or every session of a cancelled edition, stays in the feed with STATUS:CANCELLED
 *   (a client only removes an event it is told is cancelled, never one that silently disappears);
 * - times are written in UTC (…Z), which every client reads right without a VTIMEZONE block; the
 *   edition's zone is named in X-WR-TIMEZONE and in the description.
 */
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from "ical-generator";
import { now } from "@/lib/time/clock";

/** The host part of every UID: APP_URL's host, or "madang" when it is not set, so UIDs stay put across restarts. */
export function calendarHost(): string {
  const url = process.env.APP_URL;
  if (!url) return "madang";
  try {
    return new URL(url).hostname || "madang";
  } catch {
    return "madang";
  }
}

/** A UID that stays the same however often the session is edited, in every feed that lists it. */
export function sessionUid(sessionId: string): string {
  return `session-${sessionId}@${calendarHost()}`;
}

/** The UID of an alumni event post. */
export function alumniEventUid(postId: string): string {
  return `post-${postId}@${calendarHost()}`;
}

export type CalendarSession = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  onlineUrl: string | null;
  speakers: string | null;
  description: string | null;
  status: "scheduled" | "postponed" | "cancelled";
  statusReason: string | null;
  /** Raised on every edit; written as SEQUENCE. */
  version: number;
};

export type SessionFeed = {
  name: string;
  /** Shown by clients that display a calendar's description (the personal feed says whose it is). */
  description?: string;
  timeZone: string;
  /** The page people land on from an event, unless `sessionUrl` names one per session. */
  url: string;
  sessionUrl?: (session: CalendarSession) => string;
  /**
   * The edition's status and start date: an edition cancelled as a whole cancels every event in it; one
   * postponed to dates not yet announced (no start date) keeps its events, marked tentative.
   */
  edition: { status: string; startDate: string | null };
  sessions: readonly CalendarSession[];
};

function newCalendar(
  name: string,
  product: string,
  url: string | null,
  timeZone: string,
  description?: string,
): ICalCalendar {
  const calendar = ical({
    name,
    description,
    prodId: { company: "Madang", product, language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    url,
    ttl: 60 * 60,
  });
  calendar.x([{ key: "X-WR-TIMEZONE", value: timeZone }]);
  return calendar;
}

/** Sessions of one edition as a calendar: the cohort feed, a track's feed, one session, or a participant's feed. */
export function buildSessionCalendar(feed: SessionFeed): string {
  const calendar = newCalendar(feed.name, "Timetable", feed.url, feed.timeZone, feed.description);
  const stamp = now();
  const cohortCancelled = feed.edition.status === "cancelled";
  const cohortPostponedTba = feed.edition.status === "postponed" && feed.edition.startDate === null;
  for (const s of feed.sessions) {
    const cancelled = cohortCancelled || s.status === "cancelled";
    const tentative = !cancelled && (s.status === "postponed" || cohortPostponedTba);
    const notes = [
      s.status !== "scheduled"
        ? `${s.status === "cancelled" ? "Cancelled" : "Postponed"}${s.statusReason ? `: ${s.statusReason}` : ""}`
        : null,
      cohortCancelled && s.status !== "cancelled" ? "Cancelled: the whole edition is cancelled." : null,
      s.speakers ? `Speakers: ${s.speakers}` : null,
      s.description,
      s.onlineUrl ? `Join online: ${s.onlineUrl}` : null,
      `Times are set in ${feed.timeZone}.`,
    ].filter(Boolean);
    calendar.createEvent({
      id: sessionUid(s.id),
      sequence: s.version,
      stamp,
      start: s.startsAt,
      end: s.endsAt,
      summary: cancelled ? `Cancelled: ${s.title}` : tentative ? `Postponed: ${s.title}` : s.title,
      description: notes.join("\n\n"),
      location: s.venue ?? s.onlineUrl ?? null,
      url: feed.sessionUrl?.(s) ?? s.onlineUrl ?? feed.url,
      status: cancelled ? ICalEventStatus.CANCELLED : tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

type AlumniEvent = {
  postId: string;
  title: string;
  body: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string | null;
  location: string | null;
  url: string;
  /** A post hidden by a moderator is an event that no longer takes place. */
  cancelled: boolean;
};

/** An alumni event post as a calendar file. Posts are not versioned, so SEQUENCE stays 0. */
export function buildAlumniEventCalendar(event: AlumniEvent): string {
  const zone = event.timeZone ?? "UTC";
  const calendar = newCalendar(event.title, "Alumni network", event.url, zone);
  calendar.createEvent({
    id: alumniEventUid(event.postId),
    sequence: 0,
    stamp: now(),
    start: event.startsAt,
    end: event.endsAt,
    summary: event.cancelled ? `Cancelled: ${event.title}` : event.title,
    description: [event.body, "", `Times set in ${zone}. ${event.url}`].join("\n"),
    location: event.location,
    url: event.url,
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

/** "CPI 2023 – Performing Arts 1" -> "cpi-2023-performing-arts-1.ics" */
export function calendarFileName(name: string): string {
  return `${
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 80) || "calendar"
  }.ics`;
}

/**
 * A calendar as an HTTP answer: `inline` for a feed a calendar app subscribes to, `attachment` for a file a
 * person downloads. Cached privately (some feeds are not public) for five minutes, as often as apps poll.
 */
export function calendarResponse(
  body: string,
  fileName: string,
  disposition: "inline" | "attachment" = "inline",
): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `${disposition}; filename="${fileName}"`,
      "cache-control": "private, max-age=300",
    },
  });
}
