import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CountryGroupEditor, CountryGroupForm } from "@/components/selection/country-groups";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { countryName } from "@/lib/geo";
import { listCountryGroups } from "@/lib/geo/country-groups";
import { createCountryGroupAction, deleteCountryGroupAction, updateCountryGroupAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("countryGroups") };
}

export default async function CountryGroupsPage() {
  await requirePagePermission("call.manage", "/admin/country-groups");
  const [t, groups] = await Promise.all([getTranslations("countryGroups"), listCountryGroups(getDb())]);
  return (
    <ClientMessages namespaces={["countryGroups"]}>
      <div className="space-y-8">
        <header className="space-y-2">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-muted-foreground">{t("intro")}</p>
        </header>
        {groups.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="space-y-3">
            {groups.map((g) => (
              <li key={g.id}>
                <CountryGroupEditor
                  group={g}
                  names={g.countries.map((c) => countryName(c)).join(", ")}
                  update={updateCountryGroupAction}
                  remove={deleteCountryGroupAction}
                />
              </li>
            ))}
          </ul>
        )}
        <section aria-labelledby="new-group" className="max-w-2xl space-y-3">
          <h2 id="new-group" className="text-xl font-semibold">
            {t("newGroup")}
          </h2>
          <CountryGroupForm save={createCountryGroupAction} />
        </section>
      </div>
    </ClientMessages>
  );
}
