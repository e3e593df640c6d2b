import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProfileForm } from "@/components/profiles/profile-form";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { safeCallbackPath } from "@/lib/auth/config";
import { countryOptions } from "@/lib/geo";
import { getOwnProfile } from "@/lib/profiles/queries";
import { updateProfileAction } from "./actions";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("yourProfile") };
}

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const actor = await requirePagePermission("account.updateProfile", "/me/profile");
  const raw = (await searchParams).next;
  const next = raw ? safeCallbackPath(Array.isArray(raw) ? raw[0] : raw) : null;
  const [t, profile] = await Promise.all([getTranslations("profile"), getOwnProfile(getDb(), actor.userId)]);
  return (
    <Said areas={["profiles"]}>
      <div className="space-y-6">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="max-w-2xl text-muted-foreground">{t("intro")}</p>
        </div>
        <ProfileForm
          initial={{
            version: profile?.version ?? 1,
            name: profile?.name ?? actor.name,
            givenName: profile?.givenName ?? "",
            familyName: profile?.familyName ?? "",
            gender: profile?.gender ?? "undisclosed",
            genderOther: profile?.genderOther ?? "",
            nationality: profile?.nationality ?? "",
            residence: profile?.residence ?? "",
            organisation: profile?.organisation ?? "",
            position: profile?.position ?? "",
            field: profile?.field ?? "",
            languages: (profile?.languages ?? []).join(", "),
            yearsExperience: profile?.yearsExperience ?? "",
          }}
          countries={countryOptions().map((c) => ({ code: c.code, name: c.name }))}
          next={next === "/" ? null : next}
          save={updateProfileAction}
        />
      </div>
    </Said>
  );
}
