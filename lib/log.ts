import pino from "pino";

/**
 * The one logger: JSON lines on stdout (one per request from lib/security/server-edge.ts, one per job from
 * lib/jobs), for whatever collects the logs of several instances. LOG_LEVEL sets the level; silent under Vitest.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
  base: { pid: process.pid },
});
