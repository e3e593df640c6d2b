"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import type { Explanation, RulePrice } from "@/lib/selection/conflicts";
import { cn } from "@/lib/utils";
import { STATUS_STYLE } from "./rule-meters";
import { useSay } from "./use-say";

export type Analysis = { explanation: Explanation | null; prices: RulePrice[] | null };

/** A total score in the reader's digits, to two decimals. */
function useScore() {
  const format = useFormatter();
  return (x: number) => format.number(x, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Names, the first few in full and then how many more, so a long list stays readable. */
function People({ ids, names }: { ids: readonly string[]; names: Map<string, string> }) {
  const t = useTranslations("selection.analysis");
  if (ids.length === 0) return <span className="text-muted-foreground">{t("nobody")}</span>;
  const shown = ids.slice(0, 6).map((id) => names.get(id) ?? id);
  return (
    <span>
      {shown.join("; ")}
      {ids.length > shown.length ? ` ${t("andMore", { count: ids.length - shown.length })}` : ""}
    </span>
  );
}

/** What each rule costs in total score, and whom it brings in or keeps out. */
export function RulePrices({ prices, names }: { prices: RulePrice[]; names: Map<string, string> }) {
  const t = useTranslations("selection.analysis");
  const say = useSay();
  const score = useScore();
  return (
    <section aria-labelledby="prices-heading" className="space-y-2">
      <h3 id="prices-heading" className="text-lg font-semibold">
        {t("pricesHeading")}
      </h3>
      <p className="text-sm text-muted-foreground">{t("pricesHelp")}</p>
      {prices.length === 0 ? (
        <p className="text-sm">{t("noPrices")}</p>
      ) : (
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-1 pr-3">
                {t("rule")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("costs")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("bringsIn")}
              </th>
              <th scope="col" className="py-1">
                {t("keepsOut")}
              </th>
            </tr>
          </thead>
          <tbody>
            {prices.map((p) => (
              <tr key={p.ruleId} className="border-t align-top">
                <th scope="row" className="py-1 pr-3 text-left font-medium">
                  {say(p.said?.label, p.label)}
                </th>
                <td className="py-1 pr-3 tabular-nums">{p.price < 0.005 ? t("free") : score(p.price)}</td>
                <td className="py-1 pr-3">
                  <People ids={p.bringsIn} names={names} />
                </td>
                <td className="py-1">
                  <People ids={p.keepsOut} names={names} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The cause of a conflict in the pool's numbers, then the ways out side by side; one can be accepted. */
export function ConflictExplanation({
  explanation,
  names,
  busy,
  onAccept,
}: {
  explanation: Explanation;
  names: Map<string, string>;
  busy: boolean;
  onAccept: (wayOut: string, reason: string) => void;
}) {
  const t = useTranslations("selection.analysis");
  const tm = useTranslations("selection.meters");
  const say = useSay();
  const score = useScore();
  const [picked, setPicked] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const name = useId();
  const accept = () => {
    if (!picked) return setError(t("pickOne"));
    if (!reason.trim()) return setError(t("giveReason"));
    setError(null);
    onAccept(picked, reason.trim());
  };
  return (
    <div className="space-y-4">
      <section aria-labelledby="cause-heading" className="space-y-2" role="alert">
        <h3 id="cause-heading" className="text-lg font-semibold">
          {t("causeHeading")}
        </h3>
        <p className="font-medium text-red-900">{say(explanation.said?.headline, explanation.headline)}</p>
        {/* Paragraphs, not list items: the broken-rule list above already holds one item per rule. */}
        <div className="space-y-1 border-l-4 border-red-700 pl-3 text-sm">
          {explanation.lines.map((l) => (
            <p key={l.ruleId}>
              <span className="font-semibold">{say(l.said?.label, l.label)}</span>: {say(l.said?.sentence, l.sentence)}
            </p>
          ))}
        </div>
      </section>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("waysOutHeading")}</legend>
        {explanation.waysOut.length === 0 ? <p className="text-sm">{t("noWayOut")}</p> : null}
        <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {explanation.waysOut.map((w) => {
            const off = w.states.filter((s) => s.status !== "met");
            return (
              <div
                key={w.key}
                className={cn(
                  "space-y-2 rounded-lg border-2 p-3 text-sm",
                  picked === w.key ? "border-primary" : "border-muted",
                )}
              >
                <label className="flex cursor-pointer items-start gap-2">
                  <input
                    type="radio"
                    name={name}
                    value={w.key}
                    checked={picked === w.key}
                    onChange={() => setPicked(w.key)}
                    aria-describedby={`${name}-${w.key}`}
                    className="mt-1"
                  />
                  <span className="font-semibold">{say(w.said?.title, w.title)}</span>
                </label>
                <div id={`${name}-${w.key}`} className="space-y-2">
                  <span className="block">
                    {t("total")}: <span className="font-semibold tabular-nums">{score(w.objective)}</span> ·{" "}
                    {t("seatsFilled", { count: w.chosenIds.length })}
                  </span>
                  <span className="block">
                    {off.length === 0 ? (
                      <span className={cn("rounded px-1", STATUS_STYLE.met)}>{t("allKept")}</span>
                    ) : (
                      off.map((s) => (
                        <span key={s.id} className={cn("mr-1 inline-block rounded px-1", STATUS_STYLE[s.status])}>
                          {say(s.said?.label, s.label)}: {s.actual} (
                          {tm("target", { target: say(s.said?.target, s.target) })})
                        </span>
                      ))
                    )}
                  </span>
                  <span className="block">
                    {t("joins")}: <People ids={w.joins} names={names} />
                  </span>
                  <span className="block">
                    {t("leaves")}: <People ids={w.leaves} names={names} />
                  </span>
                </div>
              </div>
            );
          })}
        </div>
        {explanation.dead.map((d) => (
          <p key={d.ruleId} className="text-sm text-muted-foreground">
            {say(d.said?.sentence, d.sentence)}
          </p>
        ))}
      </fieldset>
      {explanation.reachOut.length ? (
        <section aria-labelledby="reach-heading" className="space-y-1">
          <h3 id="reach-heading" className="text-lg font-semibold">
            {t("reachOutHeading")}
          </h3>
          <ul className="list-disc pl-5 text-sm">
            {explanation.reachOut.map((r) => (
              <li key={`${r.ruleId}-${r.label}`}>{say(r.said?.sentence, r.sentence)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {explanation.waysOut.length ? (
        <div className="space-y-2">
          <FormField
            id="way-out-reason"
            label={t("reason")}
            help={t("reasonHelp")}
            errors={error ? [error] : undefined}
          >
            {(a11y) => (
              <Textarea
                {...a11y}
                rows={2}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                maxLength={1000}
              />
            )}
          </FormField>
          <Button type="button" disabled={busy} onClick={accept}>
            {t("acceptWayOut")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
