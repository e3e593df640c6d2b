"use client";

import { useTranslations } from "next-intl";
import { needsGenderConfirmation as needsConfirmation } from "@/lib/spreadsheet/gender-words";

export type GenderWord = { word: string; label: string; rows: number; asWritten: boolean };

/**
 * What each gender word of the file will be read as, and a box the person ticks to confirm it before the
 * import can run. Shown only when some word is not the app's own spelling (lib/spreadsheet/gender-words.ts).
 */
export function ImportGenderWords({
  words,
  confirmed,
  onConfirm,
}: {
  words: GenderWord[];
  confirmed: boolean;
  onConfirm: (value: boolean) => void;
}) {
  const t = useTranslations("imports");
  if (!needsConfirmation(words)) return null;
  return (
    <section aria-labelledby="gender-words-heading" className="space-y-2">
      <h3 id="gender-words-heading" className="text-sm font-medium">
        {t("genderTitle")}
      </h3>
      <ul aria-labelledby="gender-words-heading" className="list-disc pl-5 text-sm">
        {words.map((w) => (
          <li key={w.word}>{t("genderMapping", { word: w.word || "—", label: w.label, rows: w.rows })}</li>
        ))}
      </ul>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="h-4 w-4" checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} />
        {t("genderConfirm")}
      </label>
    </section>
  );
}

export { needsConfirmation };
