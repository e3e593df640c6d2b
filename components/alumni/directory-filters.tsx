import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FilterActions } from "@/components/forms/filter-actions";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { countryOptions, localLabel, UNESCO_REGIONS } from "@/lib/geo";
import type { DirectoryParams } from "@/lib/alumni/schemas";

/** A plain GET form: works without JavaScript, and every search is a link that can be shared. */
export function DirectoryFilters({
  action,
  params,
  programmes,
  years,
}: {
  action: string;
  params: Partial<DirectoryParams>;
  programmes: { slug: string; title: string }[];
  years: number[];
}) {
  const t = useTranslations("alumni");
  const field = (id: string, label: string, control: ReactNode) => (
    <div className="space-y-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {control}
    </div>
  );
  return (
    <form role="search" action={action} className="grid gap-3 rounded-lg border p-4 sm:grid-cols-2 lg:grid-cols-4">
      {field("f-q", t("search"), <Input id="f-q" name="q" type="search" defaultValue={params.q ?? ""} />)}
      {field(
        "f-country",
        t("country"),
        <NativeSelect id="f-country" name="country" defaultValue={params.country ?? ""}>
          <option value="">{t("any")}</option>
          {countryOptions().map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </NativeSelect>,
      )}
      {field(
        "f-region",
        t("region"),
        <NativeSelect id="f-region" name="region" defaultValue={params.region ?? ""}>
          <option value="">{t("any")}</option>
          {UNESCO_REGIONS.map((r) => (
            <option key={r.code} value={r.code}>
              {localLabel(r.name)}
            </option>
          ))}
        </NativeSelect>,
      )}
      {field("f-field", t("field"), <Input id="f-field" name="field" defaultValue={params.field ?? ""} />)}
      {field(
        "f-language",
        t("language"),
        <Input id="f-language" name="language" defaultValue={params.language ?? ""} />,
      )}
      {field(
        "f-expertise",
        t("expertise"),
        <Input id="f-expertise" name="expertise" defaultValue={params.expertise ?? ""} />,
      )}
      {field(
        "f-programme",
        t("programme"),
        <NativeSelect id="f-programme" name="programme" defaultValue={params.programme ?? ""}>
          <option value="">{t("any")}</option>
          {programmes.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.title}
            </option>
          ))}
        </NativeSelect>,
      )}
      {field(
        "f-year",
        t("year"),
        <NativeSelect id="f-year" name="year" defaultValue={params.year ? String(params.year) : ""}>
          <option value="">{t("any")}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </NativeSelect>,
      )}
      <FilterActions
        applyLabel={t("apply")}
        resetLabel={t("reset")}
        resetHref={action}
        className="sm:col-span-2 lg:col-span-4"
      />
    </form>
  );
}
