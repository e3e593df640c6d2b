import { expect, test, type Browser } from "@playwright/test";
import { expectNoAxeViolations, STORAGE } from "./fixtures";
import { fillProfile, signUpFresh, startApplication } from "./applications-helpers";
import { daysFromNow, seoulInput } from "./story-dates";

// A programme and a call of this journey's own (no other journey reads their texts), so it can run beside the others.
const run = Date.now();
const PROGRAMME = `Heritage Words ${run}`;
const SUMMARY = "Training for heritage interpreters from every region.";
const KOREAN_SUMMARY = "모든 지역의 유산 해설사를 위한 연수 과정입니다.";
const CALL = `Heritage Words call ${run}`;
const QUESTION = "Which heritage site do you interpret?";
const FRENCH_QUESTION = "Quel site du patrimoine interprétez-vous ?";

async function readerIn(browser: Browser, locale: "ko" | "fr", storageState?: string) {
  const context = await browser.newContext(storageState ? { storageState } : {});
  await context.addCookies([
    { name: "locale", value: locale, url: `http://localhost:${process.env.E2E_PORT ?? "3100"}` },
  ]);
  return context;
}

test.describe("content in several languages @reach", () => {
  test("an administrator translates a programme's summary and a question's label; readers see them in their language, and what is untranslated is marked", async ({
    page,
    browser,
  }) => {
    test.setTimeout(240_000);

    const admin = await browser.newContext({ storageState: STORAGE.admin });
    const adminPage = await admin.newPage();

    // --- The programme, written in English (its main language by default), then its Korean summary.
    await adminPage.goto("/admin/programmes/new");
    await adminPage.getByLabel("Title").fill(PROGRAMME);
    await adminPage.getByLabel("Summary").fill(SUMMARY);
    await adminPage.getByRole("button", { name: "Create programme" }).click();
    await expect(adminPage.getByRole("heading", { level: 1, name: PROGRAMME })).toBeVisible();
    await adminPage.getByRole("button", { name: "Publish" }).click();
    await expect(adminPage.getByText("Published", { exact: true })).toBeVisible();
    await adminPage.getByRole("link", { name: "Translations" }).click();
    await expect(adminPage.getByRole("heading", { level: 1, name: `Translations: ${PROGRAMME}` })).toBeVisible();
    await adminPage
      .getByRole("navigation", { name: "Language of the translation" })
      .getByRole("link", { name: "Korean" })
      .click();
    // Each text beside its translation; an empty one is marked.
    await expect(adminPage.getByText("2 texts not yet translated into Korean.")).toBeVisible();
    await expect(adminPage.getByText("Untranslated", { exact: true })).toHaveCount(2);
    await expect(adminPage.getByText(SUMMARY)).toBeVisible();
    await adminPage.getByLabel("Summary in Korean").fill(KOREAN_SUMMARY);
    await adminPage.getByRole("button", { name: "Save translations" }).click();
    await expect(adminPage.getByRole("status").filter({ hasText: "Translations saved." })).toBeVisible();
    await expect(adminPage.getByText("1 text not yet translated into Korean.")).toBeVisible();
    await expectNoAxeViolations(adminPage);

    // A second tab still holding the old version is refused, not silently overwritten.
    const stale = await admin.newPage();
    await stale.goto(adminPage.url());
    await adminPage.getByLabel("Title in Korean").fill("유산의 언어");
    await adminPage.getByRole("button", { name: "Save translations" }).click();
    await expect(adminPage.getByText("Everything is translated into Korean.")).toBeVisible();
    await adminPage.getByLabel("Title in Korean").fill("");
    await adminPage.getByRole("button", { name: "Save translations" }).click();
    await expect(adminPage.getByText("1 text not yet translated into Korean.")).toBeVisible();
    await stale.getByLabel("Summary in Korean").fill("낡은 요약");
    await stale.getByRole("button", { name: "Save translations" }).click();
    await expect(
      stale.getByRole("status").filter({ hasText: "Someone else changed this programme since you opened it." }),
    ).toBeVisible();

    // --- A visitor reading in Korean: the Korean summary; the title in English, marked and with its language.
    const korean = await readerIn(browser, "ko");
    const visitor = await korean.newPage();
    await visitor.goto(`/programmes/heritage-words-${run}`);
    await expect(visitor.getByText(KOREAN_SUMMARY)).toBeVisible();
    await expect(visitor.getByText(SUMMARY)).toHaveCount(0);
    const title = visitor.getByRole("heading", { level: 1, name: PROGRAMME });
    await expect(title).toHaveAttribute("lang", "en");
    await expect(visitor.getByText("아직 번역되지 않음")).toHaveCount(1);
    await expectNoAxeViolations(visitor);
    await korean.close();

    // --- A call of the CPI's 2027 edition with one question, and the question's French label.
    await adminPage.goto("/admin/calls/new");
    await adminPage
      .getByLabel("Edition", { exact: true })
      .selectOption({ label: "Cultural Partnership Initiative (CPI): CPI 2027 (Asia/Seoul)" });
    await adminPage.getByLabel("Title", { exact: true }).fill(CALL);
    await adminPage.getByLabel("Status", { exact: true }).selectOption("open");
    // Open for a month already, closing in five months: before the edition starts.
    await adminPage.getByLabel(/^Opens/).fill(seoulInput(daysFromNow(-28)));
    await adminPage.getByLabel(/^Closes/).fill(seoulInput(daysFromNow(150)));
    await adminPage.getByRole("button", { name: "Create call" }).click();
    await expect(adminPage.getByRole("heading", { level: 1, name: `Form: ${CALL}` })).toBeVisible();
    await adminPage.getByRole("button", { name: "Add a question to page 1" }).click();
    await adminPage.getByLabel("Question text").fill(QUESTION);
    await adminPage.getByLabel("Type").selectOption({ label: "Short text" });
    await adminPage.getByLabel("Required").check();
    await adminPage.getByRole("button", { name: "Save form" }).click();
    await expect(adminPage.getByRole("status").filter({ hasText: "Form saved." })).toBeVisible();
    const callUrl = adminPage.url().replace(/\/form$/, "");
    await adminPage.getByRole("navigation", { name: "This call" }).getByRole("link", { name: "Translations" }).click();
    await adminPage
      .getByRole("navigation", { name: "Language of the translation" })
      .getByRole("link", { name: "French" })
      .click();
    await adminPage.getByLabel(`Question: ${QUESTION} in French`).fill(FRENCH_QUESTION);
    await adminPage.getByRole("button", { name: "Save translations" }).click();
    await expect(adminPage.getByRole("status").filter({ hasText: "Translations saved." })).toBeVisible();
    await expectNoAxeViolations(adminPage);
    await admin.close();

    // --- An applicant reading in French sees the French label; the call's title, untranslated, is marked.
    await signUpFresh(page, "content-fr", "Amina Diallo");
    const callPath = new URL(callUrl).pathname.replace("/admin/calls/", "/calls/");
    await fillProfile(page, { nationality: "Senegal", next: callPath });
    await startApplication(page, callPath);
    const applicationUrl = page.url();
    await page
      .context()
      .addCookies([{ name: "locale", value: "fr", url: `http://localhost:${process.env.E2E_PORT ?? "3100"}` }]);
    await page.goto(applicationUrl);
    await expect(page.getByLabel(`${FRENCH_QUESTION} (obligatoire)`)).toBeVisible();
    await expect(page.getByText(QUESTION)).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1, name: CALL })).toHaveAttribute("lang", "en");
    // The call's title and the form's page title ("Application", as every new call's) are both untranslated.
    await expect(page.getByText("Pas encore traduit")).toHaveCount(2);
    await expectNoAxeViolations(page);
  });
});
