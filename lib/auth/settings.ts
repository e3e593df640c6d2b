/**
 * Account and session settings read from the environment, typed and with safe defaults.
 * REQUIRE_STAFF_2FA   "true" makes administrators and programme managers enrol in two-factor (default off,
 *                      so the demo accounts sign in with a password alone).
 * SESSION_IDLE_MINUTES a session unused this long ends (default 720, twelve hours).
 * SESSION_MAX_DAYS     a session ends this long after sign-in, used or not (default 14).
 * MAIL_DEV_INBOX       "true" shows administrators the links in messages not yet sent, for a machine
 *                      without SMTP (development, the browser tests); never set it in production.
 */
function positiveInt(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function accountSettings() {
  return {
    requireStaffTwoFactor: process.env.REQUIRE_STAFF_2FA === "true",
    sessionIdleMs: positiveInt(process.env.SESSION_IDLE_MINUTES, 720) * 60_000,
    sessionMaxMs: positiveInt(process.env.SESSION_MAX_DAYS, 14) * 24 * 3600_000,
    mailDevInbox: process.env.MAIL_DEV_INBOX === "true",
  };
}
