import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { listManagedCalls } from "@/lib/calls/admin-queries";
import { formatDateTime } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("calls") };
}

export default async function AdminCallsPage() {
  const actor = await requirePagePermission("call.manage", "/admin/calls");
  const [t, ts, rows] = await Promise.all([
    getTranslations("callAdmin"),
    getTranslations("status"),
    listManagedCalls(getDb(), actor),
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("callsTitle")}</h1>
        <Link
          href="/admin/calls/new"
          className="inline-flex h-10 items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground hover:bg-primary/90"
        >
          {t("newCall")}
        </Link>
      </div>
      {rows.length === 0 ? (
        <p>{t("noCalls")}</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("call")}</TableHead>
              <TableHead scope="col">{t("status")}</TableHead>
              <TableHead scope="col">{t("closes")}</TableHead>
              <TableHead scope="col">{t("submitted")}</TableHead>
              <TableHead scope="col">{t("drafts")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((c) => (
              <TableRow key={c.id}>
                <TableCell>
                  <Link href={`/admin/calls/${c.id}/applications`} className="font-medium text-primary hover:underline">
                    {c.title}
                  </Link>
                  <span className="block text-xs text-muted-foreground">
                    {c.programmeTitle} · {c.cohortTitle}
                  </span>
                </TableCell>
                <TableCell>
                  <Badge variant="outline">{ts(c.status)}</Badge>{" "}
                  {c.nominationOnly ? <Badge variant="secondary">{t("nominations")}</Badge> : null}
                </TableCell>
                <TableCell>{formatDateTime(c.closesAt, c.timeZone)}</TableCell>
                <TableCell>{c.sent}</TableCell>
                <TableCell>{c.drafts}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
