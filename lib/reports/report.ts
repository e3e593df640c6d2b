import "server-only";
import { getLocale } from "next-intl/server";
import { createHash } from "node:crypto";
import type { Executor } from "@/db/client";
import { isAppLocale } from "@/lib/i18n/request";
import { buildReport, type Labels, type Report } from "./model";
import { loadKeptReport, loadReport, type ProgrammeScope, type ReportData } from "./queries";
import type { ReportFilters } from "./schemas";

// Reports are figures "as of" a moment, not live counters: one statement over 100,000 applications takes
// seconds, so a report's figures are kept, in Postgres (report_snapshots, written by the statement that computes
// them: every instance shares them, and they outlive a restart) and, for a minute, in each process
// (REPORT_CACHE_SECONDS, 0 to turn keeping off). A reader gets the kept figures with their "as of" date; when
// they are older than a minute, one statement computes fresh ones behind that reader. Only a report nobody has
// asked for yet (or for 30 days) makes its first reader wait for the aggregate.
const CACHE_SECONDS = Number(process.env.REPORT_CACHE_SECONDS ?? 60);
const CACHE_LIMIT = 200;
type Kept = { at: Date; data: ReportData };
type Entry = { kept: Promise<Kept>; refreshing?: boolean };
const cache = new Map<string, Entry>();

async function cachedLoad(db: Executor, scope: ProgrammeScope, filters: ReportFilters, now: Date): Promise<Kept> {
  if (CACHE_SECONDS <= 0) return { at: now, data: await loadReport(db, scope, filters, { asOf: now }) };
  const key = createHash("sha256")
    .update(
      JSON.stringify([
        scope === "all" ? scope : [...scope].sort(),
        Object.entries(filters)
          .filter(([, v]) => v !== undefined)
          .sort(),
      ]),
    )
    .digest("hex");
  let entry = cache.get(key);
  if (!entry) {
    // Not kept in this process: what any process stored, else fresh figures (one statement either way).
    const created: Entry = { kept: loadKeptReport(db, scope, filters, { asOf: now, key, reuse: true }) };
    created.kept.catch(() => {
      if (cache.get(key) === created) cache.delete(key);
    });
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, created);
    entry = created;
  }
  const kept = await entry.kept;
  if (now.getTime() - kept.at.getTime() >= CACHE_SECONDS * 1000 && !entry.refreshing) {
    // Older than a minute: answer with them, and replace them once fresh ones are in (or keep them if that fails).
    const stale = entry;
    stale.refreshing = true;
    loadKeptReport(db, scope, filters, { asOf: now, key, reuse: false }).then(
      (fresh) => cache.set(key, { kept: Promise.resolve(fresh) }),
      () => (stale.refreshing = false),
    );
  }
  return kept;
}

/** Loads (one SQL round trip at most, the aggregate at most once a minute per scope and filters, behind the reader once kept) and shapes a report; partners' and donors' reports are protected. */
export async function getReport(
  db: Executor,
  input: { scope: ProgrammeScope; filters: ReportFilters; labels: Labels; protect: boolean; now: Date },
): Promise<{ report: Report; data: ReportData; asOf: Date }> {
  const [{ data, at: asOf }, locale] = await Promise.all([
    cachedLoad(db, input.scope, input.filters, input.now),
    getLocale(),
  ]);
  // Kept figures are shaped once per language and protection, not on every request (tens of milliseconds each).
  // Their key holds the scope and filters, so the same figures always come with the same filters.
  const byLabels = shaped.get(data) ?? new Map<string, Report>();
  shaped.set(data, byLabels);
  const language = isAppLocale(locale) ? locale : "en";
  const as = `${language}|${input.protect}`;
  let report = byLabels.get(as);
  if (!report) {
    report = buildReport(data, input.filters, input.labels, { protect: input.protect, locale: language });
    byLabels.set(as, report);
  }
  return { report, data, asOf };
}

const shaped = new WeakMap<ReportData, Map<string, Report>>();
