import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeletionRequestForm } from "@/components/privacy/deletion-request-form";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { latestDeletionRequest } from "@/lib/privacy/queries";
import { requestDeletionAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myData"))("title") };
}

/** A person's own data: download it (JSON or a readable page) and ask for its deletion. */
export default async function MyDataPage() {
  const actor = await requirePagePermission("privacy.ownData", "/me/data");
  const [request, t] = await Promise.all([latestDeletionRequest(getDb(), actor.userId), getTranslations("myData")]);
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      <section aria-labelledby="download-heading" className="space-y-3">
        <h2 id="download-heading" className="text-xl font-semibold">
          {t("download")}
        </h2>
        <p className="flex flex-wrap gap-3">
          <a href="/api/me/data" download className="rounded-md border px-4 py-2 font-medium hover:bg-accent">
            {t("downloadJson")}
          </a>
          <Link href="/me/data/readable" className="rounded-md border px-4 py-2 font-medium hover:bg-accent">
            {t("readable")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="deletion-heading" className="space-y-3">
        <h2 id="deletion-heading" className="text-xl font-semibold">
          {t("delete")}
        </h2>
        {request?.status === "requested" ? (
          <p role="status">{t("requested", { date: formatDateTime(request.requestedAt, "UTC") })}</p>
        ) : (
          <>
            {request?.status === "refused" ? (
              <p>
                {t("refused", {
                  date: formatDateTime(request.requestedAt, "UTC"),
                  reason: request.decisionReason ?? "",
                })}
              </p>
            ) : null}
            <p className="max-w-prose text-sm text-muted-foreground">{t("howItWorks")}</p>
            <DeletionRequestForm action={requestDeletionAction} />
          </>
        )}
      </section>
    </div>
  );
}
