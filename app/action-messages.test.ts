import { describe, expect, it } from "vitest";
import { renderMessage } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/request";
import { participantSaid } from "./(me)/me/action-messages";
import { staffCohortSaid } from "./admin/cohorts/[cohortId]/action-messages";
import { reviewSaid } from "./review/proposals/[reviewId]/action-messages";

// What the server actions answer a person, built by the same functions the actions call, in the three languages.
// English must stay word for word what the actions said before they were translated (the journeys in e2e/ look
// for some of these sentences); each `before` below is the action's old template, kept to prove it.

type Say = (key: string, values?: Record<string, string | number>) => string;
const translator =
  (locale: AppLocale, namespace: string): Say =>
  (key, values = {}) =>
    renderMessage(locale, `${namespace}.${key}`, values);

type Case = { name: string; namespace: string; say: (t: Say, locale: AppLocale) => string; before: string };

const offer = (name: string, replacement: { name: string | null; reference: string | null; reason: string }) => ({
  name,
  replacement: { applicationId: replacement.name ? "a1" : null, ...replacement },
});
const replaced = offer("Kwame Asante", {
  name: "Lucía Fernández",
  reference: "CPI27-9003",
  reason: "Best fit on the waitlist for the seat's track.", // not (yet) a message: stays as written
});
const unreplaced = offer("Amina Diallo", {
  name: null,
  reference: null,
  reason: "Every seat of the call is taken, so nobody is proposed for this one.",
});

const staff = "staffCohorts.done";
const cases: Case[] = [
  {
    name: "check-in",
    namespace: "participants.done",
    say: (t) => participantSaid.checkedIn(t, { sessionTitle: "Lecture: magic as a performing art" }),
    before: `You are checked in to “${"Lecture: magic as a performing art"}”.`,
  },
  {
    name: "offer declined",
    namespace: "participants.done",
    say: (t) => participantSaid.offerDeclined(t),
    before: "You have declined the offer. Thank you for letting us know.",
  },
  ...[
    { sent: 1, skipped: 0 },
    { sent: 3, skipped: 0 },
    { sent: 1, skipped: 1 },
    { sent: 3, skipped: 2 },
  ].map((r) => ({
    name: `reminders ${r.sent}, skipped ${r.skipped}`,
    namespace: staff,
    say: (t: Say) => staffCohortSaid.remindersWritten(t, r),
    before: `${r.sent} reminder${r.sent === 1 ? "" : "s"} written to the outbox${r.skipped ? `; ${r.skipped} skipped (reminded in the last day)` : ""}.`,
  })),
  ...[[], [replaced], [unreplaced], [replaced, unreplaced]].map((expired) => ({
    name: `${expired.length} offers expired`,
    namespace: staff,
    say: (t: Say, locale: AppLocale) => staffCohortSaid.offersExpired(t, { expired }, locale),
    before:
      expired.length === 0
        ? "No offer is overdue."
        : expired
            .map(
              (e) =>
                `${e.name}'s offer expired; ${e.replacement.name ? `proposed replacement: ${e.replacement.name} (${e.replacement.reference}). ${e.replacement.reason}` : e.replacement.reason}`,
            )
            .join(" "),
  })),
  {
    name: "announcement",
    namespace: staff,
    say: (t) => staffCohortSaid.announcementPosted(t),
    before: "Announcement posted and sent to the participants.",
  },
  { name: "link", namespace: staff, say: (t) => staffCohortSaid.linkAdded(t), before: "Link added." },
  ...[
    { present: 1, absent: 0, excused: 3 },
    { present: 3, absent: 1, excused: 0 },
  ].map((r) => ({
    name: `attendance ${r.present}/${r.absent}/${r.excused}`,
    namespace: staff,
    say: (t: Say) => staffCohortSaid.attendanceSaved(t, r),
    before: `Attendance saved: ${r.present} present, ${r.absent} absent, ${r.excused} excused.`,
  })),
  {
    name: "completion rule",
    namespace: staff,
    say: (t) => staffCohortSaid.completionRuleSaved(t),
    before: "Completion rule saved.",
  },
  ...[
    { graduates: ["g"], notCompleted: [] },
    { graduates: ["g", "g", "g"], notCompleted: ["n"] },
    { graduates: [], notCompleted: ["n", "n"] },
  ].map((r) => ({
    name: `cohort complete ${r.graduates.length}/${r.notCompleted.length}`,
    namespace: staff,
    say: (t: Say) => staffCohortSaid.cohortCompleted(t, r),
    before: `The cohort is complete: ${r.graduates.length} certificate${r.graduates.length === 1 ? "" : "s"} issued, ${r.notCompleted.length} not completed.`,
  })),
  {
    name: "mentor",
    namespace: staff,
    say: (t) => staffCohortSaid.mentorAssigned(t),
    before: "Mentor assigned; they have been told by email.",
  },
  ...[true, false].map((outstanding) => ({
    name: `outstanding ${outstanding}`,
    namespace: staff,
    say: (t: Say) => staffCohortSaid.outstandingMarked(t, outstanding),
    before: outstanding ? "Marked outstanding and linked to the session." : "No longer marked outstanding.",
  })),
  { name: "deadline", namespace: staff, say: (t) => staffCohortSaid.deadlineSaved(t), before: "Deadline saved." },
  ...[true, false].map((submit) => ({
    name: `review ${submit ? "submitted" : "draft"}`,
    namespace: "proposals.mentor.done",
    say: (t: Say) => reviewSaid.scored(t, submit),
    before: submit ? "Review submitted. The participant can now read your comment." : "Draft saved.",
  })),
];

