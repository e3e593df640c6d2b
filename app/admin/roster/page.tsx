import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Pager } from "@/components/ui/pager";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { searchRoster } from "@/lib/alumni/roster-queries";
import { rosterParamsSchema } from "@/lib/alumni/schemas";
import { viewerOf } from "@/lib/alumni/visibility";
import { requirePagePermission } from "@/lib/auth/guards";
import { countryName, countryOptions } from "@/lib/geo";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("expertRoster") };
}

export default async function RosterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("roster.search", "/admin/roster");
  const params = rosterParamsSchema.parse(await searchParams);
  const [t, result] = await Promise.all([getTranslations("alumni"), searchRoster(getDb(), viewerOf(actor), params)]);
  const query = Object.fromEntries(
    Object.entries(params)
      .filter(([k, v]) => k !== "page" && v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("rosterTitle")}</h1>
        <p className="max-w-3xl text-sm text-muted-foreground">{t("rosterIntro")}</p>
      </header>
      <form role="search" action="/admin/roster" className="grid gap-3 rounded-lg border p-4 sm:grid-cols-4">
        <div className="space-y-1">
          <label htmlFor="roster-expertise" className="text-sm font-medium">
            {t("expertise")}
          </label>
          <Input id="roster-expertise" name="expertise" defaultValue={params.expertise ?? ""} />
        </div>
        <div className="space-y-1">
          <label htmlFor="roster-language" className="text-sm font-medium">
            {t("language")}
          </label>
          <Input id="roster-language" name="language" defaultValue={params.language ?? ""} />
        </div>
        <div className="space-y-1">
          <label htmlFor="roster-country" className="text-sm font-medium">
            {t("country")}
          </label>
          <NativeSelect id="roster-country" name="country" defaultValue={params.country ?? ""}>
            <option value="">{t("any")}</option>
            {countryOptions().map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex items-end">
          <Button type="submit">{t("apply")}</Button>
        </div>
      </form>
      <p aria-live="polite" className="text-sm text-muted-foreground">
        {t("results", { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p>{t("rosterEmpty")}</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("profileTitle")}</TableHead>
              <TableHead scope="col">{t("expertAreas")}</TableHead>
              <TableHead scope="col">{t("languages")}</TableHead>
              <TableHead scope="col">{t("availability")}</TableHead>
              <TableHead scope="col">{t("engagements")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.items.map((e) => (
              <TableRow key={e.profile.userId}>
                <TableCell>
                  <Link href={`/admin/roster/${e.profile.userId}`} className="font-medium text-primary underline">
                    {e.profile.name}
                  </Link>
                  {e.profile.country ? (
                    <span className="block text-xs text-muted-foreground">{countryName(e.profile.country)}</span>
                  ) : null}
                </TableCell>
                <TableCell>{e.areas.join(", ")}</TableCell>
                <TableCell>{e.languages.join(", ")}</TableCell>
                <TableCell>{e.availability ?? "—"}</TableCell>
                <TableCell>{e.engagements}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager
        page={result.page}
        total={result.total}
        pageSize={result.pageSize}
        href={(page) => `/admin/roster?${new URLSearchParams({ ...query, page: String(page) })}`}
        labels={{
          previous: t("previous"),
          next: t("next"),
          page: t("page", { page: result.page, pages }),
          nav: t("pagination"),
        }}
      />
    </div>
  );
}
