"use client";

import { useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export type GenderWord = { word: string; label: string; rows: number };

/**
 * What each gender word of the file will be read as, and a box the person ticks to confirm it before the
 * import can run. Words that are the app's own labels need no confirmation.
 */
export function ImportGenderWords({ words, confirmed, onConfirm }: { words: GenderWord[]; confirmed: boolean; onConfirm: (value: boolean) => void }) {
  const t = useTranslations("imports");
  if (!needsConfirmation(words)) return null;
  return (
    <div className="space-y-2">
      <Table>
        <caption className="pb-2 text-left text-sm font-medium">{t("genderTitle")}</caption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">{t("genderWord")}</TableHead>
            <TableHead scope="col">{t("genderRead")}</TableHead>
            <TableHead scope="col">{t("genderRows")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {words.map((w) => (
            <TableRow key={w.word}>
              <TableCell>{w.word || "—"}</TableCell>
              <TableCell>{w.label}</TableCell>
              <TableCell>{w.rows}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className="flex items-center gap-2">
        <input id="confirm-gender-words" type="checkbox" className="h-4 w-4" checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} />
        <label htmlFor="confirm-gender-words" className="text-sm">
          {t("genderConfirm")}
        </label>
      </div>
    </div>
  );
}

/** True when some word is not already the label it is read as (F → Woman needs a look; Woman → Woman does not). */
export function needsConfirmation(words: readonly GenderWord[]): boolean {
  return words.some((w) => w.word !== w.label);
}
