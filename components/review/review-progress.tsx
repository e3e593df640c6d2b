import { useTranslations } from "next-intl";

/** Progress as text first; the bar only repeats it. */
export function ReviewProgress({ submitted, drafts, total }: { submitted: number; drafts: number; total: number }) {
  const t = useTranslations("review");
  const share = total ? Math.round((100 * submitted) / total) : 0;
  return (
    <div className="space-y-2">
      <p className="text-sm" id="review-progress">
        {t("progress", { submitted, total, drafts })}
      </p>
      <div
        className="h-2 w-full max-w-md overflow-hidden rounded bg-muted"
        role="progressbar"
        aria-labelledby="review-progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={submitted}
      >
        <div className="h-full bg-primary" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}
