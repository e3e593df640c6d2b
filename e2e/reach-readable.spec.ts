import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { flattenMessages } from "../lib/i18n/flatten";
import { englishOf, notInLanguage } from "./reach/english";
import { pageTexts } from "./reach/page-texts";
import { signInThroughForm } from "./fixtures";
import { messagesOf } from "./reach/messages";

/**
 * The readable copy of a person's own data in Korean and French on a phone, as the @reach sweep checks every
 * page (e2e/reach.spec.ts), for people whose data fills many of its sections: an applicant (an application
 * and its history) and an alumnus (an enrolment, attendance, a proposal and its review, a certificate, posts).
 * Field names, stored codes, dates and yes/no are the reader's language; what the page marks as people's own
 * words or as data (identifiers, JSON) is left as stored, and nothing else may be English.
 */
const PHONE = { width: 360, height: 740 };
const LANGUAGES = ["ko", "fr"] as const;
const messages = (locale: string) => flattenMessages(messagesOf(locale));

/** Fields of the download that hold stored codes (enum values) in the sections these people fill. */
const CODE_FIELDS = [
  "status",
  "gender",
  "snapshotGender",
  "role",
  "kind",
  "method",
  "from",
  "to",
  "purpose",
  "endReason",
];

type Download = { sections: Record<string, Record<string, unknown>[]> };

test.describe("a person's readable data in Korean and French on a phone @reach", () => {
  for (const email of ["applicant@madang.test", "alumnus@madang.test"]) {
    test(`${email}: axe finds nothing, no sideways scroll, no English or raw key, codes in words`, async ({
      browser,
      baseURL,
    }) => {
      // Two languages, each with axe over a long page, on a machine the other journeys share.
      test.setTimeout(240_000);
      const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      try {
        await signInThroughForm(page, email);
        // What the page lays out: the JSON download of the same person.
        const download = (await (await page.request.get("/api/me/data")).json()) as Download;
        const filled = Object.entries(download.sections).filter(([, rows]) => rows.length > 0);
        expect(filled.length, "sections with rows").toBeGreaterThan(3);
        const codes = new Set(
          filled.flatMap(([, rows]) =>
            rows.flatMap((row) =>
              CODE_FIELDS.map((field) => row[field]).filter((v): v is string => typeof v === "string"),
            ),
          ),
        );

        for (const locale of LANGUAGES) {
          const words = messages(locale);
          await context.addCookies([{ name: "locale", value: locale, url: baseURL! }]);
          await page.goto("/me/data/readable");
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          await expect(page.getByRole("heading", { level: 1, name: words.get("myData.readableTitle")! })).toBeVisible();
          for (const [section, rows] of filled)
            await expect(
              page.getByRole("heading", {
                level: 2,
                name: `${words.get(`myData.sections.${section}`)} (${rows.length})`,
                exact: true,
              }),
            ).toBeVisible();
          // Stored codes in words: the account's field names and the status of each application or enrolment.
          await expect(
            page
              .getByRole("term")
              .filter({ hasText: words.get("myData.fields.createdAt")! })
              .first(),
          ).toBeVisible();
          for (const row of download.sections.applications ?? [])
            await expect(
              page
                .getByRole("definition")
                .filter({ hasText: words.get(`applicationStatus.${row.status}`)! })
                .first(),
            ).toBeVisible();
          for (const row of download.sections.offersAndEnrolments ?? [])
            await expect(
              page
                .getByRole("definition")
                .filter({ hasText: words.get(`staffCohorts.enrolmentStatus.${row.status}`)! })
                .first(),
            ).toBeVisible();

          const failures: string[] = [];
          const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
          for (const v of axe.violations)
            failures.push(`axe ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) failures.push(`scrolls ${overflow}px sideways at 360px`);
          // Nothing counts as someone's words here but what the page itself marks so; no code shows as stored.
          const english = englishOf(locale);
          for (const text of new Set(await pageTexts(page))) {
            if (codes.has(text)) failures.push(`stored code "${text}"`);
            const found = notInLanguage(text, english, () => false);
            if (found) failures.push(`${found.kind === "key" ? "raw key" : "English"} "${found.text}"`);
          }
          expect(failures, `${email} in ${locale}`).toEqual([]);
        }
      } finally {
        await context.close();
      }
    });
  }
});
