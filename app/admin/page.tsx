import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FigureCards } from "@/components/reports/figure-cards";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { getAdminDashboard } from "@/lib/admin/queries";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { getAttention } from "@/lib/reports/attention";
import { managerScope } from "@/lib/reports/queries";
import { getReport } from "@/lib/reports/report";
import { cellText } from "@/lib/reports/suppress";
import { setProgrammeStatusAction } from "./actions";
import { now as clockNow } from "@/lib/time/clock";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("administration") };
}

async function submitStatus(formData: FormData): Promise<void> {
  "use server";
  await setProgrammeStatusAction(formData);
}

export default async function AdminDashboardPage() {
  const actor = await requirePagePermission("admin.dashboard", "/admin");
  const now = clockNow();
  const scope = managerScope(actor);
  const [t, ts, tr, tc, locale, data, attention, organisation] = await Promise.all([
    getTranslations("admin"),
    getTranslations("status"),
    getTranslations("reports"),
    getTranslations("common"),
    getLocale(),
    getAdminDashboard(getDb(), actor),
    getAttention(getDb(), scope, { now, includeEmails: actor.isAdmin }),
    // The headline figures are the organisation report's, kept (lib/reports/report.ts): the report each one opens
    // shows the same number, and the dashboard does not count 100,000 applications on every visit.
    getTranslations("reports").then((labels) =>
      getReport(getDb(), { scope, filters: {}, labels, protect: false, now }),
    ),
  ]);
  const { report } = organisation;
  const headline = (key: string) => cellText(report.headline.find((h) => h.key === key)!.cell, locale);
  const count = (n: number) => cellText({ kind: "number", n }, locale);
  // Each headline figure opens the report that explains it.
  const figures = [
    {
      key: "programmes",
      label: t("programmes"),
      value: count(report.programmes.length),
      href: "/admin/reports#section-agenda",
    },
    {
      key: "editions",
      label: tr("editions"),
      value: count(report.editions.length),
      href: "/admin/reports#section-trends",
    },
    {
      key: "participants",
      label: tr("participants"),
      value: headline("participants"),
      href: "/admin/reports#section-funnel",
    },
    { key: "countries", label: tr("countries"), value: headline("countries"), href: "/admin/reports#section-map" },
    { key: "step_alumni", label: tr("step_alumni"), value: headline("alumni"), href: "/admin/reports#section-trends" },
    { key: "openCalls", label: t("openCalls"), value: count(data.openCalls), href: "/admin/calls" },
    { key: "submitted", label: t("submitted"), value: headline("applicants"), href: "/admin/reports#section-funnel" },
  ];
  const items = [
    ...attention.callsClosing.map((c) => ({
      key: `call-${c.id}`,
      group: tr("callsClosing"),
      text: tr("callClosing", {
        title: c.title,
        date: formatDateTime(new Date(c.closesAt), c.timeZone),
        submitted: c.submitted,
      }),
      href: `/admin/calls/${c.id}`,
    })),
    ...attention.reviewsOutstanding.map((r) => ({
      key: `review-${r.callId}`,
      group: tr("reviewsOutstanding"),
      text: tr("reviewOutstanding", { title: r.title, n: r.outstanding }),
      href: `/admin/calls/${r.callId}/review`,
    })),
    ...attention.offersExpiring.map((o) => ({
      key: `offer-${o.cohortId}`,
      group: tr("offersExpiring"),
      text: tr("offerExpiring", { title: o.title, n: o.offers, date: formatDateTime(new Date(o.firstExpiry), "UTC") }),
      href: `/admin/reports/editions/${o.cohortId}`,
    })),
    ...(attention.emails.failed
      ? [
          {
            key: "emails-failed",
            group: tr("emailsFailing"),
            text: tr("emailFailing", { n: attention.emails.failed }),
            href: "/admin/outbox",
          },
        ]
      : []),
    ...(attention.emails.stuck
      ? [
          {
            key: "emails-stuck",
            group: tr("emailsFailing"),
            text: tr("emailsStuck", { n: attention.emails.stuck }),
            href: "/admin/outbox",
          },
        ]
      : []),
  ];
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section aria-labelledby="admin-attention" className="space-y-3">
        <h2 id="admin-attention" className="text-xl font-semibold">
          {tr("attention")}
        </h2>
        {items.length === 0 ? (
          <p>{tr("attentionNone")}</p>
        ) : (
          <ul className="space-y-2">
            {items.map((item) => (
              <li key={item.key} className="rounded-md border bg-card px-3 py-2 text-sm">
                <span className="font-medium">{item.group}: </span>
                <Link href={item.href} className="text-primary underline">
                  {item.text}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="admin-figures" className="space-y-3">
        <h2 id="admin-figures" className="text-xl font-semibold">
          {tr("headlineFigures")}
        </h2>
        <FigureCards
          label={tr("headlineFigures")}
          figures={figures}
          className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
        />
        <p className="text-sm text-muted-foreground">
          {tr("asOf", { date: formatDateTime(organisation.asOf, "UTC") })}
        </p>
        <p>
          <Link href="/admin/reports" className="text-primary underline">
            {tr("allReports")}
          </Link>
        </p>
      </section>
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
                <TableHead scope="col">{tc("status")}</TableHead>
                <TableHead scope="col">{tc("editions")}</TableHead>
                <TableHead scope="col">
                  <span className="sr-only">{tc("actions")}</span>
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
                        <button
                          name="status"
                          value="draft"
                          className="rounded-md border px-2 py-1 text-xs hover:bg-accent"
                          aria-label={`${t("unpublish")} ${p.title}`}
                        >
                          {t("unpublish")}
                        </button>
                      ) : (
                        <button
                          name="status"
                          value="published"
                          className="rounded-md border px-2 py-1 text-xs hover:bg-accent"
                          aria-label={`${t("publish")} ${p.title}`}
                        >
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
