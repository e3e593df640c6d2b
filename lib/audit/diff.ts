/** An audit row's data as a reader sees it: each changed field before → after, then the other details. */
export type AuditChange = { field: string; before: string; after: string };

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "—";
  return JSON.stringify(value);
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export function readAuditData(data: Record<string, unknown>): {
  changes: AuditChange[];
  details: { field: string; value: string }[];
} {
  const before = asRecord(data.before);
  const after = asRecord(data.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes = fields.map((field) => ({ field, before: show(before[field]), after: show(after[field]) }));
  const details = Object.entries(data)
    .filter(([key]) => key !== "before" && key !== "after")
    .map(([field, value]) => ({ field, value: show(value) }));
  return { changes, details };
}
