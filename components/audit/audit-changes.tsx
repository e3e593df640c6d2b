import { useTranslations } from "next-intl";
import { readAuditData } from "@/lib/audit/diff";

/** An audit row's before/after as a readable diff, and its other details as a list. */
export function AuditChanges({ data }: { data: Record<string, unknown> }) {
  const t = useTranslations("audit");
  const { changes, details } = readAuditData(data);
  if (changes.length === 0 && details.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <div className="space-y-1 text-sm">
      {changes.length > 0 ? (
        <table className="text-left">
          <caption className="sr-only">{t("changes")}</caption>
          <thead className="sr-only">
            <tr>
              <th scope="col">{t("field")}</th>
              <th scope="col">{t("before")}</th>
              <th scope="col">{t("after")}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.field}>
                <th scope="row" className="pr-2 font-medium">
                  {c.field}
                </th>
                <td className="pr-1">
                  <del className="bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100">{c.before}</del>
                </td>
                <td>
                  <span aria-hidden="true">→ </span>
                  <ins className="bg-green-50 text-green-900 no-underline dark:bg-green-950 dark:text-green-100">
                    {c.after}
                  </ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {details.length > 0 ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-muted-foreground">
          {details.map((d) => (
            <div key={d.field} className="contents">
              <dt>{d.field}</dt>
              <dd className="break-all">{d.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
