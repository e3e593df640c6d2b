import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { getAdminDashboard } from "@/lib/admin/queries";
import { requirePagePermission } from "@/lib/auth/guards";
import { setProgrammeStatusAction } from "./actions";

export const metadata: Metadata = { title: "Administration" };

async function submitStatus(formData: FormData): Promise<void> {
  "use server";
  await setProgrammeStatusAction(formData);
}

export default async function AdminDashboardPage() {
  const actor = await requirePagePermission("admin.dashboard", "/admin");
  const [t, ts, data] = await Promise.all([getTranslations("admin"), getTranslations("status"), getAdminDashboard(getDb(), actor)]);
  const figures = [
    { label: t("programmes"), value: data.programmes.length },
    { label: t("openCalls"), value: data.openCalls },
    { label: t("submitted"), value: data.submittedApplications },
    ...(actor.isAdmin ? [{ label: t("emails"), value: data.emailsWaiting }] : []),
  ];
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label="Figures">
        {figures.map((f) => (
          <li key={f.label} className="rounded-lg border bg-card p-4">
            <p className="text-2xl font-bold">{f.value}</p>
            <p className="text-sm text-muted-foreground">{f.label}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="admin-programmes" className="space-y-3">
        <h2 id="admin-programmes" className="text-xl font-semibold">
          {t("programmes")}
        </h2>
        {data.programmes.length === 0 ? (
          <p>{t("noProgrammes")}</p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">{t("programmes")}</TableHead>
                <TableHead scope="col">Status</TableHead>
                <TableHead scope="col">Editions</TableHead>
                <TableHead scope="col">
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.programmes.map((p) => (
                <TableRow key={p.id}>
                  <TableCell>
                    <Link href={`/programmes/${p.slug}`} className="hover:underline">
                      {p.title}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <Badge variant="outline">{ts(p.status)}</Badge>
                  </TableCell>
                  <TableCell>{p.cohorts}</TableCell>
                  <TableCell>
                    <form action={submitStatus} className="flex justify-end gap-2">
                      <input type="hidden" name="programmeId" value={p.id} />
                      <input type="hidden" name="version" value={p.version} />
                      {p.status === "published" ? (
                        <button name="status" value="draft" className="rounded-md border px-2 py-1 text-xs hover:bg-accent" aria-label={`${t("unpublish")} ${p.title}`}>
                          {t("unpublish")}
                        </button>
                      ) : (
                        <button name="status" value="published" className="rounded-md border px-2 py-1 text-xs hover:bg-accent" aria-label={`${t("publish")} ${p.title}`}>
                          {t("publish")}
                        </button>
                      )}
                    </form>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
