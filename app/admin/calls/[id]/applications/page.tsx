import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CallNav } from "@/components/calls/admin/call-nav";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { FILTER_GENDERS, FILTER_STATUSES, filtersToQuery, parseFilters, SORTS } from "@/lib/applications/admin-filters";
import { listCallApplications } from "@/lib/applications/admin-queries";
import { formatDateTime } from "@/lib/format";
import { countryName, countryOptions, localLabel, UNESCO_REGIONS } from "@/lib/geo";
import { loadAdminCall } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("applications") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function Select({
  id,
  label,
  name,
  value,
  options,
  any,
}: {
  id: string;
  label: string;
  name: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  any: string;
}) {
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}

export default async function CallApplicationsPage({ params, searchParams }: Props) {
  const statusLabel = await getTranslations("applicationStatus");
  const tg = await getTranslations("selection.gender");
  const genderText = (gender: (typeof FILTER_GENDERS)[number], other: string | null) =>
    gender === "another" && other ? `${tg("another")}: ${other}` : tg(gender);
  const { id } = await params;
  const { call } = await loadAdminCall(id, `/admin/calls/${id}/applications`, "application.viewAll");
  const filters = parseFilters(await searchParams);
  const [t, result] = await Promise.all([
    getTranslations("callAdmin"),
    listCallApplications(getDb(), call.id, call.eligibility, filters),
  ]);
  const any = t("any");
  const base = `/admin/calls/${call.id}/applications`;
  const unpaged = { ...filters, after: undefined, before: undefined };
  const exportQuery = (format: "csv" | "xlsx") =>
    `${filtersToQuery(unpaged)}${filtersToQuery(unpaged) ? "&" : "?"}format=${format}`;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm text-muted-foreground">
          {call.programmeTitle} · {call.cohortTitle}
        </p>
        <h1 className="text-2xl font-bold">{t("applicationsTitle", { title: call.title })}</h1>
      </div>
      <CallNav callId={call.id} current="Applications" />

      <nav aria-label={t("countsPerStatus")}>
        <ul className="flex flex-wrap gap-2 text-sm">
          {FILTER_STATUSES.filter((s) => result.perStatus[s]).map((s) => (
            <li key={s}>
              <Link
                href={`${base}${filtersToQuery({ ...unpaged, status: s })}`}
                className="inline-flex items-center gap-1 rounded-full border px-3 py-1 hover:bg-accent"
                aria-current={filters.status === s ? "true" : undefined}
              >
                {statusLabel(s)}: <strong>{result.perStatus[s]}</strong>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form
        role="search"
        aria-label={t("filter")}
        action={base}
        className="grid gap-3 rounded-lg border p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div className="space-y-1 sm:col-span-2">
          <Label htmlFor="f-q">{t("search")}</Label>
          <Input id="f-q" name="q" type="search" defaultValue={filters.q ?? ""} />
        </div>
        <Select
          any={any}
          id="f-status"
          label={t("status")}
          name="status"
          value={filters.status}
          options={FILTER_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        />
        <Select
          any={any}
          id="f-country"
          label={t("country")}
          name="country"
          value={filters.country}
          options={countryOptions().map((c) => ({ value: c.code, label: c.name }))}
        />
        <Select
          any={any}
          id="f-region"
          label={t("region")}
          name="region"
          value={filters.region}
          options={UNESCO_REGIONS.map((r) => ({ value: r.code, label: localLabel(r.name) }))}
        />
        <Select
          any={any}
          id="f-gender"
          label={t("gender")}
          name="gender"
          value={filters.gender}
          options={FILTER_GENDERS.map((g) => ({ value: g, label: genderText(g, null) }))}
        />
        {call.cohortTracks.length ? (
          <Select
            any={any}
            id="f-track"
            label={t("track")}
            name="track"
            value={filters.track}
            options={call.cohortTracks
              .filter((t) => call.trackIds.includes(t.id))
              .map((t) => ({ value: t.id, label: t.title }))}
          />
        ) : null}
        <Select
          any={any}
          id="f-eligibility"
          label={t("eligibility")}
          name="eligibility"
          value={filters.eligibility}
          options={[
            { value: "eligible", label: t("eligible") },
            { value: "ineligible", label: t("ineligible") },
          ]}
        />
        {result.nominators.length ? (
          <Select
            any={any}
            id="f-nominated"
            label={t("nominatedBy")}
            name="nominatedBy"
            value={filters.nominatedBy}
            options={result.nominators.map((o) => ({ value: o.id, label: o.name }))}
          />
        ) : null}
        <div className="space-y-1">
          <Label htmlFor="f-sort">{t("sort")}</Label>
          <NativeSelect id="f-sort" name="sort" defaultValue={filters.sort}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex items-end gap-2">
          <Button type="submit">{t("apply")}</Button>
          <Link href={base} className="text-sm underline">
            {t("clear")}
          </Link>
        </div>
      </form>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status">{t("matching", { count: result.total })}</p>
        <p className="flex gap-3 text-sm">
          <a
            href={`/api/admin/calls/${call.id}/export${exportQuery("csv")}`}
            className="text-primary underline"
            download
          >
            {t("exportCsv")}
          </a>
          <a
            href={`/api/admin/calls/${call.id}/export${exportQuery("xlsx")}`}
            className="text-primary underline"
            download
          >
            {t("exportXlsx")}
          </a>
        </p>
      </div>

      {result.items.length === 0 ? (
        <p>{t("noMatch")}</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("reference")}</TableHead>
              <TableHead scope="col">{t("name")}</TableHead>
              <TableHead scope="col">{t("country")}</TableHead>
              <TableHead scope="col">{t("gender")}</TableHead>
              <TableHead scope="col">{t("organisation")}</TableHead>
              <TableHead scope="col">{t("status")}</TableHead>
              <TableHead scope="col">{t("submitted")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.items.map((a) => (
              <TableRow key={a.id}>
                <TableCell>
                  <Link href={`${base}/${a.id}`} className="font-medium text-primary hover:underline">
                    {a.reference}
                  </Link>
                </TableCell>
                <TableCell>
                  {a.name}
                  {a.nominatedBy ? (
                    <span className="block text-xs text-muted-foreground">
                      {t("nominatedByName", { name: a.nominatedBy })}
                    </span>
                  ) : null}
                </TableCell>
                <TableCell>{a.nationality ? countryName(a.nationality) : "—"}</TableCell>
                <TableCell>{genderText(a.gender as (typeof FILTER_GENDERS)[number], a.genderOther)}</TableCell>
                <TableCell>{a.organisation ?? "—"}</TableCell>
                <TableCell>
                  <Badge variant="outline">{statusLabel(a.status as never)}</Badge>
                </TableCell>
                <TableCell>{a.submittedAt ? formatDateTime(a.submittedAt, call.timeZone) : "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {result.next || result.previous ? (
        <nav aria-label={t("pagination")} className="flex items-center gap-4 text-sm">
          {result.previous ? (
            <Link href={`${base}${filtersToQuery(unpaged, { before: result.previous })}`}>{t("previous")}</Link>
          ) : null}
          {result.next ? (
            <Link href={`${base}${filtersToQuery(unpaged, { after: result.next })}`}>{t("next")}</Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
