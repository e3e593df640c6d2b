import { say } from "@/lib/i18n/problems";
import type { AppLocale } from "@/lib/i18n/request";
import type { ExpiredOffer } from "@/lib/offers/commands";

// What staff's cohort actions answer (the cohort page, attendance, graduation, proposals), in the reader's
// language: messages under `staffCohorts.done`. The action passes next-intl's translator; the test passes
// renderMessage's, so it checks the very sentences the actions build.

type Say = (key: string, values?: Record<string, string | number>) => string;

export const staffCohortSaid = {
  remindersWritten: (t: Say, r: { sent: number; skipped: number }) =>
    r.skipped
      ? t("remindersWrittenSomeSkipped", { sent: r.sent, skipped: r.skipped })
      : t("remindersWritten", { sent: r.sent }),
  // One sentence per expired offer. The replacement's reason is lib/offers' English sentence, said in `locale`.
  offersExpired: (t: Say, r: { expired: readonly Pick<ExpiredOffer, "name" | "replacement">[] }, locale: AppLocale) =>
    r.expired.length === 0
      ? t("noOfferOverdue")
      : r.expired
          .map(({ name, replacement }) =>
            replacement.name
              ? t("offerExpiredReplacement", {
                  name,
                  replacement: replacement.name,
                  reference: replacement.reference ?? "",
                  reason: say(locale, replacement.reason),
                })
              : t("offerExpiredNoReplacement", { name, reason: say(locale, replacement.reason) }),
          )
          .join(" "),
  announcementPosted: (t: Say) => t("announcementPosted"),
  linkAdded: (t: Say) => t("linkAdded"),
  attendanceSaved: (t: Say, r: { present: number; absent: number; excused: number }) =>
    t("attendanceSaved", { present: r.present, absent: r.absent, excused: r.excused }),
  completionRuleSaved: (t: Say) => t("completionRuleSaved"),
  cohortCompleted: (t: Say, r: { graduates: readonly unknown[]; notCompleted: readonly unknown[] }) =>
    t("cohortCompleted", { graduates: r.graduates.length, notCompleted: r.notCompleted.length }),
  mentorAssigned: (t: Say) => t("mentorAssigned"),
  outstandingMarked: (t: Say, outstanding: boolean) => t(outstanding ? "markedOutstanding" : "unmarkedOutstanding"),
  deadlineSaved: (t: Say) => t("deadlineSaved"),
};
