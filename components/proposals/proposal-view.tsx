import { useTranslations } from "next-intl";
import type { ProposalContentValues } from "@/lib/proposals/schemas";

type Props = {
  content: ProposalContentValues;
  totals: { currency: string; formatted: string }[];
  attachments: { id: string; fileName: string }[];
};

/** A proposal read-only, as its mentor reads it. */
export function ProposalView({ content, totals, attachments }: Props) {
  const t = useTranslations("proposals");
  const block = (title: string, text: string) => (
    <section className="space-y-1">
      <h3 className="font-semibold">{title}</h3>
      <p className="whitespace-pre-line">{text || "—"}</p>
    </section>
  );
  const activities = content.activities.filter((a) => a.activity);
  const budget = content.budget.filter((b) => b.item || b.amount);
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted-foreground">{t("field", { field: content.field || "—" })}</p>
      {block(t("summary"), content.summary)}
      {block(t("objectives"), content.objectives)}
      <section className="space-y-1">
        <h3 className="font-semibold">{t("activitiesTimeline")}</h3>
        {activities.length ? (
          <ul className="list-disc pl-5">
            {activities.map((a, i) => (
              <li key={i}>
                {a.activity} ({a.start || "?"} – {a.end || "?"})
              </li>
            ))}
          </ul>
        ) : (
          <p>—</p>
        )}
      </section>
      <section className="space-y-1">
        <h3 className="font-semibold">{t("budget")}</h3>
        {budget.length ? (
          <ul className="list-disc pl-5">
            {budget.map((b, i) => (
              <li key={i}>
                {b.item}: {b.amount} {b.currency}
              </li>
            ))}
          </ul>
        ) : (
          <p>—</p>
        )}
        {totals.map((total) => (
          <p key={total.currency} className="font-medium">
            {t.rich("totalIn", {
              b: (chunks) => chunks,
              currency: total.currency,
              amount: total.formatted,
            })}
          </p>
        ))}
      </section>
      {block(t("partners"), content.partners)}
      {block(t("outcomes"), content.outcomes)}
      {block(t("risks"), content.risks)}
      <section className="space-y-1">
        <h3 className="font-semibold">{t("attachments")}</h3>
        {attachments.length ? (
          <ul className="list-disc pl-5">
            {attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/participants/proposals/attachments/${a.id}`} className="text-primary underline">
                  {a.fileName}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("none")}</p>
        )}
      </section>
    </div>
  );
}
