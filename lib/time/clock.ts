const DAY_MS = 86_400_000;

/**
 * "Now" for the whole application: the server, the seed and the tests read it here, so one setting moves them
 * together. MADANG_NOW (an ISO instant) fixes it; otherwise MADANG_CLOCK_OFFSET_DAYS (a number of days, may be
 * negative or fractional) shifts the real time, e.g. `MADANG_CLOCK_OFFSET_DAYS=730 npm test` runs two years ahead.
 * Read on every call (not cached), so a test can set the variables before it runs.
 */
export function now(): Date {
  const fixed = process.env.MADANG_NOW;
  if (fixed) {
    const at = new Date(fixed);
    if (Number.isNaN(at.getTime())) throw new Error(`MADANG_NOW is not an ISO date and time: ${fixed}`);
    return at;
  }
  const offset = process.env.MADANG_CLOCK_OFFSET_DAYS;
  if (!offset) return new Date();
  const days = Number(offset);
  if (!Number.isFinite(days)) throw new Error(`MADANG_CLOCK_OFFSET_DAYS is not a number of days: ${offset}`);
  return new Date(Date.now() + days * DAY_MS);
}
