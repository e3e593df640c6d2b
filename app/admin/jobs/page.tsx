import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import type { Job } from "@/db/schema";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { listJobs } from "@/lib/jobs/queue";
import { RetryJobButton } from "./retry-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("jobs") };
}

const SECTIONS = ["failed", "active", "waiting", "done"] as const;

/** The job queue for administrators: what waits, runs, failed (with a retry) and finished lately. */
export default async function JobsPage() {
  await requirePagePermission("admin.jobs", "/admin/jobs");
  const [t, queue] = await Promise.all([getTranslations("jobs"), listJobs(getDb())]);
  const when = (d: Date | null) => (d ? formatDateTime(d, "UTC") : "—");
  return (
    <ClientMessages namespaces={["jobs"]}>
      <div className="space-y-8">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
        {SECTIONS.map((section) => {
          const rows: Job[] = queue[section];
          return (
            <section key={section} aria-labelledby={`jobs-${section}`} className="space-y-3">
              <h2 id={`jobs-${section}`} className="text-xl font-semibold">
                {t(section, { n: rows.length })}
              </h2>
              {rows.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t("none")}</p>
              ) : (
                <div className="overflow-x-auto">
                  <table className="w-full text-sm">
                    <thead>
                      <tr className="border-b text-left">
                        <th className="p-2">{t("type")}</th>
                        <th className="p-2">{t("key")}</th>
                        <th className="p-2">{t("attempts")}</th>
                        <th className="p-2">
                          {section === "done" || section === "failed" ? t("finished") : t("runAt")}
                        </th>
                        <th className="p-2">{t("lastError")}</th>
                        {section === "failed" ? <th className="p-2">{t("actions")}</th> : null}
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((job) => (
                        <tr key={job.id} className="border-b align-top">
                          <td className="p-2 font-medium">{job.type}</td>
                          <td className="p-2">{job.uniqueKey ?? "—"}</td>
                          <td className="p-2">
                            {job.attempts} / {job.maxAttempts}
                          </td>
                          <td className="p-2">
                            {when(section === "done" || section === "failed" ? job.finishedAt : job.runAt)}
                          </td>
                          <td className="max-w-md p-2 break-words">{job.lastError ?? "—"}</td>
                          {section === "failed" ? (
                            <td className="p-2">
                              <RetryJobButton jobId={job.id} type={job.type} />
                            </td>
                          ) : null}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          );
        })}
      </div>
    </ClientMessages>
  );
}
