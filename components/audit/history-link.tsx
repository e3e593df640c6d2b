import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { historyHref } from "@/lib/audit/schemas";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";

/** "History": the record's rows in the audit log, shown to those who may read it (administrators). */
export async function HistoryLink({ entityType, entityId }: { entityType: string; entityId: string }) {
  if (!can(await getActor(), "admin.audit")) return null;
  return (
    <Link href={historyHref(entityType, entityId)} className="text-sm text-primary underline">
      {(await getTranslations("audit"))("history")}
    </Link>
  );
}
