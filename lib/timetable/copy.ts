import { addDays, shiftKeepingWallTime } from "@/lib/time";

export type EditionPlan<
  S extends { startsAt: Date; endsAt: Date },
  P extends { startDate: string; endDate: string },
> = {
  startDate: string | null;
  endDate: string | null;
  timeZone: string;
  phases: P[];
  sessions: S[];
};

/**
 * The same edition `offsetDays` later: every date moves by the offset and every session keeps its
 * wall-clock time in the cohort's zone (a 10:00 lecture in Paris stays at 10:00 after a DST change).
 * A 364-day offset (52 weeks) also keeps each session on the same weekday.
 */
export function shiftEdition<
  S extends { startsAt: Date; endsAt: Date },
  P extends { startDate: string; endDate: string },
>(plan: EditionPlan<S, P>, offsetDays: number): EditionPlan<S, P> {
  if (!Number.isInteger(offsetDays)) throw new RangeError("The offset must be a whole number of days.");
  const move = (date: string | null) => (date ? addDays(date, offsetDays) : null);
  return {
    ...plan,
    startDate: move(plan.startDate),
    endDate: move(plan.endDate),
    phases: plan.phases.map((p) => ({
      ...p,
      startDate: addDays(p.startDate, offsetDays),
      endDate: addDays(p.endDate, offsetDays),
    })),
    sessions: plan.sessions.map((s) => ({
      ...s,
      startsAt: shiftKeepingWallTime(s.startsAt, offsetDays, plan.timeZone),
      endsAt: shiftKeepingWallTime(s.endsAt, offsetDays, plan.timeZone),
    })),
  };
}
