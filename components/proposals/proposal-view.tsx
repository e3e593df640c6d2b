import type { ProposalContentValues } from "@/lib/proposals/schemas";

type Props = {
  content: ProposalContentValues;
  totals: { currency: string; formatted: string }[];
  attachments: { id: string; fileName: string }[];
};

/** A proposal read-only, as its mentor reads it. */
export function ProposalView({ content, totals, attachments }: Props) {
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
      <p className="text-sm text-muted-foreground">Field: {content.field || "—"}</p>
      {block("Summary", content.summary)}
      {block("Objectives", content.objectives)}
      <section className="space-y-1">
        <h3 className="font-semibold">Activities and timeline</h3>
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
        <h3 className="font-semibold">Budget</h3>
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
        {totals.map((t) => (
          <p key={t.currency} className="font-medium">
            Total in {t.currency}: {t.formatted}
          </p>
        ))}
      </section>
      {block("Partners", content.partners)}
      {block("Expected outcomes", content.outcomes)}
      {block("Risks", content.risks)}
      <section className="space-y-1">
        <h3 className="font-semibold">Attachments</h3>
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
          <p>None.</p>
        )}
      </section>
    </div>
  );
}
