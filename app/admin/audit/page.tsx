import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { AuditChanges } from "@/components/audit/audit-changes";
import { auditActions, listAudit } from "@/lib/audit/queries";
import { auditFilterSchema, historyHref, type AuditFilter } from "@/lib/audit/schemas";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("auditLog") };
}

function hrefWith(filter: AuditFilter, after: number | null): string {
  const params = new URLSearchParams();
  for (const key of ["person", "record", "action", "from", "to"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (after) params.set("after", String(after));
  return `/admin/audit?${params.toString()}`;
}

/** Who did what, when, with before and after; administrators only (the permission table's "admin.audit"). */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("admin.audit", "/admin/audit");
  const filter = auditFilterSchema.parse(await searchParams);
  const db = getDb();
  const [me] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, actor.userId));
  const timeZone = me?.timeZone ?? "UTC";
  const [result, actions] = await Promise.all([listAudit(db, filter, timeZone), auditActions(db)]);
  const t = await getTranslations("audit");
  const tc = await getTranslations("common");
  const field = "h-10 rounded-md border border-input bg-background px-3";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form role="search" aria-label={t("filter")} action="/admin/audit" className="grid gap-3 md:grid-cols-3">
        <label className="flex flex-col gap-1 text-sm">
          {t("person")}
          <input name="person" type="search" defaultValue={filter.person ?? ""} className={field} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("record")}
          <input
            name="record"
            type="search"
            defaultValue={filter.record ?? ""}
            placeholder={t("recordExample")}
            className={field}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("action")}
          <select name="action" defaultValue={filter.action ?? ""} className={field}>
            <option value="">{t("anyAction")}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("from", { zone: timeZone })}
          <input name="from" type="date" defaultValue={filter.from ?? ""} className={field} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("to", { zone: timeZone })}
          <input name="to" type="date" defaultValue={filter.to ?? ""} className={field} />
        </label>
        <div className="flex items-end gap-3">
          <button type="submit" className="h-10 rounded-md border px-4 hover:bg-accent">
            {t("apply")}
          </button>
          <Link href="/admin/audit" className="text-sm underline">
            {t("clear")}
          </Link>
        </div>
      </form>
      {result.rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2 pr-3">
                {t("when")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("who")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("action")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("record")}
              </th>
              <th scope="col" className="py-2">
                {t("change")}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.id} className="border-b align-top">
                <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(row.at, timeZone)}</td>
                <td className="py-2 pr-3">
                  {row.actorId ? (
                    <Link href={hrefWith({ person: row.actorId }, null)} className="underline">
                      {row.actorName ?? row.actorId}
                    </Link>
                  ) : (
                    <span className="text-muted-foreground">{t("system")}</span>
                  )}
                </td>
                <td className="py-2 pr-3 font-mono">{row.action}</td>
                <td className="py-2 pr-3">
                  {row.entityId ? (
                    <Link href={historyHref(row.entityType, row.entityId)} className="underline">
                      {row.entityType} {row.entityId.slice(0, 8)}
                    </Link>
                  ) : (
                    row.entityType
                  )}
                </td>
                <td className="py-2">
                  <AuditChanges data={row.data} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label={tc("pagination")} className="flex gap-4 text-sm">
        {filter.after ? <Link href={hrefWith(filter, null)}>{t("newest")}</Link> : null}
        {result.nextAfter ? <Link href={hrefWith(filter, result.nextAfter)}>{t("older")}</Link> : null}
      </nav>
    </div>
  );
}