describe.each(cases)("the action's answer: $name", ({ namespace, say, before }) => {
  const said = (locale: AppLocale) => say(translator(locale, namespace), locale);

  it("is in English word for word what the action said before", () => {
    expect(said("en")).toBe(before);
  });

  it("is in Korean and in French, not English, with every value filled in", () => {
    for (const locale of ["ko", "fr"] as const) {
      expect(said(locale)).not.toBe(said("en"));
      expect(said(locale)).not.toMatch(/[{}#]/);
    }
    expect(said("ko")).toMatch(/\p{Script=Hangul}/u);
  });
});

describe("the answers' values", () => {
  it("keep the names, the references and the counts in every language", () => {
    for (const locale of ["en", "ko", "fr"] as const) {
      const expired = staffCohortSaid.offersExpired(
        translator(locale, staff),
        { expired: [replaced, unreplaced] },
        locale,
      );
      for (const part of ["Kwame Asante", "Lucía Fernández", "CPI27-9003", "Amina Diallo"])
        expect(expired).toContain(part);
      expect(staffCohortSaid.remindersWritten(translator(locale, staff), { sent: 3, skipped: 2 })).toMatch(/3\D+2/);
    }
  });

  it("say the replacement's reason in the reader's language where it is a message", () => {
    const reason = unreplaced.replacement.reason;
    const ko = staffCohortSaid.offersExpired(translator("ko", staff), { expired: [unreplaced] }, "ko");
    expect(ko).not.toContain(reason);
    expect(ko).toContain(renderMessage("ko", "problems.offers.everySeatOfTheCall"));
    const fr = staffCohortSaid.offersExpired(translator("fr", staff), { expired: [unreplaced] }, "fr");
    expect(fr).toContain(renderMessage("fr", "problems.offers.everySeatOfTheCall"));
  });

  it("agree in number in French", () => {
    const fr = translator("fr", staff);
    expect(staffCohortSaid.cohortCompleted(fr, { graduates: ["g"], notCompleted: ["n", "n"] })).toBe(
      "La promotion est clôturée : 1 certificat délivré ; 2 participants n’ont pas achevé le programme.",
    );
    expect(staffCohortSaid.remindersWritten(fr, { sent: 1, skipped: 0 })).toBe("1 rappel placé dans la boîte d’envoi.");
  });
});
