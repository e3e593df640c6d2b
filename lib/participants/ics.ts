import ical, { ICalEventStatus } from "ical-generator";
import type { TrackSession } from "./timetable";

/**
 * A participant's calendar: their track's sessions and the whole cohort's, in UTC (every calendar app
 * reads UTC right and shows it in its own zone). Stable UIDs, so a changed session updates in place.
 */
export function buildParticipantCalendar(input: { name: string; cohortTitle: string; trackTitle: string | null; timeZone: string; appUrl: string; cohortId: string; sessions: readonly TrackSession[]; stamp: Date }): string {
  const calendar = ical({
    name: input.trackTitle ? `${input.cohortTitle} — ${input.trackTitle}` : input.cohortTitle,
    description: `Timetable of ${input.cohortTitle} for ${input.name}. Times are shown in your calendar's zone; the cohort runs on ${input.timeZone}.`,
    prodId: { company: "Madang", product: "participant-timetable", language: "EN" },
    ttl: 3600,
    x: { "X-WR-TIMEZONE": input.timeZone },
  });
  for (const s of input.sessions) {
    calendar.createEvent({
      id: `${s.id}@madang`,
      start: s.startsAt,
      end: s.endsAt,
      stamp: input.stamp,
      summary: s.status === "scheduled" ? s.title : `${s.title} (${s.status})`,
      description: [s.speakers ? `Speakers: ${s.speakers}` : null, s.description, s.onlineUrl ? `Online: ${s.onlineUrl}` : null].filter(Boolean).join("\n\n") || null,
      location: s.venue ?? (s.onlineUrl ? "Online" : null),
      url: `${input.appUrl}/me/cohorts/${input.cohortId}#session-${s.id}`,
      status: s.status === "cancelled" ? ICalEventStatus.CANCELLED : s.status === "postponed" ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
