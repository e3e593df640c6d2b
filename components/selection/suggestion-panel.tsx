"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { Phrase, RuleState } from "@/lib/selection/types";
import { ConflictExplanation, RulePrices, type Analysis } from "./analysis-panel";
import { useSay } from "./use-say";

export type SuggestionView = {
  runId: string;
  seed: number;
  chosenIds: string[];
  objective: number;
  plainObjective: number;
  priceOfBalance: number;
  feasible: boolean;
  violations: { ruleId: string; amount: number; reason: string; why?: Phrase }[];
  solveMs: number;
  candidates: number;
};

/** Milliseconds as people read them, in the reader's digits: "471 ms", "1.2 s" (1,2 s in French). */
function readableMs(ms: number, number: (x: number, fractionDigits: number) => string): string {
  return ms < 1000 ? `${number(Math.max(1, Math.round(ms)), 0)} ms` : `${number(ms / 1000, 1)} s`;
}

/** What the solver proposes, what balance costs, and, when the rules cannot all hold, why. */
export function SuggestionPanel(props: {
  suggestion: SuggestionView;
  states: RuleState[];
  names: Map<string, string>;
  busy: boolean;
  /** Filled a moment after the suggestion shows: the conflict and its ways out, or each rule's price. */
  analysis: Analysis | null;
  analysing: boolean;
  onAcceptWayOut: (wayOut: string, reason: string) => void;
  onAccept: () => void;
  onEdit: () => void;
  onDiscard: () => void;
}) {
  const t = useTranslations("selection.suggestion");
  const format = useFormatter();
  const say = useSay();
  const score = (x: number) => format.number(x, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const s = props.suggestion;
  const labelOf = (ruleId: string) => {
    const rule = props.states.find((r) => r.id === ruleId);
    return rule ? say(rule.said?.label, rule.label) : ruleId;
  };
  return (
    <section aria-labelledby="suggestion-heading" className="space-y-4 rounded-lg border-2 border-primary/40 p-4">
      <h2 id="suggestion-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-muted-foreground">
        {t("meta", {
          seed: s.seed,
          candidates: s.candidates,
          ms: readableMs(s.solveMs, (x, d) => format.number(x, { minimumFractionDigits: d, maximumFractionDigits: d })),
        })}
      </p>
      <dl className="grid gap-3 sm:grid-cols-3">
        <div className="rounded-md bg-muted p-3">
          <dt className="text-xs">{t("price")}</dt>
          <dd className="text-lg font-semibold tabular-nums">{score(s.priceOfBalance)}</dd>
        </div>
        <div className="rounded-md bg-muted p-3">
          <dt className="text-xs">{t("objective")}</dt>
          <dd className="text-lg font-semibold tabular-nums">{score(s.objective)}</dd>
        </div>
        <div className="rounded-md bg-muted p-3">
          <dt className="text-xs">{t("plain")}</dt>
          <dd className="text-lg font-semibold tabular-nums">{score(s.plainObjective)}</dd>
        </div>
      </dl>
      <p className="text-sm">{t("priceHelp")}</p>
      {s.feasible ? (
        <p className="font-medium text-green-900">{t("feasible")}</p>
      ) : (
        <div className="space-y-2" role="alert">
          <p className="font-medium text-red-900">{t("infeasible", { count: s.violations.length })}</p>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {s.violations.map((v) => (
              <li key={v.ruleId}>
                <span className="font-semibold">{labelOf(v.ruleId)}</span>: {t("offBy", { amount: v.amount })} —{" "}
                {say(v.why, v.reason)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {props.analysing ? (
        <p role="status" className="flex items-center gap-2 text-sm">
          <span
            aria-hidden="true"
            className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-primary border-t-transparent"
          />
          {s.feasible ? t("pricing") : t("explaining")}
        </p>
      ) : null}
      {props.analysis?.prices ? <RulePrices prices={props.analysis.prices} names={props.names} /> : null}
      {props.analysis?.explanation ? (
        <ConflictExplanation
          explanation={props.analysis.explanation}
          names={props.names}
          busy={props.busy}
          onAccept={props.onAcceptWayOut}
        />
      ) : null}
      <details>
        <summary className="cursor-pointer text-sm font-medium">{t("chosen", { count: s.chosenIds.length })}</summary>
        <ol className="mt-2 columns-1 text-sm sm:columns-2">
          {s.chosenIds.map((id) => (
            <li key={id}>{props.names.get(id) ?? id}</li>
          ))}
        </ol>
      </details>
      <div className="flex flex-wrap gap-3">
        <Button type="button" disabled={props.busy} onClick={props.onAccept}>
          {t("accept")}
        </Button>
        <Button type="button" variant="outline" disabled={props.busy} onClick={props.onEdit}>
          {t("edit")}
        </Button>
        <Button type="button" variant="ghost" disabled={props.busy} onClick={props.onDiscard}>
          {t("discard")}
        </Button>
      </div>
    </section>
  );
}
