"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { isValidTimeZone, localToInstant, splitLocal, wallTimeKind, zoneLabel } from "@/lib/time";

/** The inputs a time is typed in: one datetime-local input, or a date input and a time input (by id). */
type TimeInputs = { local: string } | { date: string; time: string };

type Props = {
  /** The zone the times are read in, or the id of the select that chooses it. */
  zone: string | { inputId: string };
  times: readonly TimeInputs[];
};

function subscribe(onChange: () => void): () => void {
  document.addEventListener("input", onChange, true);
  document.addEventListener("change", onChange, true);
  return () => {
    document.removeEventListener("input", onChange, true);
    document.removeEventListener("change", onChange, true);
  };
}

const valueOf = (id: string) =>
  (document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null)?.value ?? "";

/**
 * Names the zone next to time inputs ("Time in Asia/Seoul (GMT+9)") and warns, as the person types, when a
 * typed time falls in an hour the zone skips or repeats, saying how lib/time will read it. The inputs are
 * read from the page (by id), so it works beside controlled and uncontrolled forms alike.
 */
export function LocalTimeHint({ zone, times }: Props) {
  const t = useTranslations("time");
  const locale = useLocale();
  // A string snapshot, so React compares by value; the server renders the zone name alone.
  const snapshot = useSyncExternalStore(
    subscribe,
    () =>
      JSON.stringify([
        typeof zone === "string" ? zone : valueOf(zone.inputId),
        ...times.map((i) => ("local" in i ? valueOf(i.local) : `${valueOf(i.date)}T${valueOf(i.time)}`)),
      ]),
    () => JSON.stringify([typeof zone === "string" ? zone : "", ...times.map(() => "")]),
  );
  const [name, ...locals] = JSON.parse(snapshot) as string[];
  if (!name || !isValidTimeZone(name)) return null;
  // Only times that name a real date and time; half-typed ones are left alone.
  const typed = locals.filter((local) => localToInstant(local, name) !== null);
  const warnings = typed.flatMap((local) => {
    const w = splitLocal(local)!;
    const kind = wallTimeKind(w.date, w.time, name);
    if (kind.kind === "skipped")
      return [t("skipped", { time: w.time, date: w.date, zone: name, becomes: kind.becomes.time })];
    if (kind.kind === "repeated") return [t("repeated", { time: w.time, date: w.date, zone: name })];
    return [];
  });
  // The abbreviation at the first typed time (EST or EDT); the zone's name alone until a time is typed.
  const at = typed[0] ? localToInstant(typed[0], name) : null;
  return (
    <div className="space-y-1 text-sm">
      <p className="text-muted-foreground">{t("zone", { zone: at ? zoneLabel(name, at, locale) : name })}</p>
      <div role="status" aria-live="polite">
        {[...new Set(warnings)].map((w) => (
          <p key={w} className="font-medium text-amber-800 dark:text-amber-300">
            {w}
          </p>
        ))}
      </div>
    </div>
  );
}
