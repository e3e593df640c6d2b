import { expect, test, type Browser } from "@playwright/test";
import { SEED_IDS, SEED_SLUGS } from "../db/seed/ids";
import { expectNoAxeViolations, signInThroughForm, STORAGE } from "./fixtures";

// CPI 2027's Korean title and an announcement of this journey's own, and a programme of its own for the catalogue.
const run = Date.now();
const COHORT = SEED_IDS.cpi2027Cohort;
const KOREAN_TITLE = `문화동반자사업 2027 ${run}`;
const ANNOUNCEMENT = `Rehearsal room ${run}`;
const BODY = "The rehearsal room opens at nine.";
const KOREAN_ANNOUNCEMENT = `연습실 안내 ${run}`;
const KOREAN_BODY = "연습실은 아홉 시에 문을 엽니다.";
const PROGRAMME = `Edition Words ${run}`;
const FRENCH_PROGRAMME = `Les mots des éditions ${run}`;
const port = process.env.E2E_PORT ?? "3100";

async function readerIn(browser: Browser, locale: "ko" | "fr") {
  const context = await browser.newContext();
  await context.addCookies([{ name: "locale", value: locale, url: `http://localhost:${port}` }]);
  return context;
}

test.describe("editions and announcements in several languages @reach", () => {
  test("an administrator translates an edition's title and an announcement into Korean; a Korean participant reads them; a French visitor sees a catalogue title in French and an untranslated one marked", async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const admin = await browser.newContext({ storageState: STORAGE.admin });
    const adminPage = await admin.newPage();

    // --- The edition's title in Korean, from its admin page.
    await adminPage.goto(`/admin/cohorts/${COHORT}`);
    await adminPage
      .getByRole("navigation", { name: "Cohort pages" })
      .getByRole("link", { name: "Translations" })
      .click();
    await expect(adminPage.getByRole("heading", { level: 1, name: /^Translations: CPI 2027/ })).toBeVisible();
    await adminPage
      .getByRole("navigation", { name: "Language of the translation" })
      .getByRole("link", { name: "Korean" })
      .click();
    await adminPage.getByLabel("Title in Korean").fill(KOREAN_TITLE);
    await adminPage.getByRole("button", { name: "Save translations" }).click();
    await expect(adminPage.getByRole("status").filter({ hasText: "Translations saved." })).toBeVisible();
    await expectNoAxeViolations(adminPage);

    // --- An announcement posted in English, then its Korean title and message.
    await adminPage.goto(`/admin/cohorts/${COHORT}`);
    const announce = adminPage.getByRole("region", { name: "Post an announcement" });
    await announce.getByLabel("Title", { exact: true }).fill(ANNOUNCEMENT);
    await announce.getByLabel("Message", { exact: true }).fill(BODY);
    await announce.getByRole("button", { name: "Post an announcement" }).click();
    await expect(adminPage.getByRole("link", { name: `Translate “${ANNOUNCEMENT}”` })).toBeVisible();
    await adminPage.getByRole("link", { name: `Translate “${ANNOUNCEMENT}”` }).click();
    await expect(
      adminPage.getByRole("heading", { level: 1, name: `Translations of the announcement “${ANNOUNCEMENT}”` }),
    ).toBeVisible();
    await adminPage
      .getByRole("navigation", { name: "Language of the translation" })
      .getByRole("link", { name: "Korean" })
      .click();
    await expect(adminPage.getByText("2 texts not yet translated into Korean.")).toBeVisible();
    // A second tab opened now holds the announcement as it was.
    const stale = await admin.newPage();
    await stale.goto(adminPage.url());
    await adminPage.getByLabel("Title in Korean").fill(KOREAN_ANNOUNCEMENT);
    await adminPage.getByLabel("Message in Korean").fill(KOREAN_BODY);
    await adminPage.getByRole("button", { name: "Save translations" }).click();
    await expect(adminPage.getByRole("status").filter({ hasText: "Translations saved." })).toBeVisible();
    await expect(adminPage.getByText("Everything is translated into Korean.")).toBeVisible();
    await expectNoAxeViolations(adminPage);
    await stale.getByLabel("Title in Korean").fill("낡은 제목");
    await stale.getByRole("button", { name: "Save translations" }).click();
    await expect(
      stale.getByRole("status").filter({ hasText: "Someone else changed this announcement's translations" }),
    ).toBeVisible();

    // --- A programme for the catalogue, with its title in French.
    await adminPage.goto("/admin/programmes/new");
    await adminPage.getByLabel("Title").fill(PROGRAMME);
    await adminPage.getByLabel("Summary").fill("Words for every edition.");
    await adminPage.getByRole("button", { name: "Create programme" }).click();
    await expect(adminPage.getByRole("heading", { level: 1, name: PROGRAMME })).toBeVisible();
    await adminPage.getByRole("button", { name: "Publish" }).click();
    await expect(adminPage.getByText("Published", { exact: true })).toBeVisible();
    await adminPage.getByRole("link", { name: "Translations" }).click();
    await adminPage
      .getByRole("navigation", { name: "Language of the translation" })
      .getByRole("link", { name: "French" })
      .click();
    await adminPage.getByLabel("Title in French").fill(FRENCH_PROGRAMME);
    await adminPage.getByRole("button", { name: "Save translations" }).click();
    await expect(adminPage.getByRole("status").filter({ hasText: "Translations saved." })).toBeVisible();
    await admin.close();

    // --- The participant, reading in Korean: the edition's Korean title and the announcement in Korean.
    const participant = await browser.newContext();
    const space = await participant.newPage();
    await signInThroughForm(space, "participant@madang.test");
    await participant.addCookies([{ name: "locale", value: "ko", url: `http://localhost:${port}` }]);
    await space.goto(`/me/cohorts/${COHORT}`);
    await expect(space.getByRole("heading", { level: 1, name: KOREAN_TITLE })).toHaveAttribute("lang", "ko");
    const news = space.getByRole("listitem").filter({ has: space.getByRole("heading", { name: KOREAN_ANNOUNCEMENT }) });
    await expect(news.getByRole("heading", { level: 3, name: KOREAN_ANNOUNCEMENT })).toHaveAttribute("lang", "ko");
    await expect(news.getByText(KOREAN_BODY)).toBeVisible();
    await expect(space.getByText(ANNOUNCEMENT)).toHaveCount(0);
    await expectNoAxeViolations(space);
    // The list of their cohort spaces names the edition in Korean too.
    await space.goto("/me");
    await expect(space.getByRole("link", { name: new RegExp(KOREAN_TITLE) })).toBeVisible();
    await participant.close();

    // --- A visitor reading in Korean finds the edition's Korean title on the programme's page.
    const korean = await readerIn(browser, "ko");
    const visitor = await korean.newPage();
    await visitor.goto(`/programmes/${SEED_SLUGS.cpi}`);
    await expect(visitor.getByRole("heading", { level: 3, name: KOREAN_TITLE })).toHaveAttribute("lang", "ko");
    await korean.close();

    // --- A visitor reading in French: the new programme's French title; the CPI's, untranslated, is marked.
    const french = await readerIn(browser, "fr");
    const catalogue = await french.newPage();
    await catalogue.goto(`/programmes?q=${run}`);
    const translated = catalogue.getByRole("heading", { level: 2, name: FRENCH_PROGRAMME });
    await expect(translated).toBeVisible();
    await expect(translated.locator("[lang]")).toHaveAttribute("lang", "fr");
    await expect(catalogue.getByText("Pas encore traduit")).toHaveCount(0);
    await catalogue.goto(`/programmes?q=${encodeURIComponent("Cultural Partnership Initiative")}`);
    const card = catalogue.getByRole("article").filter({ hasText: "Cultural Partnership Initiative" }).first();
    await expect(card.getByRole("heading", { level: 2 }).locator("[lang]")).toHaveAttribute("lang", "en");
    await expect(card.getByText("Pas encore traduit")).toBeVisible();
    await expectNoAxeViolations(catalogue);
    await french.close();
  });
});
