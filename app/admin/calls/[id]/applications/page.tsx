import type { Metadata } from "next";
import Link from "next/link";
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
import { genderText } from "@/lib/applications/export";
import { statusLabel } from "@/lib/applications/state";
import { formatDateTime } from "@/lib/format";
import { countryName, countryOptions, UNESCO_REGIONS } from "@/lib/geo";
import { loadAdminCall } from "../load";

export const metadata: Metadata = { title: "Applications" };

const SORT_LABELS: Record<(typeof SORTS)[number], string> = {
  submitted_desc: "Newest submitted first",
  submitted_asc: "Oldest submitted first",
  name: "Name",
  country: "Country",
  reference: "Reference",
  updated_desc: "Last changed first",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function Select({ id, label, name, value, options }: { id: string; label: string; name: string; value: string | undefined; options: { value: string; label: string }[] }) {
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect id={id} name={name} defaultValue={value ?? ""}>
        <option value="">Any</option>
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
  const { id } = await params;
  const { call } = await loadAdminCall(id, `/admin/calls/${id}/applications`, "application.viewAll");
  const filters = parseFilters(await searchParams);
  const result = await listCallApplications(getDb(), call.id, call.eligibility, filters);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const base = `/admin/calls/${call.id}/applications`;
  const exportQuery = (format: "csv" | "xlsx") => `${filtersToQuery({ ...filters, page: 1 })}${filtersToQuery({ ...filters, page: 1 }) ? "&" : "?"}format=${format}`;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm text-muted-foreground">
          {call.programmeTitle} · {call.cohortTitle}
        </p>
        <h1 className="text-2xl font-bold">Applications: {call.title}</h1>
      </div>
      <CallNav callId={call.id} current="Applications" />

      <nav aria-label="Counts per status">
        <ul className="flex flex-wrap gap-2 text-sm">
          {FILTER_STATUSES.filter((s) => result.perStatus[s]).map((s) => (
            <li key={s}>
              <Link href={`${base}${filtersToQuery({ ...filters, status: s, page: 1 })}`} className="inline-flex items-center gap-1 rounded-full border px-3 py-1 hover:bg-accent" aria-current={filters.status === s ? "true" : undefined}>
                {statusLabel(s)}: <strong>{result.perStatus[s]}</strong>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form role="search" aria-label="Filter applications" action={base} className="grid gap-3 rounded-lg border p-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-1 sm:col-span-2">
          <Label htmlFor="f-q">Search name, email, reference or organisation</Label>
          <Input id="f-q" name="q" type="search" defaultValue={filters.q ?? ""} />
        </div>
        <Select id="f-status" label="Status" name="status" value={filters.status} options={FILTER_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))} />
        <Select id="f-country" label="Country" name="country" value={filters.country} options={countryOptions("en").map((c) => ({ value: c.code, label: c.name }))} />
        <Select id="f-region" label="Region" name="region" value={filters.region} options={UNESCO_REGIONS.map((r) => ({ value: r.code, label: r.name.en }))} />
        <Select id="f-gender" label="Gender" name="gender" value={filters.gender} options={FILTER_GENDERS.map((g) => ({ value: g, label: genderText(g, null) }))} />
        {call.cohortTracks.length ? <Select id="f-track" label="Track" name="track" value={filters.track} options={call.cohortTracks.filter((t) => call.trackIds.includes(t.id)).map((t) => ({ value: t.id, label: t.title }))} /> : null}
        <Select id="f-eligibility" label="Eligibility" name="eligibility" value={filters.eligibility} options={[{ value: "eligible", label: "Eligible" }, { value: "ineligible", label: "Not eligible" }]} />
        {result.nominators.length ? <Select id="f-nominated" label="Nominated by" name="nominatedBy" value={filters.nominatedBy} options={result.nominators.map((o) => ({ value: o.id, label: o.name }))} /> : null}
        <div className="space-y-1">
          <Label htmlFor="f-sort">Sort by</Label>
          <NativeSelect id="f-sort" name="sort" defaultValue={filters.sort}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex items-end gap-2">
          <Button type="submit">Apply filters</Button>
          <Link href={base} className="text-sm underline">
            Clear
          </Link>
        </div>
      </form>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status">
          {result.total} application{result.total === 1 ? "" : "s"} match
        </p>
        <p className="flex gap-3 text-sm">
          <a href={`/api/admin/calls/${call.id}/export${exportQuery("csv")}`} className="text-primary underline" download>
            Export CSV
          </a>
          <a href={`/api/admin/calls/${call.id}/export${exportQuery("xlsx")}`} className="text-primary underline" download>
            Export XLSX
          </a>
        </p>
      </div>

      {result.items.length === 0 ? (
        <p>No application matches these filters.</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Reference</TableHead>
              <TableHead scope="col">Name</TableHead>
              <TableHead scope="col">Country</TableHead>
              <TableHead scope="col">Gender</TableHead>
              <TableHead scope="col">Organisation</TableHead>
              <TableHead scope="col">Status</TableHead>
              <TableHead scope="col">Submitted</TableHead>
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
                  {a.nominatedBy ? <span className="block text-xs text-muted-foreground">Nominated by {a.nominatedBy}</span> : null}
                </TableCell>
                <TableCell>{a.nationality ? countryName(a.nationality) : "—"}</TableCell>
                <TableCell>{genderText(a.gender, a.genderOther)}</TableCell>
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
      {pages > 1 ? (
        <nav aria-label="Pagination" className="flex items-center gap-4 text-sm">
          {filters.page > 1 ? <Link href={`${base}${filtersToQuery(filters, { page: filters.page - 1 })}`}>Previous page</Link> : null}
          <span>
            Page {filters.page} of {pages}
          </span>
          {filters.page < pages ? <Link href={`${base}${filtersToQuery(filters, { page: filters.page + 1 })}`}>Next page</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
