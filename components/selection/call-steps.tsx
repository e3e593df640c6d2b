import Link from "next/link";
import { useTranslations } from "next-intl";

export type CallStep = "review" | "ranking" | "selection" | "rules" | "decisions";
const STEPS: { step: CallStep; path: string }[] = [
  { step: "review", path: "review" },
  { step: "ranking", path: "ranking" },
  { step: "rules", path: "selection/rules" },
  { step: "selection", path: "selection" },
  { step: "decisions", path: "decisions" },
];

/** The call's review-to-decision steps, in order, the current one marked for screen readers too. */
export function CallSteps({
  callId,
  current,
  callTitle,
  cohortTitle,
}: {
  callId: string;
  current: CallStep;
  callTitle: string;
  cohortTitle: string;
}) {
  const t = useTranslations("selection.steps");
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted-foreground">
        {cohortTitle} ·{" "}
        <Link href={`/admin/calls/${callId}`} className="underline">
          {callTitle}
        </Link>
      </p>
      <nav aria-label={t("label")}>
        <ol className="flex flex-wrap gap-2 text-sm">
          {STEPS.map((s, i) => (
            <li key={s.step}>
              <Link
                href={`/admin/calls/${callId}/${s.path}`}
                aria-current={s.step === current ? "page" : undefined}
                className="inline-block rounded-md border px-3 py-1 hover:bg-accent aria-[current=page]:border-primary aria-[current=page]:bg-secondary aria-[current=page]:font-semibold"
              >
                {i + 1}. {t(s.step)}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
}
