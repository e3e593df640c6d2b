/**
 * "Now" for the server, the seed and the tests, from one place, so the whole app can be run on another
 * day without waiting for it:
 * - MADANG_NOW (an ISO date-time, e.g. 2029-03-01T09:00:00Z) fixes the clock at that instant;
 * - otherwise MADANG_CLOCK_OFFSET_DAYS (a whole number of days, negative for the past; default 0) shifts
 *   the real time, which keeps running.
 * A value that does not parse stops with an error rather than silently using the real time.
 */
const DAY_MS = 86_400_000;

export function now(): Date {
  const fixed = process.env.MADANG_NOW;
  if (fixed) {
    const at = new Date(fixed);
    if (Number.isNaN(at.getTime())) throw new Error(`MADANG_NOW must be an ISO date-time, not "${fixed}"`);
    return at;
  }
  const offset = process.env.MADANG_CLOCK_OFFSET_DAYS;
  if (!offset) return new Date();
  if (!/^[+-]?\d+$/.test(offset.trim())) throw new Error(`MADANG_CLOCK_OFFSET_DAYS must be a whole number of days, not "${offset}"`);
  return new Date(Date.now() + Number(offset) * DAY_MS);
}
