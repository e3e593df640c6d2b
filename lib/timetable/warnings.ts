import { toWallTime } from "@/lib/time";

export type PlannedSession = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  /** Empty for a whole-cohort session. */
  trackIds: string[];
  status: "scheduled" | "postponed" | "cancelled";
};

export type CohortFrame = {
  startDate: string | null;
  endDate: string | null;
  timeZone: string;
  phases: { title: string; startDate: string; endDate: string }[];
};

export type TimetableWarning =
  | { kind: "track_overlap"; sessionIds: [string, string]; titles: [string, string]; trackIds: string[] }
  | { kind: "venue_overlap"; sessionIds: [string, string]; titles: [string, string]; venue: string }
  | { kind: "outside_dates"; sessionIds: [string]; titles: [string] }
  | { kind: "outside_phases"; sessionIds: [string]; titles: [string] };

const WHOLE_COHORT = "*";

/** `inner` runs strictly inside `outer`, in the same named venue. */
function isPartOf(inner: PlannedSession, outer: PlannedSession): boolean {
  const venue = venueKey(inner.venue);
  const within = inner.startsAt >= outer.startsAt && inner.endsAt <= outer.endsAt;
  const shorter = inner.endsAt.getTime() - inner.startsAt.getTime() < outer.endsAt.getTime() - outer.startsAt.getTime();
  return venue !== null && venue === venueKey(outer.venue) && within && shorter;
}
const venueKey = (venue: string | null) => venue?.trim().toLowerCase() || null;

/**
 * What an administrator should look at before publishing a timetable. Cancelled sessions are left
 * out. A whole-cohort session is everyone's, so it clashes with any session running at the same time,
 * except a shorter session held inside it in the same venue: that is a part of it (CPI Day's forum and
 * its keynote), not a clash.
 */
export function timetableWarnings(frame: CohortFrame, all: readonly PlannedSession[]): TimetableWarning[] {
  const sessions = all
    .filter((s) => s.status !== "cancelled")
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  const warnings: TimetableWarning[] = [];

  // Sweep in start order: only sessions that started before this one ends can overlap it.
  for (let i = 0; i < sessions.length; i++) {
    const a = sessions[i]!;
    for (let j = i + 1; j < sessions.length; j++) {
      const b = sessions[j]!;
      if (b.startsAt.getTime() >= a.endsAt.getTime()) break;
      const aTracks = a.trackIds.length ? a.trackIds : [WHOLE_COHORT];
      const bTracks = b.trackIds.length ? b.trackIds : [WHOLE_COHORT];
      const shared =
        aTracks.includes(WHOLE_COHORT) || bTracks.includes(WHOLE_COHORT)
          ? [...new Set([...aTracks, ...bTracks])]
          : aTracks.filter((t) => bTracks.includes(t));
      if (shared.length > 0) {
        // A block and one of its parts (the forum and its keynote, in the same hall) is a frame, not a clash.
        if (isPartOf(a, b) || isPartOf(b, a)) continue;
        warnings.push({
          kind: "track_overlap",
          sessionIds: [a.id, b.id],
          titles: [a.title, b.title],
          trackIds: shared.filter((t) => t !== WHOLE_COHORT),
        });
      } else if (venueKey(a.venue) && venueKey(a.venue) === venueKey(b.venue)) {
        warnings.push({
          kind: "venue_overlap",
          sessionIds: [a.id, b.id],
          titles: [a.title, b.title],
          venue: a.venue!.trim(),
        });
      }
    }
  }

  for (const s of sessions) {
    const first = toWallTime(s.startsAt, frame.timeZone).date;
    // A session ending at midnight belongs to the day it started.
    const last = toWallTime(new Date(s.endsAt.getTime() - 1), frame.timeZone).date;
    if ((frame.startDate && first < frame.startDate) || (frame.endDate && last > frame.endDate)) {
      warnings.push({ kind: "outside_dates", sessionIds: [s.id], titles: [s.title] });
    } else if (frame.phases.length > 0 && !frame.phases.some((p) => first >= p.startDate && last <= p.endDate)) {
      warnings.push({ kind: "outside_phases", sessionIds: [s.id], titles: [s.title] });
    }
  }
  return warnings;
}
