/** The UNESCO project-page block: a term and its values, rows without values left out. */
export function KeyFacts({ facts }: { facts: { term: string; values: string[] }[] }) {
  const shown = facts.filter((f) => f.values.length > 0);
  return (
    <dl className="grid gap-x-8 gap-y-4 rounded-lg border bg-muted p-5 sm:grid-cols-2">
      {shown.map((fact) => (
        <div key={fact.term}>
          <dt className="text-sm font-semibold text-muted-foreground">{fact.term}</dt>
          <dd className="mt-1">{fact.values.join(", ")}</dd>
        </div>
      ))}
    </dl>
  );
}
