import { countryName } from "@/lib/geo";
import { renderMessage } from "@/lib/i18n/messages";
import { say } from "@/lib/i18n/problems";
import type { AppLocale } from "@/lib/i18n/request";
import type { CallContext } from "@/lib/review/call";
import { columnTitle } from "@/lib/spreadsheet/columns";
import { genderLabelIn } from "@/lib/spreadsheet/gender-words";
import type { Cell } from "@/lib/spreadsheet/write";
import type { ScoredApplication } from "@/lib/review/ranking";
import type { RuleState } from "@/lib/selection";
import { say as saySelection, type ExplainTranslator } from "@/lib/selection/say";
import type { Said } from "@/lib/selection/types";

const round = (n: number | null, digits = 2) => (n === null ? "" : Math.round(n * 10 ** digits) / 10 ** digits);

// The English files keep the codes offices' own sheets already read (under_review, met); Korean and French say them
// in the words the pages use.
const statusWords = (locale: AppLocale, status: string) =>
  locale === "en" ? status : renderMessage(locale, `applicationStatus.${status}`);
const genderWords = (locale: AppLocale, gender: string | null) =>
  gender === null ? "" : locale === "en" ? gender : genderLabelIn(locale, gender, null);

/** The ranking as an office checks it by hand, in the reader's language: every criterion, the raw total and the normalised score. */
export function rankingRows(
  call: CallContext,
  ranked: readonly ScoredApplication[],
  locale: AppLocale = "en",
): Cell[][] {
  const title = (key: Parameters<typeof columnTitle>[1]) => columnTitle(locale, key);
  return [
    [
      title("rank"),
      title("reference"),
      title("name"),
      title("status"),
      title("country"),
      title("gender"),
      title("reviews"),
      ...call.rubric.map((c) => say(locale, `${c.label} (0–${c.max}, weight ${c.weight})`)),
      say(locale, "Raw total (0–100)"),
      say(locale, "Normalised (z)"),
      call.settings.normalise ? say(locale, "Score used: normalised") : say(locale, "Score used: raw"),
    ],
    ...ranked.map((a) => [
      a.rank,
      a.reference,
      a.name,
      statusWords(locale, a.status),
      a.country ? countryName(a.country, locale) : "",
      genderWords(locale, a.gender ?? null),
      a.reviews,
      ...call.rubric.map((c) => round(a.criteria[c.id] ?? null)),
      round(a.raw),
      round(a.normalised, 3),
      round(a.score, 3),
    ]),
  ];
}

/**
 * The selection and, below it, every rule's state with its numbers, so the sums can be redone by hand, in the
 * reader's language (a rule stored before rules said themselves as data keeps its English label and message).
 */
export function selectionRows(
  call: CallContext,
  chosen: readonly ScoredApplication[],
  rules: readonly RuleState[],
  meta: { seed: number; offersSent: boolean },
  locale: AppLocale = "en",
): Cell[][] {
  const title = (key: Parameters<typeof columnTitle>[1]) => columnTitle(locale, key);
  const explain: ExplainTranslator = (key, values) => renderMessage(locale, `selection.explain.${key}`, values);
  const said = (value: Said | undefined, english: string) =>
    locale === "en" || value === undefined ? english : saySelection(explain, locale, value);
  return [
    [
      say(
        locale,
        meta.offersSent
          ? `Selection for ${call.title} (offers sent); ties ordered by seed ${meta.seed}`
          : `Selection for ${call.title} (shortlist); ties ordered by seed ${meta.seed}`,
      ),
    ],
    [
      title("rank"),
      title("reference"),
      title("name"),
      title("status"),
      title("country"),
      title("region"),
      title("gender"),
      title("score"),
    ],
    ...chosen.map((a) => [
      a.rank,
      a.reference,
      a.name,
      statusWords(locale, a.status),
      a.country ? countryName(a.country, locale) : "",
      a.region === null ? "" : locale === "en" ? a.region : saySelection(explain, locale, { region: a.region }),
      genderWords(locale, a.gender ?? null),
      round(a.score, 3),
    ]),
    [],
    [title("rule"), title("label"), title("status"), title("actual"), title("target"), title("message")],
    ...rules.map((r) => [
      r.id,
      said(r.said?.label, r.label),
      locale === "en" ? r.status : renderMessage(locale, `selection.meters.${r.status}`),
      r.actual,
      said(r.said?.target, r.target),
      said(r.said?.message, r.message),
    ]),
  ];
}
