"use client";

import { useTranslations } from "next-intl";

/** Inside the network's layout, so its navigation stays when a page fails. */
export default function AlumniError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p>{t("errorBody")}</p>
      <button type="button" onClick={reset} className="rounded-md border px-3 py-1.5 hover:bg-accent">
        {t("retry")}
      </button>
    </div>
  );
}
