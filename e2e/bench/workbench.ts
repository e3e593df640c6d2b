/**
 * The shortlisting workbench's loader at the size issue #15 names: 100,000 applications in one call (40,000 open
 * for selection), a shortlist of 100 and rules of every kind.
 *   DATABASE_URL=postgres://…/<prefix>_bench npm run bench:workbench
 * Fills a fresh database on that server (dropped at the end; BENCH_KEEP=1 keeps it), then times getWorkbench
 * (lib/decisions/queries.ts) per page kind with its round trips, beside the whole scored call it replaced
 * (loadScoredApplications) and the pool the solver's action loads (loadSelectionPool). Median and p95 of RUNS.
 */
import { existsSync } from "node:fs";
import { and, eq, inArray, sql } from "drizzle-orm";
import { countSqlRoundTrips, openDatabase } from "../../db/client";
import { applications, calls } from "../../db/schema";
import { getWorkbench } from "../../lib/decisions/queries";
import { getCallContext, type CallContext } from "../../lib/review/call";
import { loadScoredApplications, loadSelectionPool } from "../../lib/review/ranking";
import type { BalanceRules } from "../../lib/selection/types";
import { filledDatabase } from "./database";
import { percentile } from "./timing";

// The seed signs certificate codes with AUTH_SECRET (db/seed/index.ts reads the same file).
if (existsSync(".env.local")) process.loadEnvFile(".env.local");

const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

async function main() {
  const { env, cleanup, summary } = await filledDatabase("workbench", {
    applications: APPLICATIONS,
    editions: 20,
    alumni: 100,
    latestShare: 1,
  });
  const handle = openDatabase(env.DATABASE_URL);
  const db = handle.db;
  try {
    const callId = summary.latestCall;
    const open = await db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.callId, callId), inArray(applications.status, ["under_review"])))
      .orderBy(applications.reference)
      .limit(100);
    await db
      .update(applications)
      .set({ status: "shortlisted" })
      .where(
        inArray(
          applications.id,
          open.map((o) => o.id),
        ),
      );
    const rules: BalanceRules = {
      seats: 100,
      genderBand: { min: 0.4, max: 0.6 },
      maxPerCountry: 5,
      minCountries: 20,
      regionMin: { africa: 10, asia_pacific: 10 },
      delegations: { countries: ["KR", "VN"], size: 3 },
      pinnedIn: [open[0]!.id],
      pinnedOut: [open[1]!.id],
    };
    await db
      .update(calls)
      .set({ balanceRules: rules as unknown as Record<string, unknown> })
      .where(eq(calls.id, callId));
    await db.execute(sql`analyze`);
    const call = (await getCallContext(db, callId)) as CallContext;
    const first = await getWorkbench(db, call);
    const middle = Buffer.from(JSON.stringify([Math.floor(APPLICATIONS / 2)]), "utf8").toString("base64url");
    console.log(`pool ${first.pool}, shortlist ${first.chosenIds.length}, pages ${first.pages}`);
    const cases: [string, () => Promise<unknown>][] = [
      ["workbench, first page", () => getWorkbench(db, call)],
      ["workbench, a middle page", () => getWorkbench(db, call, { after: middle })],
      ["workbench, the shortlist", () => getWorkbench(db, call, { show: "chosen" })],
      ["workbench, a search", () => getWorkbench(db, call, { q: "BENCH-0004" })],
      ["before: the whole scored call", () => loadScoredApplications(db, call)],
      ["the solver's pool (suggest)", () => loadSelectionPool(db, call)],
    ];
    for (const [name, run] of cases) {
      await run();
      const times: number[] = [];
      let trips = 0;
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        trips = (await countSqlRoundTrips(run)).roundTrips;
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${name.padEnd(32)} p50=${percentile(times, 50).toFixed(0)} ms  p95=${percentile(times, 95).toFixed(0)} ms  round_trips=${trips}`,
      );
    }
  } finally {
    await handle.close();
    if (process.env.BENCH_KEEP === "1") console.log(`kept: ${env.DATABASE_URL}`);
    else await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
