/** Sessions as the timetable view takes them: plain JSON, instants as ISO strings. */
export function toEntries(
  sessions: readonly {
    id: string;
    title: string;
    kind: string;
    startsAt: Date;
    endsAt: Date;
    venue: string | null;
    onlineUrl: string | null;
    speakers: string | null;
    status: "scheduled" | "postponed" | "cancelled";
    statusReason: string | null;
    trackIds: string[];
    audienceLevel: "all" | "senior" | "working";
  }[],
) {
  return sessions.map((s) => ({
    id: s.id,
    title: s.title,
    kind: s.kind,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    venue: s.venue,
    onlineUrl: s.onlineUrl,
    speakers: s.speakers,
    status: s.status,
    statusReason: s.statusReason,
    trackIds: s.trackIds,
    audienceLevel: s.audienceLevel,
  }));
}

/** One session as the timetable view takes it. */
export type TimetableEntry = ReturnType<typeof toEntries>[number];
