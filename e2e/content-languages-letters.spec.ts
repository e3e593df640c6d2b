import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, STORAGE } from "./fixtures";
import { fillProfile, signUpFresh } from "./applications-helpers";
import { buildLettersWorld, CHOICE, CRITERION, FORM_PAGES } from "./reach/letters-world";
import { messagesOf } from "./reach/messages";

// The Korean words the journey finds controls by.
const ko = messagesOf<typeof import("../messages/ko.json")>("ko");

// Records of this journey's own (e2e/reach/letters-world.ts), so it runs beside the others.
const FRENCH_SUBJECT = "{{cohort}} : une place vous attend, {{name}}";
const FRENCH_BODY =
  "Bonjour {{name}},\n\nNous avons le plaisir de vous offrir une place dans {{cohort}}. Merci de répondre avant le {{expiresAt}}.\n\nL'équipe du programme";
const KOREAN_PAGE = "자기소개";
const KOREAN_CRITERION = "저는 문화유산 분야에서 일합니다";

test.describe("letters, form pages and criteria in several languages @reach", () => {
  test("@reach an administrator writes a French offer letter; each applicant's letter is in their language or the main one; a Korean applicant reads a translated page title and criterion; a choice left blank is described by its error", async ({
    page,
    browser,
  }) => {
    test.setTimeout(240_000);
    const world = await buildLettersWorld();
    const admin = await browser.newContext({ storageState: STORAGE.admin });
    const adminPage = await admin.newPage();

    // --- The letters, saved in the main language (English), then the offer in French.
    await adminPage.goto(`/admin/calls/${world.decisionCallId}/decisions`);
    await expect(adminPage.getByRole("heading", { level: 1, name: "Decisions" })).toBeVisible();
    await adminPage.getByRole("button", { name: "Save letters" }).click();
    await expect(adminPage.getByText("Letters saved.")).toBeVisible();
    await adminPage.getByRole("link", { name: "Write the letters in other languages" }).click();
    await expect(adminPage.getByRole("heading", { level: 1, name: /^Letters in other languages:/ })).toBeVisible();
    await adminPage
      .getByRole("navigation", { name: "Language of the translation" })
      .getByRole("link", { name: "French" })
      .click();
    await expect(adminPage).toHaveURL(/language=fr/);
    const offer = adminPage.getByRole("region", { name: "Offer" });
    await expect(offer.getByText("2 texts not yet translated into French.")).toBeVisible();
    await expect(offer.getByText("Untranslated", { exact: true })).toHaveCount(2);
    await offer.getByLabel("Subject in French").fill(FRENCH_SUBJECT);
    await offer.getByLabel("Letter in French").fill(FRENCH_BODY);
    await offer.getByRole("button", { name: "Save translations" }).click();
    await expect(offer.getByRole("status").filter({ hasText: "Translations saved." })).toBeVisible();
    await expect(offer.getByText("Everything is translated into French.")).toBeVisible();
    await expect(
      adminPage.getByRole("region", { name: "Not selected" }).getByText("2 texts not yet translated into French."),
    ).toBeVisible();
    await expectNoAxeViolations(adminPage);

    // --- The batch: two offers.
    await adminPage.getByRole("link", { name: "Back to decisions" }).click();
    await adminPage.getByLabel(/I have checked the lists and the letters/).check();
    await adminPage.getByRole("button", { name: "Approve and send 2 letters" }).click();
    await expect(adminPage.getByRole("heading", { name: /^Seats: 2 of 2 held/ })).toBeVisible({ timeout: 30_000 });

    // The applicant reading French gets the French letter, filled in; the one reading English the main language's.
    await adminPage.goto(`/admin/outbox?to=${encodeURIComponent(world.french.email)}`);
    const frenchSubject = `${world.cohortTitle} : une place vous attend, ${world.french.name}`;
    await adminPage.getByText(frenchSubject).click();
    await expect(
      adminPage.getByText(
        new RegExp(`Bonjour ${world.french.name},\\s+Nous avons le plaisir .* Merci de répondre avant le \\d{1,2} `),
      ),
    ).toBeVisible();
    await adminPage.goto(`/admin/outbox?to=${encodeURIComponent(world.english.email)}`);
    const englishSubject = `${world.cohortTitle}: you are offered a place`;
    await adminPage.getByText(englishSubject).click();
    await expect(adminPage.getByText(new RegExp(`Dear ${world.english.name},`))).toBeVisible();
    await expect(adminPage.getByText(/une place/)).toHaveCount(0);

    // --- The open call's first page title and its criterion, in Korean.
    await adminPage.goto(`/admin/calls/${world.formCallId}/translations?language=ko`);
    await adminPage.getByLabel("Title of page 1 in Korean").fill(KOREAN_PAGE);
    await adminPage.getByLabel(`Eligibility criterion: ${CRITERION} in Korean`).fill(KOREAN_CRITERION);
    await adminPage.getByRole("button", { name: "Save translations" }).click();
    await expect(adminPage.getByRole("status").filter({ hasText: "Translations saved." })).toBeVisible();
    await admin.close();

    // --- A Korean reader: the criterion on the call's page and as the box she ticks, then the page's title.
    await signUpFresh(page, "letters-ko", "Kim Minji");
    await fillProfile(page, { nationality: "Senegal" });
    await page
      .context()
      .addCookies([{ name: "locale", value: "ko", url: `http://localhost:${process.env.E2E_PORT ?? "3100"}` }]);
    await page.goto(`/calls/${world.formCallId}`);
    await expect(page.getByRole("listitem").filter({ hasText: KOREAN_CRITERION })).toBeVisible();
    await expect(page.getByText(CRITERION)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole("checkbox", { name: KOREAN_CRITERION }).check();
    await page.getByRole("button", { name: ko.calls.start }).click();
    await expect(page).toHaveURL(/\/me\/applications\/[0-9a-f-]{36}/);
    const applicationPath = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 2, name: KOREAN_PAGE })).toHaveAttribute("lang", "ko");
    // The second page's title is not translated: shown in English, said to be English.
    await expect(page.getByText(FORM_PAGES[1]!, { exact: true })).toHaveAttribute("lang", "en");
    await expect(page.getByText(ko.apply.notYetTranslated).first()).toBeVisible();

    // --- The choice left blank: the review says so, and its link shows the error on the group and its options.
    await page.goto(`${applicationPath}/review`);
    await expect(page.getByText(ko.problems.applications.thisQuestionNeedsAnAnswer)).toBeVisible();
    await page.getByRole("link", { name: ko.apply.answerIt }).click();
    const group = page.getByRole("radiogroup", { name: new RegExp(CHOICE.label.replace("?", "\\?")) });
    await expect(group).toHaveAttribute("aria-invalid", "true");
    await expect(group).toHaveAccessibleDescription(ko.problems.applications.thisQuestionNeedsAnAnswer);
    const option = page.getByRole("radio", { name: CHOICE.options[0] });
    await expect(option).toHaveAccessibleDescription(ko.problems.applications.thisQuestionNeedsAnAnswer);
    await expectNoAxeViolations(page);
    await option.check();
    await expect(group).toHaveAttribute("aria-invalid", "false");
    await expect(page.getByText(ko.problems.applications.thisQuestionNeedsAnAnswer)).toHaveCount(0);
  });
});
