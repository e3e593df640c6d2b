import { useTranslations } from "next-intl";
import { FilterActions } from "@/components/forms/filter-actions";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { ReportData } from "@/lib/reports/queries";
import type { ReportFilters } from "@/lib/reports/schemas";

type Option = { id: string; label: string };

/** The report's filters as a plain GET form: the URL is the report, so it can be bookmarked and shared. */
export function ReportFilterForm({
  action,
  filters,
  data,
}: {
  action: string;
  filters: ReportFilters;
  data: Pick<ReportData, "programmes" | "cohorts" | "calls" | "tracks" | "donors">;
}) {
  const t = useTranslations("reports");
  const programmeTitle = new Map(data.programmes.map((p) => [p.id, p.title]));
  const cohortTitle = new Map(data.cohorts.map((c) => [c.id, c.title]));
  const editions: Option[] = data.cohorts
    .filter((c) => !filters.programme || c.programmeId === filters.programme)
    .map((c) => ({ id: c.id, label: `${programmeTitle.get(c.programmeId) ?? ""} — ${c.title}` }));
  const inEditions = (cohortId: string) =>
    filters.edition ? cohortId === filters.edition : editions.some((e) => e.id === cohortId);
  const calls: Option[] = data.calls.filter((k) => inEditions(k.cohortId)).map((k) => ({ id: k.id, label: k.title }));
  const tracks: Option[] = data.tracks
    .filter((k) => inEditions(k.cohortId))
    .map((k) => ({ id: k.id, label: `${k.title} (${cohortTitle.get(k.cohortId) ?? ""})` }));
  const select = (name: keyof ReportFilters, label: string, options: Option[]) => (
    <div className="space-y-1">
      <Label htmlFor={`report-${name}`}>{label}</Label>
      <NativeSelect id={`report-${name}`} name={name} defaultValue={String(filters[name] ?? "")}>
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
  return (
    <form
      method="get"
      action={action}
      className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4 print:hidden"
      aria-label={t("filters")}
    >
      {select(
        "programme",
        t("filterProgramme"),
        data.programmes.map((p) => ({ id: p.id, label: p.title })),
      )}
      {select("edition", t("filterEdition"), editions)}
      {select("call", t("filterCall"), calls)}
      {select("track", t("filterTrack"), tracks)}
      {select(
        "donor",
        t("filterDonor"),
        data.donors.map((d) => ({ id: d.id, label: d.name })),
      )}
      <div className="space-y-1">
        <Label htmlFor="report-from">{t("filterFrom")}</Label>
        <Input id="report-from" name="from" type="number" min={1990} max={2100} defaultValue={filters.from ?? ""} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="report-to">{t("filterTo")}</Label>
        <Input id="report-to" name="to" type="number" min={1990} max={2100} defaultValue={filters.to ?? ""} />
      </div>
      <FilterActions applyLabel={t("apply")} resetLabel={t("reset")} resetHref={action} />
    </form>
  );
}
