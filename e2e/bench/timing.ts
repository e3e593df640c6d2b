import { existsSync, readdirSync, readFileSync } from "node:fs";

/** What the benchmarks that start a server share: a percentile of sorted samples, and waiting for the server. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export async function waitFor(url: string, seconds: number) {
  for (let i = 0; i < seconds * 2; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

// Linux counts a process's CPU time in clock ticks of 1/100 s (USER_HZ, `getconf CLK_TCK`).
const TICKS_PER_SECOND = 100;

function cpuMsOf(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * CPU time used so far (ms) by the server's process and by the Postgres backends serving `database`, read from
 * /proc: on a machine where both share the cores, a request's cost is both. Postgres is counted only when it runs
 * on this machine (0 otherwise); each reading lists the backends again and keeps the last figure of one that ended.
 * Null on a system without /proc.
 */
export function cpuMeter(serverPid: number | undefined, database: string) {
  const backends = new Map<string, number>();
  return (): { serverMs: number | null; postgresMs: number } | null => {
    if (!existsSync("/proc/self/stat")) return null;
    for (const pid of readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      let command: string;
      try {
        command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      } catch {
        continue;
      }
      if (!command.startsWith("postgres: ") || !command.includes(` ${database} `)) continue;
      const ms = cpuMsOf(pid);
      if (ms !== null) backends.set(pid, ms);
    }
    let postgresMs = 0;
    for (const ms of backends.values()) postgresMs += ms;
    return { serverMs: serverPid ? cpuMsOf(String(serverPid)) : null, postgresMs };
  };
}

/**
 * What a hard reload sends: the server renders the page instead of sending the one it kept while nothing was
 * written (lib/page-cache.ts). Benchmarks that time a page's rendering send it.
 */
export const RENDER = { "cache-control": "no-cache" } as const;
