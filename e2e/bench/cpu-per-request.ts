/**
 * CPU per request, split between the server and Postgres: a tool for finding what a page costs, not a benchmark
 * with a figure line. Under load a page's p95 against the trivial route's is close to the ratio of these costs
 * (bench:load), and CPU time, unlike wall time, barely moves when something else runs on the machine.
 *
 *   PID=<next-server pid> BASE=http://localhost:3301 ROUTES=none=/api/health,/admin/programmes,reviewer=/review \
 *     N=60 REPS=2 npx tsx e2e/bench/cpu-per-request.ts
 *
 * Each route is `who=path` (who: admin, the default, reviewer or none) on a server started on a filled database
 * (BENCH_FILL_ONLY=1 npm run bench:load keeps one and prints its URL). It reads the utime and stime of every
 * thread of PID and of every postgres process from /proc (so run one Postgres database at a time on the machine)
 * around N sequential requests after 5 warm-up ones, and prints per request: node ms, pg ms, wall ms.
 */
import { readFileSync, readdirSync } from "node:fs";
import { signIn } from "./database";
import { RENDER } from "./timing";
const base = process.env.BASE ?? "http://localhost:3301";
const pid = Number(process.env.PID);
/** utime + stime of one /proc stat line, in clock ticks (10 ms). */
function ticks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}
function pgMs(): number {
  let t = 0;
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const raw = readFileSync(`/proc/${d}/stat`, "utf8");
      if (!raw.includes("(postgres)")) continue;
      t += ticks(raw);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return t * 10;
}
function cpuMs(): number {
  let t = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    t += ticks(readFileSync(`/proc/${pid}/task/${task}/stat`, "utf8"));
  }
  return t * 10;
}
async function main() {
  const cookies: Record<string, string> = {
    admin: await signIn(base, "admin@madang.test"),
    reviewer: await signIn(base, "reviewer@madang.test"),
    none: "",
  };
  const routes = (process.env.ROUTES ?? "/admin/programmes").split(",");
  const n = Number(process.env.N ?? 200);
  for (let rep = 0; rep < Number(process.env.REPS ?? 2); rep++)
    for (const spec of routes) {
      const [who, route] = spec.includes("=") ? (spec.split("=") as [string, string]) : ["admin", spec];
      const cookie = cookies[who] ?? "";
      for (let i = 0; i < 5; i++)
        await (await fetch(base + route, { headers: { cookie, ...RENDER }, redirect: "manual" })).arrayBuffer();
      const c0 = cpuMs();
      const p0 = pgMs();
      const t0 = performance.now();
      for (let i = 0; i < n; i++) {
        const r = await fetch(base + route, { headers: { cookie, ...RENDER }, redirect: "manual" });
        await r.arrayBuffer();
      }
      const c1 = cpuMs();
      const p1 = pgMs();
      const t1 = performance.now();
      console.log(
        route.padEnd(60),
        "node",
        ((c1 - c0) / n).toFixed(1),
        "pg",
        ((p1 - p0) / n).toFixed(1),
        "wall",
        ((t1 - t0) / n).toFixed(1),
      );
    }
}
void main();
