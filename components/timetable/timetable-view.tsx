import { getLocale, getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { SESSION_KINDS } from "@/lib/timetable/schemas";
import { TimetableViewClient, type TimetableText } from "./timetable-view-client";

const WORDS = [
  "wholeCohort",
  "online",
  "joinOnline",
  "addToCalendar",
  "edit",
  "view",
  "view_list",
  "view_week",
  "filterTrack",
  "allTracks",
  "week",
  "empty",
  "nothing",
  "status_scheduled",
  "status_postponed",
  "status_cancelled",
  "audience_all",
  "audience_senior",
  "audience_working",
] as const;

/** The words TimetableViewClient shows, translated here; a template keeps `{name}` for the browser to fill. */
async function timetableText(): Promise<TimetableText> {
  const [t, locale] = await Promise.all([getTranslations("timetable"), getLocale()]);
  const words: Record<string, string> = {};
  for (const key of WORDS) words[key] = t(key);
  for (const kind of SESSION_KINDS) words[`kind_${kind}`] = t(`kind_${kind}`);
  words.yourTime = t("yourTime", { time: "{time}" });
  words.addToCalendarLabel = t("addToCalendarLabel", { title: "{title}" });
  words.editLabel = t("editLabel", { title: "{title}" });
  words.weekOf = t("weekOf", { date: "{date}" });
  words.timesIn = t("timesIn", { zone: "{zone}" });
  words.viewerZone = t("viewerZone", { zone: "{zone}" });
  return { locale, words };
}

/**
 * An edition's timetable (TimetableViewClient) with its words from the server: the public programme page then
 * loads no next-intl in the browser (≈ 7 kB, e2e/bench/RESULTS.md bench:reach).
 */
export async function TimetableView(props: Omit<ComponentProps<typeof TimetableViewClient>, "text">) {
  return <TimetableViewClient {...props} text={await timetableText()} />;
}
