import { countryName } from "@/lib/geo";
import type { CallContext } from "@/lib/review/call";
import type { Cell } from "@/lib/spreadsheet/write";
import type { ScoredApplication } from "@/lib/review/ranking";
import type { RuleState } from "@/lib/selection";

const round = (n: number | null, digits = 2) => (n === null ? "" : Math.round(n * 10 ** digits) / 10 ** digits);

/** The ranking as an office checks it by hand: every criterion, the raw total and the normalised score. */
export function rankingRows(call: CallContext, ranked: readonly ScoredApplication[]): Cell[][] {
  return [
    [
      "Rank",
      "Reference",
      "Name",
      "Status",
      "Country",
      "Gender",
      "Reviews",
      ...call.rubric.map((c) => `${c.label} (0–${c.max}, weight ${c.weight})`),
      "Raw total (0–100)",
      "Normalised (z)",
      call.settings.normalise ? "Score used: normalised" : "Score used: raw",
    ],
    ...ranked.map((a) => [
      a.rank,
      a.reference,
      a.name,
      a.status,
      a.country ? countryName(a.country) : "",
      a.gender ?? "",
      a.reviews,
      ...call.rubric.map((c) => round(a.criteria[c.id] ?? null)),
      round(a.raw),
      round(a.normalised, 3),
      round(a.score, 3),
    ]),
  ];
}

/** The selection and, below it, every rule's state with its numbers, so the sums can be redone by hand. */
export function selectionRows(
  call: CallContext,
  chosen: readonly ScoredApplication[],
  rules: readonly RuleState[],
  meta: { seed: number; stage: string },
): Cell[][] {
  return [
    [`Selection for ${call.title} (${meta.stage}); ties ordered by seed ${meta.seed}`],
    ["Rank", "Reference", "Name", "Status", "Country", "Region", "Gender", "Score"],
    ...chosen.map((a) => [
      a.rank,
      a.reference,
      a.name,
      a.status,
      a.country ? countryName(a.country) : "",
      a.region ?? "",
      a.gender ?? "",
      round(a.score, 3),
    ]),
    [],
    ["Rule", "Label", "Status", "Actual", "Target", "Message"],
    ...rules.map((r) => [r.id, r.label, r.status, r.actual, r.target, r.message]),
  ];
}
