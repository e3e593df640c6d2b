import { getTranslations } from "next-intl/server";
import type { LocalText } from "@/lib/i18n/content";

/**
 * Says, in the reader's language, that the text beside it is shown in the programme's main language because it
 * is not yet translated (lib/i18n/content.ts decides). Nothing when it is translated.
 */
export async function UntranslatedMarker({ text, className }: { text: LocalText; className?: string }) {
  if (!text.untranslated) return null;
  const t = await getTranslations("contentLanguages");
  return (
    <p className={className ?? "text-xs text-muted-foreground"}>
      <span className="rounded border px-1.5 py-0.5">{t("notYetTranslated")}</span>
    </p>
  );
}
