import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InviteNomineeForm } from "@/components/nominations/invite-nominee-form";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { countryName } from "@/lib/geo";
import { listFocalPointQuotas } from "@/lib/nominations/queries";
import { inviteNomineeAction } from "./actions";
import { now as clockNow } from "@/lib/time/clock";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("nominations") };
}

export default async function NominationsPage() {
  const statusLabel = await getTranslations("applicationStatus");
  const actor = await requirePagePermission("nomination.invite", "/me/nominations");
  const [t, quotas] = await Promise.all([getTranslations("nominations"), listFocalPointQuotas(getDb(), actor.userId)]);
  const now = clockNow();
  return (
    <Said areas={["nominations"]}>
      <div className="space-y-8">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="max-w-3xl text-muted-foreground">{t("intro")}</p>
        </div>
        {quotas.length === 0 ? <p>{t("none")}</p> : null}
        {quotas.map((q) => {
          const accepting = q.callStatus === "open" && now < q.closesAt;
          const headingId = `quota-${q.id}`;
          return (
            <section key={q.id} aria-labelledby={headingId} className="space-y-4 rounded-lg border bg-card p-4">
              <div className="space-y-1">
                <h2 id={headingId} className="text-xl font-semibold">
                  {q.callTitle}
                </h2>
                <p className="text-sm">
                  {q.organisation} · {countryName(q.country)}
                </p>
                <p className="text-sm font-medium">{t("used", { used: q.used, quota: q.quota })}</p>
                <p className="text-sm text-muted-foreground">
                  {accepting
                    ? t("closes", { date: `${formatDateTime(q.closesAt, q.timeZone)} (${q.timeZone})` })
                    : t("notOpen")}
                </p>
              </div>
              {q.nominees.length === 0 ? (
                <p className="text-sm">{t("noNominees")}</p>
              ) : (
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHead scope="col">{t("name")}</TableHead>
                      <TableHead scope="col">{t("email")}</TableHead>
                      <TableHead scope="col">{t("reference")}</TableHead>
                      <TableHead scope="col">{t("status")}</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {q.nominees.map((n) => (
                      <TableRow key={n.id}>
                        <TableCell>{n.name}</TableCell>
                        <TableCell>{n.email}</TableCell>
                        <TableCell>{n.reference}</TableCell>
                        <TableCell>
                          <Badge variant={n.status === "submitted" ? "default" : "outline"}>
                            {statusLabel(n.status)}
                          </Badge>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
              {accepting && q.used < q.quota ? (
                <div className="space-y-2">
                  <h3 className="font-semibold">{t("inviteTitle")}</h3>
                  <InviteNomineeForm quotaId={q.id} invite={inviteNomineeAction} />
                </div>
              ) : accepting ? (
                <p className="text-sm">{t("full")}</p>
              ) : null}
            </section>
          );
        })}
      </div>
    </Said>
  );
}
