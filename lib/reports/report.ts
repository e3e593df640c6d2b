import "server-only";
import type { Executor } from "@/db/client";
import { buildReport, type Labels, type Report } from "./model";
import { loadReport, type ProgrammeScope, type ReportData } from "./queries";
import type { ReportFilters } from "./schemas";

// Reports are figures "as of" a moment, not live counters: one statement over 100,000 applications takes
// over a second, so each process keeps a report's data for a minute (REPORT_CACHE_SECONDS, 0 to turn off).
// Per process and short-lived, so several instances behind a load balancer stay within a minute of each other.
// Once a minute has passed, the next reader still gets the kept figures (with their "as of" date) while one
// statement computes fresh ones behind it: after its first reader, no reader waits for the aggregate.
const CACHE_SECONDS = Number(process.env.REPORT_CACHE_SECONDS ?? 60);
const CACHE_LIMIT = 200;
type Entry = { at: Date; data: Promise<ReportData>; refreshing?: boolean };
const cache = new Map<string, Entry>();

function cachedLoad(
  db: Executor,
  scope: ProgrammeScope,
  filters: ReportFilters,
  now: Date,
): { data: Promise<ReportData>; asOf: Date } {
  if (CACHE_SECONDS <= 0) return { data: loadReport(db, scope, filters, { asOf: now }), asOf: now };
  const key = JSON.stringify([
    scope === "all" ? scope : [...scope].sort(),
    Object.entries(filters)
      .filter(([, v]) => v !== undefined)
      .sort(),
  ]);
  const hit = cache.get(key);
  const fresh = (entry: Entry) => now.getTime() - entry.at.getTime() < CACHE_SECONDS * 1000;
  if (hit && (fresh(hit) || hit.refreshing)) return { data: hit.data, asOf: hit.at };
  if (hit) {
    // Stale: answer with what is kept, and replace it once the new figures are in (or keep it if they fail).
    hit.refreshing = true;
    loadReport(db, scope, filters, { asOf: now }).then(
      (data) => cache.set(key, { at: now, data: Promise.resolve(data) }),
      () => (hit.refreshing = false),
    );
    return { data: hit.data, asOf: hit.at };
  }
  const data = loadReport(db, scope, filters, { asOf: now });
  data.catch(() => cache.delete(key));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, { at: now, data });
  return { data, asOf: now };
}

/** Loads (one SQL round trip, at most once a minute per scope and filters, behind the reader once kept) and shapes a report; partners' and donors' reports are protected. */
export async function getReport(
  db: Executor,
  input: { scope: ProgrammeScope; filters: ReportFilters; labels: Labels; protect: boolean; now: Date },
): Promise<{ report: Report; data: ReportData; asOf: Date }> {
  const { data: pending, asOf } = cachedLoad(db, input.scope, input.filters, input.now);
  const data = await pending;
  return { report: buildReport(data, input.filters, input.labels, { protect: input.protect }), data, asOf };
}
