import { COUNTRY_GROUPS, countryName, localLabel, REGION_OF_COUNTRY, UNESCO_REGIONS, type Locale } from "@/lib/geo";
import {
  FUNNEL_STEPS,
  type CatalogueCohort,
  type CatalogueProgramme,
  type FunnelStep,
  type GroupDimension,
  type GroupRow,
  type ReportData,
} from "./queries";
import type { ReportFilters } from "./schemas";
import {
  number,
  people,
  protectCell,
  protectSums,
  protectTable,
  share,
  text,
  type ReportCell,
  type ReportTable,
} from "./suppress";

/** Looks up a label of the "reports" messages (the page passes next-intl's translator; tests the English file). */
export type Labels = (key: string, values?: Record<string, string | number>) => string;

type ReportLevel = "organisation" | "programme" | "edition" | "call";

export const GENDERS = ["woman", "man", "non_binary", "another", "undisclosed"] as const;

type Headline = { key: string; label: string; cell: ReportCell };

export type Report = {
  level: ReportLevel;
  title: string;
  /** Editions (cohorts) the report covers, oldest first. */
  editions: CatalogueCohort[];
  programmes: CatalogueProgramme[];
  headline: Headline[];
  tables: ReportTable[];
  /** Free-text results recorded after each programme ("four experts joined the Expert Facility"). */
  results: { programme: string; text: string }[];
  /** Participants (confirmed) per country, for the map; the same figures as the countries table. */
  map: { country: string; cell: ReportCell }[];
  /** Whether every people figure went through protectCell (partner and donor reports). */
  protected: boolean;
  /** The language its words (labels, country and region names) are in. */
  locale: Locale;
};

const NO_REGION = { en: "", ko: "", fr: "" };

const EMPTY_GROUP = (dim: GroupDimension, key: string | null): GroupRow => ({
  dim,
  key,
  started: 0,
  submitted: 0,
  eligible: 0,
  reviewed: 0,
  shortlisted: 0,
  offered: 0,
  confirmed: 0,
  completed: 0,
  alumni: 0,
  countries: 0,
  women: 0,
  disclosed: 0,
  active: 0,
});

function sumGroups(rows: GroupRow[], dim: GroupDimension, key: string): GroupRow {
  const out = EMPTY_GROUP(dim, key);
  for (const r of rows)
    for (const step of [...FUNNEL_STEPS, "women", "disclosed", "active"] as const) out[step] += r[step];
  out.countries = rows.filter((r) => r.confirmed > 0 && r.key).length;
  return out;
}

function reportLevel(filters: ReportFilters): ReportLevel {
  if (filters.call) return "call";
  if (filters.edition) return "edition";
  if (filters.programme) return "programme";
  return "organisation";
}

/** Whether a programme counts in the report: it passes the programme and donor filters and, when editions are narrowed, has one in scope. */
function programmeCounts(p: CatalogueProgramme, filters: ReportFilters): boolean {
  if (filters.programme && p.id !== filters.programme) return false;
  if (filters.donor && !p.donors.includes(filters.donor)) return false;
  const narrowed =
    filters.edition || filters.call || filters.from !== undefined || filters.to !== undefined || filters.track;
  return narrowed ? p.inScope : true;
}

