import { and, count, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  alumniProfiles,
  applications,
  calls,
  cohorts,
  emailOutbox,
  enrolments,
  profiles,
  programmes,
  reviews,
  tracks,
  users,
} from "@/db/schema";
import { SEED_IDS, seedDatabase } from "@/db/seed/seed";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { loadActor } from "@/lib/auth/actor";
import { COUNTRY_GROUPS, countryName, REGION_OF_COUNTRY, UNESCO_REGIONS } from "@/lib/geo";
import messages from "@/messages/en.json";
import fr from "@/messages/fr.json";
import ko from "@/messages/ko.json";
import { getAttention } from "./attention";
import { buildReport, GENDERS, type Labels, type Report } from "./model";
import { executeRows } from "@/db/subquery";
import { FUNNEL_STEPS, loadKeptReport, loadReport, partnerScope, type FunnelStep } from "./queries";
import type { ReportFilters } from "./schemas";
import { cellText, cellValue, MIN_GROUP, type ReportCell, type ReportTable } from "./suppress";

// The report's date is fixed: no figure here depends on today.
const AS_OF = new Date("2026-11-29T00:00:00Z");

const localMessages = { en: messages, ko, fr };
const labelsIn =
  (locale: keyof typeof localMessages): Labels =>
  (key, values) => {
    let text = (localMessages[locale].reports as Record<string, string>)[key] ?? key;
    for (const [k, v] of Object.entries(values ?? {})) text = text.replace(`{${k}}`, String(v));
    return text;
  };
const labels = labelsIn("en");
const countryCodeOf = (name: string) => Object.keys(REGION_OF_COUNTRY).find((c) => countryName(c, "en") === name)!;

const cell = (report: Report, table: string, rowLabel: string, column: string): ReportCell => {
  const t = report.tables.find((x) => x.id === table)!;
  const row = t.rows.find((r) => cellText(r[0]!).trim() === rowLabel);
  if (!row) throw new Error(`no row ${rowLabel} in ${table}`);
  const index = t.columns.indexOf(column);
  if (index < 0) throw new Error(`no column ${column} in ${table}`);
  return row[index]!;
};
const n = (c: ReportCell) => {
  if (c.kind !== "people" && c.kind !== "number") throw new Error(`not a count: ${JSON.stringify(c)}`);
  return c.n;
};

/**
 * The same figures worked out independently: raw rows fetched with plain selects, the funnel rules applied
 * person by person in TypeScript (no grouping sets, no CTE), so a mistake in the report's SQL shows here.
 */
async function bruteForce(db: TestDatabase["db"], cohortId: string) {
  const [apps, revs, enrols, profileRows, alumniRows] = await Promise.all([
    db
      .select({
        id: applications.id,
        userId: applications.applicantId,
        status: applications.status,
        gender: applications.snapshotGender,
        country: applications.snapshotNationality,
      })
      .from(applications)
      .innerJoin(calls, eq(calls.id, applications.callId))
      .where(eq(calls.cohortId, cohortId)),
    db.select({ applicationId: reviews.applicationId, status: reviews.status }).from(reviews),
    db
      .select({ userId: enrolments.userId, status: enrolments.status, level: tracks.level })
      .from(enrolments)
      .leftJoin(tracks, eq(tracks.id, enrolments.trackId))
      .where(eq(enrolments.cohortId, cohortId)),
    db.select({ userId: profiles.userId, gender: profiles.gender, country: profiles.nationality }).from(profiles),
    db.select({ userId: alumniProfiles.userId }).from(alumniProfiles),
  ]);
  const reviewed = new Set(revs.filter((r) => r.status === "submitted" && r.applicationId).map((r) => r.applicationId));
  const profile = new Map(profileRows.map((p) => [p.userId, p]));
  const inNetwork = new Set(alumniRows.map((a) => a.userId));
  const persons = new Map<
    string,
    { steps: Set<FunnelStep>; gender: string; country: string | null; level: string | null }
  >();
  const person = (userId: string) => {
    let p = persons.get(userId);
    if (!p) {
      p = {
        steps: new Set(),
        gender: profile.get(userId)?.gender ?? "undisclosed",
        country: profile.get(userId)?.country ?? null,
        level: null,
      };
      persons.set(userId, p);
    }
    return p;
  };
  for (const a of apps) {
    const p = person(a.userId);
    p.steps.add("started");
    if (a.gender) p.gender = a.gender;
    if (a.country) p.country = a.country;
    if (a.status !== "draft") p.steps.add("submitted");
    if (!["draft", "withdrawn"].includes(a.status) && !(a.status === "rejected" && !reviewed.has(a.id)))
      p.steps.add("eligible");
    if (reviewed.has(a.id)) p.steps.add("reviewed");
    if (["shortlisted", "offered", "confirmed", "declined"].includes(a.status)) p.steps.add("shortlisted");
    if (["offered", "confirmed", "declined"].includes(a.status)) p.steps.add("offered");
    if (a.status === "confirmed") p.steps.add("confirmed");
  }
  for (const e of enrols) {
    const p = person(e.userId);
    p.level = e.level;
    p.steps.add("shortlisted").add("offered");
    if (["confirmed", "withdrawn", "completed", "not_completed"].includes(e.status)) p.steps.add("confirmed");
    if (e.status === "completed") p.steps.add("completed");
    if (e.status === "completed" && inNetwork.has(e.userId)) p.steps.add("alumni");
  }
  const all = [...persons.values()];
  const at = (step: FunnelStep, where: (p: (typeof all)[number]) => boolean = () => true) =>
    all.filter((p) => p.steps.has(step) && where(p));
  const countries = (list: typeof all) => new Set(list.map((p) => p.country).filter(Boolean)).size;
  return { all, at, countries };
}

