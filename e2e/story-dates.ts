import { seoul, storyDay } from "../db/seed/batch";
import { now } from "../lib/time/clock";

// The seed moves its present (CPI 2027, the network's recent activity) by whole weeks so that its "today" is the
// clock's today (db/seed/batch.ts, lib/time/clock.ts). Journeys compute the seeded dates the same way, in the same
// environment as the server that seeded them, instead of writing 2027 into their expectations.

/** A seeded Seoul wall-clock time of the story ("2027-09-01 10:00"), where the seed put it. */
export const storyTime = seoul;
/** A seeded calendar day of the story ("2027-07-05"), where the seed put it. */
export { storyDay };
/** The month of a story day, for a month input ("2027-11"). */
export const storyMonth = (month: string) => storyDay(`${month}-01`).slice(0, 7);

/**
 * A moment `days` from the app's clock (negative: before), for what a journey makes itself rather than finds
 * in the seed: its own call's dates, an offer's deadline. The same clock the server reads (lib/time/clock.ts).
 */
export const daysFromNow = (days: number) => new Date(now().getTime() + days * 86_400_000);
/** The Seoul calendar day of a moment ("2027-09-01"), as a date column takes it. */
export const seoulDay = (at: Date) => new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

const SEOUL = "Asia/Seoul";
/** A moment as a datetime-local input in Seoul takes it ("2027-05-31T18:00"); Seoul keeps no summer time. */
export const seoulInput = (at: Date) => new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 16);
/** "May 1, 2027": a day as the pages show it. */
export const shownDay = (at: Date) =>
  new Intl.DateTimeFormat("en", { day: "numeric", month: "short", year: "numeric", timeZone: SEOUL }).format(at);
/** "Nov 10, 2026, 18:00 GMT+9": a moment as the pages show it. */
export const shownMoment = (at: Date) =>
  new Intl.DateTimeFormat("en", {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: SEOUL,
    timeZoneName: "short",
  }).format(at);
/** "Thu 8 Jul 2027": a day heading of a timetable. */
export const shownHeadingDay = (at: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: SEOUL,
  })
    .format(at)
    .replace(",", "");
/** "Wed, Sep 1, 2027, 10:00 GMT+9": a session's moment with its weekday. */
export const shownSession = (at: Date) =>
  new Intl.DateTimeFormat("en", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: SEOUL,
    timeZoneName: "short",
  }).format(at);
/** "20270901T010000Z": a moment as an ICS feed writes it. */
export const icsUtc = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
