import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { listReports } from "@/lib/alumni/message-queries";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import { resolveReportAction, sendDigestAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("alumniNetwork") };
}

const paramsSchema = z.object({
  digest: z
    .string()
    .regex(/^(\d+-\d+|failed)$/)
    .optional()
    .catch(undefined),
});

export default async function AdminAlumniPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("alumni.moderate", "/admin/alumni");
  const params = paramsSchema.parse(await searchParams);
  const [t, reports] = await Promise.all([getTranslations("alumni"), listReports(getDb(), { status: "open" })]);
  const [posts, recipients] = params.digest && params.digest !== "failed" ? params.digest.split("-").map(Number) : [];
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("adminTitle")}</h1>
        <p className="flex flex-wrap gap-4 text-sm">
          {can(actor, "alumni.import") ? (
            <Link href="/admin/alumni/import" className="text-primary underline">
              {t("importLink")}
            </Link>
          ) : null}
          <Link href="/admin/roster" className="text-primary underline">
            {t("rosterTitle")}
          </Link>
          <Link href="/alumni/posts" className="text-primary underline">
            {t("postsTitle")}
          </Link>
        </p>
      </header>
      <section aria-labelledby="reports-heading" className="space-y-3">
        <h2 id="reports-heading" className="text-xl font-semibold">
          {t("reports")}
        </h2>
        {reports.length === 0 ? (
          <p>{t("noReports")}</p>
        ) : (
          <ul className="space-y-2">
            {reports.map((r) => (
              <li key={r.id} className="space-y-1 rounded-lg border p-3 text-sm">
                <p className="font-medium">
                  {t("about", { name: r.reportedName ?? "—" })} · {t("reportedBy", { name: r.reporterName })} ·{" "}
                  {formatDateTime(r.createdAt, "UTC")}
                </p>
                <p>{r.reason}</p>
                {r.messageBody ? (
                  <blockquote className="border-l-2 pl-3 text-muted-foreground">{r.messageBody}</blockquote>
                ) : null}
                {r.postId ? (
                  <Link href={`/alumni/posts/${r.postId}`} className="text-primary underline">
                    {r.postTitle}
                  </Link>
                ) : null}
                <form action={resolveReportAction}>
                  <input type="hidden" name="reportId" value={r.id} />
                  <Button type="submit" size="sm" variant="outline">
                    {t("resolve")}
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
      {can(actor, "alumni.sendDigest") ? (
        <section aria-labelledby="digest-heading" className="space-y-3">
          <h2 id="digest-heading" className="text-xl font-semibold">
            {t("digestTitle")}
          </h2>
          <p className="max-w-3xl text-sm text-muted-foreground">{t("digestIntro")}</p>
          {posts !== undefined ? <Alert>{t("digestSent", { posts, recipients: recipients ?? 0 })}</Alert> : null}
          <form action={sendDigestAction}>
            <Button type="submit">{t("sendDigest")}</Button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