describe.each(testDrivers())("reports on the seeded database (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    await seedDatabase(t.db);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const report = async (filters: ReportFilters, protect = false, scope: Parameters<typeof loadReport>[1] = "all") =>
    buildReport(await loadReport(t.db, scope, filters, { asOf: AS_OF }), filters, labels, { protect });

  it("shows CPI 2023 as the organisers' document does: 48 experts from 23 countries, 20 administrators from 10, 25 countries in all", async () => {
    const r = await report({ edition: SEED_IDS.cpi2023Cohort });
    const truth = await bruteForce(t.db, SEED_IDS.cpi2023Cohort);
    const participants = truth.at("confirmed");
    const experts = truth.at("confirmed", (p) => p.level === "intensive" || p.level === "general");
    const administrators = truth.at("confirmed", (p) => p.level === "senior" || p.level === "working");
    // The document's figures, and the same figures counted independently.
    expect([
      experts.length,
      truth.countries(experts),
      administrators.length,
      truth.countries(administrators),
      truth.countries(participants),
    ]).toEqual([48, 23, 20, 10, 25]);
    expect(n(cell(r, "audiences", labels("audience_courses"), labels("participants")))).toBe(48);
    expect(n(cell(r, "audiences", labels("audience_courses"), labels("countries")))).toBe(23);
    expect(n(cell(r, "audiences", labels("audience_officials"), labels("participants")))).toBe(20);
    expect(n(cell(r, "audiences", labels("audience_officials"), labels("countries")))).toBe(10);
    expect(n(r.headline.find((h) => h.key === "countries")!.cell)).toBe(25);
    expect(n(r.headline.find((h) => h.key === "participants")!.cell)).toBe(68);
    // The gender split, as people described themselves.
    for (const g of GENDERS) {
      expect(n(cell(r, "gender", labels(`gender_${g}`), labels("step_confirmed")))).toBe(
        truth.at("confirmed", (p) => p.gender === g).length,
      );
    }
    const women = truth.at("confirmed", (p) => p.gender === "woman").length;
    const disclosed = truth.at("confirmed", (p) => p.gender !== "undisclosed").length;
    expect(r.headline.find((h) => h.key === "women")!.cell).toEqual({ kind: "share", num: women, den: disclosed });
  });

  it("shows Seoul 2018 with 30 participants from 17 countries, and every funnel, gender and country figure as counted independently", async () => {
    for (const cohortId of [
      SEED_IDS.seoul2018Cohort,
      SEED_IDS.cpi2023Cohort,
      SEED_IDS.cpi2027Cohort,
      SEED_IDS.aseanCohort,
    ]) {
      const r = await report({ edition: cohortId });
      const truth = await bruteForce(t.db, cohortId);
      if (cohortId === SEED_IDS.seoul2018Cohort) {
        expect(truth.at("confirmed").length).toBe(30);
        expect(truth.countries(truth.at("confirmed"))).toBe(17);
        expect(n(r.headline.find((h) => h.key === "participants")!.cell)).toBe(30);
        expect(n(r.headline.find((h) => h.key === "countries")!.cell)).toBe(17);
      }
      for (const step of FUNNEL_STEPS) {
        expect(n(cell(r, "funnel", labels(`step_${step}`), labels("people"))), `${cohortId} ${step}`).toBe(
          truth.at(step).length,
        );
        for (const g of GENDERS)
          expect(n(cell(r, "gender", labels(`gender_${g}`), labels(`step_${step}`)))).toBe(
            truth.at(step, (p) => p.gender === g).length,
          );
      }
      const countries = r.tables.find((x) => x.id === "countries")!;
      const shown = new Map(
        countries.rows.map((row) => [
          cellText(row[0]!),
          n(row[countries.columns.indexOf(labels("step_started"))]!) +
            n(row[countries.columns.indexOf(labels("step_confirmed"))]!),
        ]),
      );
      const expected = new Map<string, number>();
      for (const p of truth.all.filter((x) => x.country)) {
        const key = countryName(p.country!);
        expected.set(
          key,
          (expected.get(key) ?? 0) + (p.steps.has("started") ? 1 : 0) + (p.steps.has("confirmed") ? 1 : 0),
        );
      }
      expect(shown).toEqual(expected);
    }
  });

  it("counts the organisation's figures by Seoul Agenda goal and SDG from the programmes' tags", async () => {
    const r = await report({});
    const tagged = await t.db.select({ id: programmes.id, sdgs: programmes.sdgs }).from(programmes);
    const withSdg4 = tagged.filter((p) => p.sdgs.includes(4));
    const participants = await t.db
      .select({ userId: enrolments.userId, status: enrolments.status, programmeId: cohorts.programmeId })
      .from(enrolments)
      .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
      .where(
        inArray(
          cohorts.programmeId,
          withSdg4.map((p) => p.id),
        ),
      );
    const confirmed = participants.filter((e) =>
      ["confirmed", "withdrawn", "completed", "not_completed"].includes(e.status),
    );
    expect(n(cell(r, "sdgs", labels("sdgLabel", { n: 4 }), labels("programmes")))).toBe(withSdg4.length);
    // Applicants who were confirmed through an application count too; the seed has none outside enrolments.
    expect(n(cell(r, "sdgs", labels("sdgLabel", { n: 4 }), labels("participants")))).toBe(confirmed.length);
    const outstanding = r.tables
      .find((x) => x.id === "outcomes")!
      .rows.find((row) => cellText(row[0]!) === labels("outcome_outstanding"))!;
    expect(n(outstanding[1]!)).toBe(4);
  });

  it("lists on the dashboard what needs attention at a given moment, as counted independently", async () => {
    // Six days before the CPI 2027 call closes (the seed moves that date with the clock), within a week of its
    // offers' expiry.
    const [cpi] = await t.db.select({ closesAt: calls.closesAt }).from(calls).where(eq(calls.id, SEED_IDS.cpi2027Call));
    const now = new Date(cpi!.closesAt!.getTime() - 6 * 86_400_000);
    const a = await getAttention(t.db, "all", { now, includeEmails: true });
    const closing = await t.db
      .select({ id: calls.id })
      .from(calls)
      .where(
        and(
          eq(calls.status, "open"),
          gte(calls.closesAt, now),
          lt(calls.closesAt, new Date(now.getTime() + 14 * 86_400_000)),
        ),
      );
    expect(a.callsClosing.map((c) => c.id).sort()).toEqual(closing.map((c) => c.id).sort());
    expect(a.callsClosing.map((c) => c.id)).toContain(SEED_IDS.cpi2027Call);
    const open = await t.db
      .select({ callId: applications.callId, n: count() })
      .from(reviews)
      .innerJoin(applications, eq(applications.id, reviews.applicationId))
      .where(
        and(
          inArray(reviews.status, ["assigned", "draft"]),
          inArray(applications.status, ["submitted", "under_review"]),
        ),
      )
      .groupBy(applications.callId);
    expect(Object.fromEntries(a.reviewsOutstanding.map((r) => [r.callId, r.outstanding]))).toEqual(
      Object.fromEntries(open.map((r) => [r.callId, r.n])),
    );
    expect(open.length).toBeGreaterThan(0);
    const offers = await t.db
      .select({ cohortId: enrolments.cohortId, n: count() })
      .from(enrolments)
      .where(
        and(eq(enrolments.status, "offered"), lt(enrolments.offerExpiresAt, new Date(now.getTime() + 7 * 86_400_000))),
      )
      .groupBy(enrolments.cohortId);
    expect(Object.fromEntries(a.offersExpiring.map((o) => [o.cohortId, o.offers]))).toEqual(
      Object.fromEntries(offers.map((o) => [o.cohortId, o.n])),
    );
    expect(offers.length).toBeGreaterThan(0);
    const [failed] = await t.db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.status, "failed"));
    expect(a.emails.failed).toBe(failed!.n);
    const [enrolled] = await t.db
      .select({ n: count() })
      .from(enrolments)
      .where(inArray(enrolments.status, ["confirmed", "withdrawn", "completed", "not_completed"]));
    // The dashboard's headline figures are the organisation report's (app/admin/page.tsx), counted here apart.
    const organisation = await report({});
    const headline = (key: string) => n(organisation.headline.find((h) => h.key === key)!.cell);
    expect(headline("participants")).toBe(enrolled!.n);
    const [applied] = await executeRows<{ n: number }>(
      t.db,
      sql`select count(distinct (k.cohort_id, a.applicant_id))::int as n from applications a join calls k on k.id = a.call_id where a.status <> 'draft'`,
    );
    expect(headline("applicants")).toBe(applied!.n);
    const [programmesN] = await t.db.select({ n: count() }).from(programmes);
    const [editionsN] = await t.db.select({ n: count() }).from(cohorts);
    expect([organisation.programmes.length, organisation.editions.length]).toEqual([programmesN!.n, editionsN!.n]);
    expect(enrolled!.n * applied!.n * editionsN!.n).toBeGreaterThan(0);
  });

  it("never shows a partner a group below 3, whatever the filters", async () => {
    const [partner] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, "partner@madang.test"));
    const actor = await loadActor(t.db, partner!.id);
    const scope = partnerScope(actor!);
    const trackRows = await t.db.select({ id: tracks.id, cohortId: tracks.cohortId }).from(tracks);
    const attempts: ReportFilters[] = [
      {},
      { edition: SEED_IDS.cpi2023Cohort },
      { edition: SEED_IDS.cpi2027Cohort },
      { call: SEED_IDS.cpi2027Call },
      { from: 2023, to: 2023 },
      ...trackRows.map((tr) => ({ edition: tr.cohortId, track: tr.id })),
    ];
    let smallGroupsHidden = 0;
    for (const filters of attempts) {
      const plain = await report(filters, false, scope);
      const shown = await report(filters, true, scope);
      const cells = (r: Report) => [
        ...r.headline.map((h) => h.cell),
        ...r.map.map((m) => m.cell),
        ...r.tables.flatMap((x) => x.rows.flat()),
      ];
      for (const c of cells(shown)) {
        if (c.kind === "people") expect(c.n).toBeGreaterThanOrEqual(MIN_GROUP);
        if (c.kind === "share") {
          expect(c.den).toBeGreaterThanOrEqual(MIN_GROUP);
          for (const side of [c.num, c.den - c.num]) expect(side === 0 || side >= MIN_GROUP).toBe(true);
        }
      }
      // The attempt is real: the unprotected figures do hold small groups, and each is hidden.
      smallGroupsHidden += cells(plain).filter((c) => c.kind === "people" && c.n > 0 && c.n < MIN_GROUP).length;
      expect(cells(shown).filter((c) => c.kind === "suppressed").length).toBeGreaterThanOrEqual(
        cells(plain).filter((c) => c.kind === "people" && c.n < MIN_GROUP).length,
      );
      // No hidden cell can be worked out as a total minus the cells shown beside it: in every column of the tables
      // whose rows add up to a shown figure (and among the countries of each region and group), never one alone.
      const singleHidden = (table: ReportTable, sets: number[][]) =>
        table.columns.slice(1).flatMap((_, k) =>
          sets.filter((set) => {
            const kinds = set.map((i) => table.rows[i]![k + 1]!.kind);
            return kinds.filter((x) => x === "suppressed").length === 1 && kinds.includes("people");
          }),
        );
      const byId = (id: string) => shown.tables.find((x) => x.id === id)!;
      for (const id of ["gender", "regions", "trends"])
        expect(singleHidden(byId(id), [byId(id).rows.map((_, i) => i)]), id).toEqual([]);
      const countryTable = byId("countries");
      const countryOf = new Map(Object.keys(REGION_OF_COUNTRY).map((c) => [countryName(c), c] as const));
      const codes = countryTable.rows.map((row) => countryOf.get(cellText(row[0]!))!);
      const sets = [
        ...UNESCO_REGIONS.map((region) => codes.flatMap((c, i) => (REGION_OF_COUNTRY[c] === region.code ? [i] : []))),
        ...COUNTRY_GROUPS.map((group) => codes.flatMap((c, i) => (group.countries.includes(c) ? [i] : []))),
      ];
      expect(singleHidden(countryTable, sets)).toEqual([]);
      // The map tells no more than the countries table.
      for (const m of shown.map)
        expect(m.cell).toEqual(countryTable.rows[codes.indexOf(m.country)]![2 + FUNNEL_STEPS.indexOf("confirmed")]);
      // Partners see their own programmes only.
      expect(shown.programmes.every((p) => scope === "all" || scope.includes(p.id))).toBe(true);
    }
    expect(smallGroupsHidden).toBeGreaterThan(0);
  });

  it("shapes the same figures in Korean and French, cell for cell, the same ones hidden for partners, with the words and names in that language", async () => {
    const filters: ReportFilters = {};
    const data = await loadReport(t.db, "all", filters, { asOf: AS_OF });
    for (const protect of [false, true]) {
      const english = buildReport(data, filters, labels, { protect });
      for (const locale of ["ko", "fr"] as const) {
        const local = buildReport(data, filters, labelsIn(locale), { protect, locale });
        expect(local.locale).toBe(locale);
        const figures = (r: Report) => r.tables.map((x) => x.rows.map((row) => row.filter((c) => c.kind !== "text")));
        expect(figures(local)).toEqual(figures(english));
        expect(local.map).toEqual(english.map);
        expect(local.headline.map((h) => h.cell)).toEqual(english.headline.map((h) => h.cell));
        // The words: headers, country and region names, group names, the dash of a conversion not shown.
        const byId = (r: Report, id: string) => r.tables.find((x) => x.id === id)!;
        expect(byId(local, "funnel").columns).toEqual(
          ["step", "people", "conversion"].map((k) => (localMessages[locale].reports as Record<string, string>)[k]),
        );
        const countries = byId(english, "countries").rows.map((row) => countryCodeOf(cellText(row[0]!)));
        expect(byId(local, "countries").rows.map((row) => cellText(row[0]!))).toEqual(
          countries.map((c) => countryName(c, locale)),
        );
        expect(
          byId(local, "regions")
            .rows.slice(0, UNESCO_REGIONS.length)
            .map((row) => cellText(row[0]!)),
        ).toEqual(UNESCO_REGIONS.map((r) => r.name[locale]));
        expect(byId(local, "groups").rows.map((row) => cellText(row[0]!))).toEqual(
          COUNTRY_GROUPS.map((g) => g.name[locale]),
        );
      }
    }
    // A hidden figure and a share read in the reader's language, on the page and in a download.
    expect(cellText({ kind: "suppressed" }, "fr")).toBe(localMessages.fr.reports.fewerThan);
    expect(cellText({ kind: "suppressed" }, "ko")).toBe(localMessages.ko.reports.fewerThan);
    expect(cellValue({ kind: "suppressed" }, "fr")).toBe(localMessages.fr.reports.fewerThan);
    expect([
      cellText({ kind: "share", num: 57, den: 100 }, "en"),
      cellText({ kind: "share", num: 57, den: 100 }, "fr"),
    ]).toEqual(["57%", "57\u00a0%"]);
    expect(cellText({ kind: "number", n: 1234 }, "fr")).toBe("1\u202f234");
  });

  it("keeps a report's figures in Postgres: stored as computed, read back unchanged without computing, recomputed when asked", async () => {
    const filters = { edition: SEED_IDS.cpi2023Cohort };
    const key = "test:cpi2023";
    const truth = await loadReport(t.db, "all", filters, { asOf: AS_OF });
    const first = await loadKeptReport(t.db, "all", filters, { asOf: AS_OF, key, reuse: true });
    expect(first).toEqual({ at: AS_OF, data: truth });
    // A later reader gets the kept row with its date, not figures as of its own moment.
    const later = new Date(AS_OF.getTime() + 3_600_000);
    expect(await loadKeptReport(t.db, "all", filters, { asOf: later, key, reuse: true })).toEqual(first);
    // Changed figures in the kept row prove it is read back rather than recomputed.
    await t.db.execute(
      sql`update report_snapshots set data = jsonb_set(data, '{outcomes,proposals}', '-1') where key = ${key}`,
    );
    const read = await loadKeptReport(t.db, "all", filters, { asOf: later, key, reuse: true });
    expect(read.data.outcomes.proposals).toBe(-1);
    const fresh = await loadKeptReport(t.db, "all", filters, { asOf: later, key, reuse: false });
    expect(fresh).toEqual({ at: later, data: await loadReport(t.db, "all", filters, { asOf: later }) });
    expect(await loadKeptReport(t.db, "all", filters, { asOf: AS_OF, key, reuse: true })).toEqual(fresh);
    // Figures kept under another key and not recomputed for 30 days are dropped by the next computation.
    await loadKeptReport(t.db, "all", filters, {
      asOf: new Date(later.getTime() + 31 * 86_400_000),
      key: "other",
      reuse: false,
    });
    const keys = await executeRows<{ key: string }>(t.db, sql`select key from report_snapshots order by key`);
    expect(keys.map((k) => k.key)).toEqual(["other"]);
  });
});