/** Turns the figures of one query into the report's headline and tables; `protect` applies the small-group rule to every cell. */
export function buildReport(
  data: ReportData,
  filters: ReportFilters,
  t: Labels,
  options: { protect: boolean; organisationName?: string; locale?: Locale },
): Report {
  const locale = options.locale ?? "en";
  const level = reportLevel(filters);
  const byDim = new Map<GroupDimension, GroupRow[]>();
  for (const g of data.groups) byDim.set(g.dim, [...(byDim.get(g.dim) ?? []), g]);
  const dim = (d: GroupDimension) => byDim.get(d) ?? [];
  const find = (d: GroupDimension, key: string) => dim(d).find((g) => g.key === key) ?? EMPTY_GROUP(d, key);
  const total = dim("total")[0] ?? EMPTY_GROUP("total", null);

  const programmes = data.programmes.filter((p) => programmeCounts(p, filters));
  const editions = data.cohorts.filter((c) => c.inScope);
  const programmeTitle = (id: string) => data.programmes.find((p) => p.id === id)?.title ?? "";
  const cohortTitle = (id: string) => data.cohorts.find((c) => c.id === id)?.title ?? "";

  const title =
    level === "call"
      ? (data.calls.find((c) => c.id === filters.call)?.title ?? t("title"))
      : level === "edition"
        ? `${programmeTitle(editions[0]?.programmeId ?? "")} — ${cohortTitle(filters.edition ?? "")}`
        : level === "programme"
          ? programmeTitle(filters.programme ?? "")
          : (options.organisationName ?? t("organisation"));

  const stepLabel = (s: FunnelStep) => t(`step_${s}`);
  const stepCells = (g: GroupRow) => FUNNEL_STEPS.map((s) => people(g[s]));

  const funnel: ReportTable = {
    id: "funnel",
    title: t("funnelTitle"),
    columns: [t("step"), t("people"), t("conversion")],
    rows: FUNNEL_STEPS.map((s, i) => {
      const previous = i > 0 ? total[FUNNEL_STEPS[i - 1]!] : 0;
      // A conversion is shown only where the step before holds everyone of this one (records before
      // Madang, such as imported alumni, have later steps without the earlier ones).
      const conversion =
        i === 0 || previous === 0 || total[s] > previous ? text(t("noFigure")) : share(total[s], previous);
      return [text(stepLabel(s)), people(total[s]), conversion];
    }),
    note: t("funnelNote"),
  };

  const stepColumns = FUNNEL_STEPS.map(stepLabel);
  const gender: ReportTable = {
    id: "gender",
    title: t("genderTitle"),
    columns: [t("gender"), ...stepColumns],
    rows: GENDERS.map((g) => [text(t(`gender_${g}`)), ...stepCells(find("gender", g))]),
    note: t("genderNote"),
  };

  const countryRows = dim("country");
  const known = countryRows.filter((r) => r.key);
  const regions: ReportTable = {
    id: "regions",
    title: t("regionsTitle"),
    columns: [t("region"), ...stepColumns, t("countries")],
    rows: [
      ...UNESCO_REGIONS.map((region) => {
        const g = sumGroups(
          known.filter((r) => REGION_OF_COUNTRY[r.key!] === region.code),
          "country",
          region.code,
        );
        return [text(localLabel(region.name, locale)), ...stepCells(g), number(g.countries)];
      }),
      [
        text(t("notRecorded")),
        ...stepCells(countryRows.find((r) => !r.key) ?? EMPTY_GROUP("country", null)),
        number(0),
      ],
    ],
  };
  const groups: ReportTable = {
    id: "groups",
    title: t("groupsTitle"),
    columns: [t("group"), ...stepColumns, t("countries")],
    rows: COUNTRY_GROUPS.map((group) => {
      const g = sumGroups(
        known.filter((r) => group.countries.includes(r.key!)),
        "country",
        group.code,
      );
      return [text(localLabel(group.name, locale)), ...stepCells(g), number(g.countries)];
    }),
    note: t("groupsNote"),
  };
  // Ties are ordered by the English name in every language: the complementary cells hidden for partners
  // (protectSums) depend on the order, and a report read in two languages must hide the same ones.
  const sortedCountries = [...known].sort(
    (a, b) =>
      b.confirmed - a.confirmed ||
      b.started - a.started ||
      countryName(a.key!, "en").localeCompare(countryName(b.key!, "en")),
  );
  const countries: ReportTable = {
    id: "countries",
    title: t("countriesTitle"),
    columns: [t("country"), t("region"), ...stepColumns],
    rows: sortedCountries.map((g) => [
      text(countryName(g.key!, locale)),
      text(localLabel(UNESCO_REGIONS.find((r) => r.code === REGION_OF_COUNTRY[g.key!])?.name ?? NO_REGION, locale)),
      ...stepCells(g),
    ]),
  };

  const participantColumns = [t("participants"), t("countries"), t("womenShare"), t("completed"), t("completionRate")];
  const participantCells = (g: GroupRow) => [
    people(g.confirmed),
    number(g.countries),
    share(g.women, g.disclosed),
    people(g.completed),
    share(g.completed, g.confirmed),
  ];

  const levels: ReportTable = {
    id: "audiences",
    title: t("audiencesTitle"),
    columns: [t("audience"), ...participantColumns],
    rows: (["courses", "officials"] as const)
      .filter((k) => find("level", k).offered > 0)
      .map((k) => [text(t(`audience_${k}`)), ...participantCells(find("level", k))]),
    note: t("audiencesNote"),
  };

  const trackRows = data.tracks.filter(
    (tr) => editions.some((e) => e.id === tr.cohortId) && (!filters.track || tr.id === filters.track),
  );
  const tracks: ReportTable = {
    id: "tracks",
    title: t("tracksTitle"),
    columns: [t("track"), t("edition"), t("level"), t("step_started"), ...participantColumns],
    rows: trackRows.map((tr) => [
      text(tr.title),
      text(cohortTitle(tr.cohortId)),
      text(t(`level_${tr.level}`)),
      people(find("track", tr.id).started),
      ...participantCells(find("track", tr.id)),
    ]),
  };

  const trends: ReportTable = {
    id: "trends",
    title: t("trendsTitle"),
    columns: [t("edition"), t("year"), t("step_started"), ...participantColumns, t("step_alumni"), t("activeAlumni")],
    rows: editions.map((c) => {
      const g = find("cohort", c.id);
      return [
        text(level === "programme" || level === "edition" ? c.title : `${programmeTitle(c.programmeId)} — ${c.title}`),
        text(String(c.year)),
        people(g.started),
        ...participantCells(g),
        people(g.alumni),
        people(g.active),
      ];
    }),
    note: t("trendsNote"),
  };

  const outcomes: ReportTable = {
    id: "outcomes",
    title: t("outcomesTitle"),
    columns: [t("figure"), t("value")],
    rows: [
      [text(t("outcome_proposals")), people(data.outcomes.proposals)],
      [text(t("outcome_outstanding")), people(data.outcomes.outstanding)],
      [text(t("outcome_roster")), people(data.outcomes.rosterExperts)],
      [text(t("outcome_engagements")), number(data.outcomes.engagements)],
      [text(t("outcome_engagedExperts")), people(data.outcomes.engagedExperts)],
      [text(t("outcome_engagementCountries")), number(data.outcomes.engagementCountries)],
    ],
  };

  const editionsOf = (ps: CatalogueProgramme[]) =>
    editions.filter((e) => ps.some((p) => p.id === e.programmeId)).length;
  const goalRows: ReportCell[][] = [];
  for (const goal of data.goals) {
    const ps = programmes.filter((p) => p.goals.includes(goal.code));
    const g = find("goal", goal.id);
    goalRows.push([
      text(`${goal.code} ${goal.title}`),
      number(ps.length),
      number(editionsOf(ps)),
      people(g.confirmed),
      number(g.countries),
    ]);
    for (const strategy of data.strategies.filter((s) => s.goalId === goal.id)) {
      const sp = programmes.filter((p) => p.strategies.includes(strategy.code));
      const sg = find("strategy", strategy.id);
      goalRows.push([
        text(`  ${strategy.code} ${strategy.title}`),
        number(sp.length),
        number(editionsOf(sp)),
        people(sg.confirmed),
        number(sg.countries),
      ]);
    }
  }
  const goalColumns = [t("programmes"), t("editions"), t("participants"), t("countries")];
  const goals: ReportTable = {
    id: "agenda",
    title: t("agendaTitle"),
    columns: [t("goalOrStrategy"), ...goalColumns],
    rows: goalRows,
    note: t("agendaNote"),
  };
  const sdgNumbers = [...new Set(programmes.flatMap((p) => p.sdgs))].sort((a, b) => a - b);
  const sdgs: ReportTable = {
    id: "sdgs",
    title: t("sdgsTitle"),
    columns: [t("sdg"), ...goalColumns],
    rows: sdgNumbers.map((n) => {
      const ps = programmes.filter((p) => p.sdgs.includes(n));
      const g = find("sdg", String(n));
      return [
        text(t("sdgLabel", { n })),
        number(ps.length),
        number(editionsOf(ps)),
        people(g.confirmed),
        number(g.countries),
      ];
    }),
  };

  const headline: Headline[] = [
    { key: "applicants", label: t("step_submitted"), cell: people(total.submitted) },
    { key: "participants", label: t("participants"), cell: people(total.confirmed) },
    { key: "countries", label: t("countries"), cell: number(total.countries) },
    { key: "women", label: t("womenShare"), cell: share(total.women, total.disclosed) },
    { key: "completion", label: t("completionRate"), cell: share(total.completed, total.confirmed) },
    { key: "alumni", label: t("step_alumni"), cell: people(total.alumni) },
  ];

  const tables = [funnel, gender, regions, groups, countries, levels, tracks, trends, outcomes, goals, sdgs];
  // For partners and donors: every small group hidden, then, where rows add up to a figure shown elsewhere (the
  // funnel's totals, a region's or a group's row), a second cell wherever one hidden cell could be worked out.
  const allRows = (table: ReportTable) => [table.rows.map((_, i) => i)];
  const indexesOf = (test: (country: string) => boolean) =>
    sortedCountries.flatMap((g, i) => (test(g.key!) ? [i] : []));
  const countrySets = [
    sortedCountries.map((_, i) => i),
    ...UNESCO_REGIONS.map((region) => indexesOf((c) => REGION_OF_COUNTRY[c] === region.code)),
    ...COUNTRY_GROUPS.map((group) => indexesOf((c) => group.countries.includes(c))),
  ];
  const complement = (table: ReportTable): ReportTable => {
    if (table.id === "gender" || table.id === "trends") return protectSums(table, allRows(table));
    // "Not recorded" is broken down nowhere: the best cell to hide beside a single hidden region.
    if (table.id === "regions") return protectSums(table, allRows(table), [table.rows.length - 1]);
    if (table.id === "countries") return protectSums(table, countrySets);
    return table;
  };
  const shownTables = options.protect ? tables.map((table) => complement(protectTable(table))) : tables;
  const confirmedColumn = 2 + FUNNEL_STEPS.indexOf("confirmed");
  const shownCountries = shownTables.find((table) => table.id === "countries")!;
  const results = programmes.filter((p) => p.outcomes.trim()).map((p) => ({ programme: p.title, text: p.outcomes }));
  return {
    level,
    title,
    editions,
    programmes,
    headline: options.protect ? headline.map((h) => ({ ...h, cell: protectCell(h.cell) })) : headline,
    tables: shownTables,
    results,
    // The countries table's participants column: on a partner's map a hidden figure (none, one or two) is hatched
    // for every country in the table, so that the map tells no more than the table.
    map: sortedCountries
      .map((g, i) => ({ country: g.key!, cell: shownCountries.rows[i]![confirmedColumn]!, confirmed: g.confirmed }))
      .filter((m) => options.protect || m.confirmed > 0)
      .map(({ country, cell }) => ({ country, cell })),
    protected: options.protect,
    locale,
  };
}

export function reportTable(report: Report, id: string): ReportTable | undefined {
  return report.tables.find((table) => table.id === id);
}
