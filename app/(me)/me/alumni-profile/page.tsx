import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ExpertOptInForm } from "@/components/alumni/expert-form";
import { PhotoUpload } from "@/components/alumni/photo-upload";
import { AlumniProfileForm } from "@/components/alumni/profile-form";
import { getDb } from "@/db/client";
import { getOwnAlumniProfile } from "@/lib/alumni/profile-queries";
import { fieldVisibility, PROFILE_FIELDS } from "@/lib/alumni/visibility";
import { requirePagePermission } from "@/lib/auth/guards";
import { countryOptions } from "@/lib/geo";
import { saveAlumniProfileAction, saveExpertOptInAction } from "./actions";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("myNetworkProfile") };
}

export default async function MyAlumniProfilePage() {
  const actor = await requirePagePermission("alumni.editProfile", "/me/alumni-profile");
  const [t, own] = await Promise.all([getTranslations("alumni"), getOwnAlumniProfile(getDb(), actor.userId)]);
  if (!own) notFound();
  const visibility = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, fieldVisibility(own.visibility, f)])) as Record<
    (typeof PROFILE_FIELDS)[number],
    "public" | "alumni" | "staff"
  >;
  return (
    <Said areas={["alumni"]}>
      <div className="space-y-8">
        <header className="space-y-2">
          <h1 className="text-3xl font-bold">{t("profileFormTitle")}</h1>
          <p className="max-w-3xl text-muted-foreground">{t("profileIntro")}</p>
          <p className="text-sm">
            <Link href={`/alumni/profile/${actor.userId}`} className="text-primary underline">
              {t("profileTitle")}
            </Link>
          </p>
        </header>
        <section aria-labelledby="cohorts-heading" className="space-y-1">
          <h2 id="cohorts-heading" className="text-xl font-semibold">
            {t("pastCohorts")}
          </h2>
          <ul className="list-disc pl-5 text-sm">
            {own.cohorts.map((c) => (
              <li key={`${c.programmeSlug}-${c.cohortTitle}`}>
                {c.programmeTitle} — {c.cohortTitle}
              </li>
            ))}
          </ul>
        </section>
        <PhotoUpload initialUrl={own.photoKey ? `/api/alumni/photo/${actor.userId}` : null} />
        <AlumniProfileForm
          countries={countryOptions()}
          save={saveAlumniProfileAction}
          defaults={{
            version: own.version,
            bio: own.bio ?? "",
            currentPosition: own.currentPosition ?? "",
            currentOrganisation: own.currentOrganisation ?? "",
            country: own.country ?? "",
            fields: (own.fields ?? []).join(", "),
            languages: (own.languages ?? []).join(", "),
            links: (own.links ?? []).map((l) => `${l.label} ${l.url}`).join("\n"),
            contactEmail: own.contactEmail ?? "",
            visibility,
            digestOptIn: own.digestOptIn,
          }}
        />
        <section aria-labelledby="expert-heading" className="space-y-3 border-t pt-6">
          <h2 id="expert-heading" className="text-xl font-semibold">
            {t("expertFormTitle")}
          </h2>
          <p className="max-w-3xl text-sm text-muted-foreground">{t("expertIntro")}</p>
          <ExpertOptInForm
            save={saveExpertOptInAction}
            defaults={{
              isExpert: own.isExpert ?? false,
              expertAreas: (own.expertAreas ?? []).join(", "),
              expertAvailability: own.expertAvailability ?? "",
              isExpertPublic: own.isExpertPublic ?? false,
            }}
          />
        </section>
      </div>
    </Said>
  );
}
