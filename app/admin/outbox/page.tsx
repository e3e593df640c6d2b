import { SearchForm } from "@/components/ui/search-form";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { listOutbox } from "@/lib/admin/queries";
import { requirePagePermission } from "@/lib/auth/guards";
import { accountSettings } from "@/lib/auth/settings";
import { formatDateTime } from "@/lib/format";
import { bodyForStaff } from "@/lib/mail/outbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("outbox") };
}

const paramsSchema = z.object({
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  to: z.string().max(254).optional().catch(undefined),
});

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("admin.outbox", "/admin/outbox");
  const params = paramsSchema.parse(await searchParams);
  const [t, tf, tc, result] = await Promise.all([
    getTranslations("admin"),
    getTranslations("outboxFilter"),
    getTranslations("common"),
    listOutbox(getDb(), params),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("outbox")}</h1>
      <SearchForm
        action="/admin/outbox"
        id="outbox-to"
        name="to"
        value={params.to}
        label={tf("recipient")}
        button={tf("filter")}
      />
      {result.items.length === 0 ? (
        <p>{t("outboxEmpty")}</p>
      ) : (
        <ul className="space-y-3">
          {result.items.map((m) => (
            <li key={m.id} className="rounded-lg border bg-card p-4">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{m.subject}</span> — {m.toAddress}{" "}
                  <span className="text-sm text-muted-foreground">({formatDateTime(m.createdAt, "UTC")})</span>
                </summary>
                <pre className="mt-3 whitespace-pre-wrap text-sm">
                  {bodyForStaff(m, accountSettings().mailDevInbox)}
                </pre>
              </details>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav aria-label={tc("pagination")} className="flex gap-4 text-sm">
          {result.page > 1 ? <Link href={`/admin/outbox?page=${result.page - 1}`}>{tc("previousPage")}</Link> : null}
          <span>{tc("pageOf", { page: result.page, pages })}</span>
          {result.page < pages ? <Link href={`/admin/outbox?page=${result.page + 1}`}>{tc("nextPage")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
