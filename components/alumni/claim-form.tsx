"use client";

import { useTranslations } from "next-intl";
import { PasswordFromLinkForm } from "@/components/auth/password-link-forms";
import { claimSchema } from "@/lib/alumni/schemas";

/** An invited or imported person chooses their first password from their own single-use link. */
export function ClaimForm({ token }: { token: string }) {
  const t = useTranslations("alumni");
  return (
    <PasswordFromLinkForm
      token={token}
      endpoint="/api/account/claim"
      schema={claimSchema}
      labels={{ password: t("password"), confirm: t("confirm"), submit: t("claim"), working: t("working") }}
    />
  );
}
