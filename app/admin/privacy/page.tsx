import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DeletionDecisionForm } from "@/components/privacy/deletion-decision-form";
import { RetentionForm } from "@/components/privacy/retention-form";
import { historyHref } from "@/lib/audit/schemas";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { listDeletionRequests, listRetention } from "@/lib/privacy/queries";
import { decideDeletionAction, setRetentionAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("privacyRequests") };
}

/** Deletion requests to decide, and each programme's retention period; administrators only. */
export default async function PrivacyAdminPage() {
  await requirePagePermission("privacy.manage", "/admin/privacy");
  const db = getDb();
  const [requests, retention] = await Promise.all([listDeletionRequests(db), listRetention(db)]);
  const open = requests.filter((r) => r.status === "requested");
  const decided = requests.filter((r) => r.status !== "requested");
  const t = await getTranslations("privacyAdmin");
  return (
    <ClientMessages namespaces={["common", "privacyAdmin"]}>
      <div className="space-y-8">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <section aria-labelledby="open-heading" className="space-y-3">
          <h2 id="open-heading" className="text-xl font-semibold">
            {t("openHeading", { count: open.length })}
          </h2>
          {open.length === 0 ? (
            <p>{t("noneWaiting")}</p>
          ) : (
            <ul className="space-y-4">
              {open.map((r) => (
                <li key={r.id} className="space-y-2 rounded-lg border p-4">
                  <p>
                    {t.rich("askedOn", {
                      b: (chunks) => <span className="font-medium">{chunks}</span>,
                      name: r.name,
                      email: r.email,
                      date: formatDateTime(r.requestedAt, "UTC"),
                    })}{" "}
                    <Link href={historyHref("user", r.userId)} className="text-sm text-primary underline">
                      {t("history")}
                    </Link>
                  </p>
                  {r.note ? <blockquote className="border-l-2 pl-3 text-sm">{r.note}</blockquote> : null}
                  <DeletionDecisionForm requestId={r.id} who={r.name} action={decideDeletionAction} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="decided-heading" className="space-y-3">
          <h2 id="decided-heading" className="text-xl font-semibold">
            {t("decidedHeading")}
          </h2>
          {decided.length === 0 ? (
            <p>{t("noneDecided")}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {decided.map((r) => (
                <li key={r.id}>
                  {t(r.status === "approved" ? "approvedBy" : "refusedBy", {
                    who: r.decidedBy ?? "—",
                    date: r.decidedAt ? formatDateTime(r.decidedAt, "UTC") : "—",
                    name: r.name,
                  })}
                  {r.decisionReason ? ` — ${r.decisionReason}` : ""}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="retention-heading" className="space-y-3">
          <h2 id="retention-heading" className="text-xl font-semibold">
            {t("retentionHeading")}
          </h2>
          <p id="retention-help" className="max-w-prose text-sm text-muted-foreground">
            {t("retentionHelp")}
          </p>
          <div className="space-y-2">
            {retention.map((p) => (
              <RetentionForm
                key={p.programmeId}
                programmeId={p.programmeId}
                title={p.title}
                months={p.months}
                action={setRetentionAction}
              />
            ))}
          </div>
        </section>
      </div>
    </ClientMessages>
  );
}
