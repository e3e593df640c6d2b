"use client";

import { useTranslations } from "next-intl";
import type { RuleState, RuleStatus } from "@/lib/selection/types";
import { cn } from "@/lib/utils";
import { useSay } from "./use-say";

export const STATUS_STYLE: Record<RuleStatus, string> = {
  met: "border-green-700 bg-green-50 text-green-900",
  close: "border-amber-600 bg-amber-50 text-amber-950",
  broken: "border-red-700 bg-red-50 text-red-900",
};
const ICON: Record<RuleStatus, string> = { met: "✓", close: "!", broken: "✕" };

/** One meter per rule: colour, an icon and the word together, with the numbers behind them. */
export function RuleMeters({ states, label }: { states: readonly RuleState[]; label: string }) {
  const t = useTranslations("selection.meters");
  const say = useSay();
  const broken = states.filter((s) => s.status !== "met").length;
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium" role="status">
        {states.length === 0
          ? t("none")
          : broken === 0
            ? t("allMet", { count: states.length })
            : t("someOff", { count: broken, total: states.length })}
      </p>
      <ul aria-label={label} className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {states.map((s) => (
          <li key={s.id} className={cn("rounded-md border-l-4 p-3 text-sm", STATUS_STYLE[s.status])}>
            <div className="flex items-baseline justify-between gap-2">
              <span className="font-semibold">{say(s.said?.label, s.label)}</span>
              <span className="whitespace-nowrap font-semibold">
                <span aria-hidden="true">{ICON[s.status]} </span>
                {t(s.status)}
              </span>
            </div>
            <p>
              {s.actual} <span className="text-xs">({t("target", { target: say(s.said?.target, s.target) })})</span>
            </p>
            <p className="text-xs">{say(s.said?.message, s.message)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
