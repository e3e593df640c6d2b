import { expect, test, type Browser, type Page } from "@playwright/test";
import { openDatabase } from "../db/client";
import { SEED_IDS } from "../db/seed/ids";
import { expectNoAxeViolations, STORAGE } from "./fixtures";
import { isUserContentIn, userContent } from "./reach/content";
import { englishOf, notInLanguage } from "./reach/english";
import { pageTexts } from "./reach/page-texts";
import { messagesOf } from "./reach/messages";

/*
 * The selection workbench explains itself in the reader's language: its meters, why a suggestion breaks a rule,
 * why the rules cannot all hold and the ways out are lib/selection's data said through messages/*.json
 * (selection.explain), not English sentences. An administrator in Korean gives the ASEAN delegations call (Lao PDR
 * nominated two where the delegation is three) a gender band too, asks for a suggestion and reads its cause and its
 * ways out; then in French reads the same run as it was stored. Neither page shows English outside what people
 * wrote, nor a raw message key, and axe finds nothing.
 */

type Locale = "ko" | "fr";
const ASEAN = SEED_IDS.aseanDelegationsCall;
const BASE_URL = `http://localhost:${process.env.E2E_PORT ?? "3100"}`;

type Words = Record<string, Record<string, string>>;
const selectionWords = (locale: Locale) => messagesOf<{ selection: Words }>(locale).selection;

async function adminIn(browser: Browser, locale: Locale): Promise<Page> {
  const context = await browser.newContext({ storageState: STORAGE.admin });
  // The cookie the language switcher sets; the administrator's account has chosen no language, so it decides.
  await context.addCookies([{ name: "locale", value: locale, url: BASE_URL }]);
  return context.newPage();
}

/**
 * What people wrote (names, the call's title), read before the journey asks for a suggestion: the run it stores
 * keeps English sentences, which must not count as people's text.
 */
let content: string[] = [];

async function expectInLanguage(page: Page, locale: Locale) {
  const english = englishOf(locale);
  const isUserContent = isUserContentIn(content, (rest) => notInLanguage(rest, english, () => false) !== null);
  const found = [...new Set(await pageTexts(page))].flatMap((text) => {
    const wrong = notInLanguage(text, english, isUserContent);
    return wrong ? [`${wrong.kind === "key" ? "raw key" : "English"}: ${wrong.text}`] : [];
  });
  expect(found).toEqual([]);
}

test.describe.serial("the selection workbench explains itself in Korean and French @reach", () => {
  test.beforeAll(async () => {
    const handle = openDatabase(process.env.DATABASE_URL!);
    try {
      content = await userContent(handle.db);
    } finally {
      await handle.close();
    }
  });

  test("in Korean: a gender band added to the delegations, a suggestion, why the rules cannot all hold and the ways out", async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const words = selectionWords("ko");
    const page = await adminIn(browser, "ko");

    await page.goto(`/admin/calls/${ASEAN}/selection/rules`);
    await expect(page.getByRole("heading", { level: 1, name: words.rules!.title })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${words.rules!.title}`));
    // Typed before the form hydrates, a value can be merged with the saved one: type until it holds.
    const genderMin = page.getByLabel(words.rules!.genderMin!);
    await expect(async () => {
      await genderMin.fill("40");
      await expect(genderMin).toHaveValue("40", { timeout: 1_000 });
    }).toPass();
    await page.getByLabel(words.rules!.genderMax!).fill("60");
    await page.getByRole("button", { name: words.rules!.save }).click();
    await expect(page.getByText(words.rules!.saved!)).toBeVisible();
    // The regions and the groups a rule can name are named in Korean.
    await expect(page.getByLabel("아프리카 최소 인원")).toBeVisible();
    await page.getByRole("button", { name: words.rules!.addGroupRule }).click();
    await expect(
      page.getByRole("group", { name: "그룹 규칙 1" }).getByRole("option", { name: "동남아시아국가연합(아세안)" }),
    ).toBeAttached();
    await expectInLanguage(page, "ko");
    await expectNoAxeViolations(page);

    await page.goto(`/admin/calls/${ASEAN}/selection`);
    await expect(page.getByRole("heading", { level: 1, name: words.workbench!.title })).toBeVisible();
    const meters = page.getByRole("list", { name: words.workbench!.metersLabel }).first();
    await expect(meters.getByRole("listitem").filter({ hasText: /^라오스 대표단/ })).toContainText("= 3");
    await expect(meters.getByRole("listitem").filter({ hasText: /^여성/ })).toContainText("40%–60%");
    await page.getByRole("button", { name: words.workbench!.suggest }).click();
    const panel = page.getByRole("region", { name: words.suggestion!.title });
    await expect(panel).toBeVisible({ timeout: 60_000 });
    // Why a rule breaks: Lao PDR nominated two, the delegation is three.
    await expect(panel.getByRole("listitem").filter({ hasText: /^라오스 대표단/ })).toContainText(
      "라오스 출신 자격 요건 충족 대상자는 2명에 불과하나, 대표단은 정확히 3명이어야 합니다.",
    );
    await expect(panel.getByRole("heading", { name: words.analysis!.causeHeading })).toBeVisible({ timeout: 90_000 });
    await expect(
      panel.getByText("라오스 대표단: 라오스 출신 자격 요건 충족 대상자는 2명에 불과하나,", { exact: false }),
    ).toBeVisible();
    const ways = panel.getByRole("group", { name: words.analysis!.waysOutHeading });
    await expect(ways.getByRole("radio", { name: /^라오스 대표단을 2명으로 조정합니다/ })).toBeVisible();
    await expectInLanguage(page, "ko");
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  test("in French: the same run, as it was stored, and the rules page", async ({ browser }) => {
    test.setTimeout(180_000);
    const words = selectionWords("fr");
    const page = await adminIn(browser, "fr");

    await page.goto(`/admin/calls/${ASEAN}/selection`);
    await expect(page.getByRole("heading", { level: 1, name: words.workbench!.title })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${words.workbench!.title}`));
    const panel = page.getByRole("region", { name: words.suggestion!.title });
    await expect(panel).toBeVisible();
    await expect(
      panel.getByRole("listitem").filter({ hasText: /^Délégation : République démocratique populaire lao/ }),
    ).toContainText("seulement 2 personnes éligibles désignées ; la délégation doit compter exactement 3 personnes.");
    await expect(panel.getByRole("heading", { name: words.analysis!.causeHeading })).toBeVisible({ timeout: 90_000 });
    const ways = panel.getByRole("group", { name: words.analysis!.waysOutHeading });
    await expect(
      ways.getByRole("radio", { name: /^République démocratique populaire lao : accepter une délégation de 2/ }),
    ).toBeVisible();
    const meters = page.getByRole("list", { name: words.workbench!.metersLabel }).first();
    await expect(meters.getByRole("listitem").filter({ hasText: /^Femmes/ })).toContainText("40 %–60 %");
    await expectInLanguage(page, "fr");
    await expectNoAxeViolations(page);

    await page.goto(`/admin/calls/${ASEAN}/selection/rules`);
    await expect(page.getByRole("heading", { level: 1, name: words.rules!.title })).toBeVisible();
    await expect(page.getByLabel("Au moins depuis Afrique")).toBeVisible();
    await expectInLanguage(page, "fr");
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
