import { expect, test } from "@playwright/test";
import { SEED_IDS } from "../db/seed/ids";
import { expectNoAxeViolations, linkFromOutbox, signInThroughForm, STORAGE, uniqueEmail } from "./fixtures";
import { PASSWORD } from "./applications-helpers";
import { daysFromNow, seoulInput } from "./story-dates";

/** A wall-clock time in Seoul, as a datetime-local input takes it, counted from the app's clock. */
const seoulLocal = (offsetDays: number) => seoulInput(daysFromNow(offsetDays));

test.describe("nominations @applications", () => {
  test("a focal point nominates three officials, and one of them completes the application", async ({
    page,
    browser,
  }) => {
    // The programme office reopens the postponed nomination call with new dates.
    const admin = await browser.newContext({ storageState: STORAGE.admin });
    const adminPage = await admin.newPage();
    await adminPage.goto(`/admin/calls/${SEED_IDS.aseanCall}`);
    await expect(
      adminPage.getByRole("heading", { level: 1, name: /Nominations of national delegations/ }),
    ).toBeVisible();
    await adminPage.getByLabel("Status").selectOption("open");
    await adminPage.getByLabel(/^Opens/).fill(seoulLocal(-1));
    await adminPage.getByLabel(/^Closes/).fill(seoulLocal(30));
    await adminPage.getByRole("button", { name: "Save settings" }).click();
    await expect(adminPage.getByRole("alert").filter({ hasText: "Settings saved." })).toBeVisible();
    await expectNoAxeViolations(adminPage);

    // Thailand's focal point sees the quota and invites three officials.
    await signInThroughForm(page, "focal@madang.test");
    await page.goto("/me");
    await page.getByRole("link", { name: "Nominations" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nominations" })).toBeVisible();
    const quota = page.getByRole("region", { name: /Nominations of national delegations/ });
    await expect(quota.getByText("0 of 3 nominees")).toBeVisible();
    await expectNoAxeViolations(page);
    const nominees = [
      { name: "Somchai Prasert", email: uniqueEmail("somchai") },
      { name: "Kanya Srisuk", email: uniqueEmail("kanya") },
      { name: "Anan Wongsa", email: uniqueEmail("anan") },
    ];
    for (const [i, nominee] of nominees.entries()) {
      await quota.getByLabel("Nominee's name").fill(nominee.name);
      await quota.getByLabel("Nominee's email").fill(nominee.email);
      await quota.getByRole("button", { name: "Send invitation" }).click();
      await expect(quota.getByText(`${i + 1} of 3 nominees`)).toBeVisible();
      await expect(quota.getByRole("row").filter({ hasText: nominee.name })).toContainText("a draft");
    }
    await expect(quota.getByText("The quota is full.")).toBeVisible();
    await expect(quota.getByRole("button", { name: "Send invitation" })).toHaveCount(0);

    // The invitations are in the outbox.
    await adminPage.goto(`/admin/outbox?to=${encodeURIComponent(nominees[0]!.email)}`);
    await expect(adminPage.getByText(/You have been nominated: Nominations of national delegations/)).toBeVisible();

    // The first nominee claims the invited account through the link in their own invitation (signing up
    // with the address would not take it: see e2e/accounts-takeover.spec.ts).
    const nomineeContext = await browser.newContext();
    const nomineePage = await nomineeContext.newPage();
    await nomineePage.goto(await linkFromOutbox(nominees[0]!.email, "/claim"));
    await nomineePage.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await nomineePage.getByLabel("Password again").fill(PASSWORD);
    await nomineePage.getByRole("button", { name: "Claim my account" }).click();
    await expect(nomineePage.getByRole("heading", { level: 1, name: "My space" })).toBeVisible();
    await nomineePage.getByRole("link", { name: /Nominations of national delegations/ }).click();
    await nomineePage.getByLabel("Current position and institution").fill("Director, Department of Cultural Promotion");
    await expect(nomineePage.getByRole("status").filter({ hasText: /Saved at/ })).toBeVisible();
    await nomineePage.getByRole("button", { name: "Save and review" }).click();
    await nomineePage.getByRole("button", { name: "Submit application" }).click();
    await expect(nomineePage.getByText("Your application has been submitted")).toBeVisible();
    await expect(nomineePage.getByText("The nomination has been received.")).toBeVisible();
    await nomineeContext.close();

    // The focal point sees where each nominee is.
    await page.reload();
    await expect(quota.getByRole("row").filter({ hasText: nominees[0]!.name })).toContainText("submitted");
    await expect(quota.getByRole("row").filter({ hasText: nominees[1]!.name })).toContainText("a draft");
    await admin.close();
  });
});
