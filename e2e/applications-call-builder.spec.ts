import { expect, test } from "@playwright/test";
import { SEED_IDS } from "../db/seed/ids";
import { expectNoAxeViolations, STORAGE } from "./fixtures";
import { seoulInput, shownMoment, storyTime } from "./story-dates";

test.describe("opening a call and building its form @applications", () => {
  test.use({ storageState: STORAGE.admin });

  test("the administrator opens a call for a cohort, builds a two-page form and previews it as an applicant", async ({
    page,
  }) => {
    const title = `Summer school ${Date.now()}`;
    await page.goto("/admin/calls");
    await page.getByRole("link", { name: "Open a new call" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Open a new call" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page
      .getByLabel("Edition", { exact: true })
      .selectOption({ label: "Cultural Partnership Initiative (CPI): CPI 2027 (Asia/Seoul)" });
    // The times are typed in the chosen edition's zone, and the form names it.
    await expect(page.getByLabel("Opens (Asia/Seoul time)")).toBeVisible();
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Status", { exact: true }).selectOption("open");
    // The call's window sits in the story, which moves with the app's clock (e2e/story-dates.ts).
    const closes = storyTime("2027-05-31 18:00");
    await page.getByLabel(/^Opens/).fill(seoulInput(storyTime("2026-11-01 09:00")));
    await page.getByLabel(/^Closes/).fill(seoulInput(closes));
    await page.getByLabel("Africa", { exact: true }).first().check();
    await page.getByLabel("Other criteria applicants confirm (one per line)").fill("I can attend in person");
    await page.getByRole("button", { name: "Create call" }).click();

    await expect(page.getByRole("heading", { level: 1, name: `Form: ${title}` })).toBeVisible();
    await page.getByRole("button", { name: "Add a question to page 1" }).click();
    await page.getByLabel("Question text").fill("Tell us about your work");
    await page.getByLabel("Type").selectOption({ label: "Long text (word limit)" });
    await page.getByLabel("Word limit").fill("300");
    await page.getByLabel("Required").check();
    await page.getByRole("button", { name: "Add a page" }).click();
    await page.getByLabel("Page 2 title").fill("Documents");
    await page.getByRole("button", { name: "Add a question to page 2" }).click();
    await page.getByLabel("Question text").nth(1).fill("Letter of support");
    await page.getByLabel("Type").nth(1).selectOption({ label: "File upload" });
    await page.getByLabel("Size limit (MB)").fill("2");
    await page.getByRole("button", { name: "Add a question to page 2" }).click();
    await page.getByLabel("Question text").nth(2).fill("Do you need a visa?");
    await page.getByLabel("Type").nth(2).selectOption({ label: "Yes / no" });
    await page.getByRole("button", { name: "Move Do you need a visa? up" }).click();
    await page.getByRole("button", { name: "Save form" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Form saved." })).toBeVisible();
    await expect(page.getByLabel("Question text").nth(1)).toHaveValue("Do you need a visa?");
    await expectNoAxeViolations(page);

    await page.getByRole("navigation", { name: "This call" }).getByRole("link", { name: "Preview" }).click();
    await expect(page.getByText("Page 1 of 2: Application")).toBeVisible();
    await expect(page.getByLabel("Tell us about your work (required)")).toBeVisible();
    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page.getByRole("radiogroup", { name: "Do you need a visa? (optional)" })).toBeVisible();
    await expect(page.getByLabel("Letter of support (optional)")).toBeVisible();
    await expectNoAxeViolations(page);

    // The call is public, with its eligibility and deadline in the cohort's zone.
    await page.getByRole("navigation", { name: "This call" }).getByRole("link", { name: "Settings" }).click();
    await page.getByRole("link", { name: "public page" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Nationality: Africa")).toBeVisible();
    await expect(page.getByText("I can attend in person")).toBeVisible();
    await expect(page.getByText(`${shownMoment(closes)} (Asia/Seoul)`)).toBeVisible();
  });

  test("once applications exist, removing a question hides it and changing its type is refused", async ({ page }) => {
    await page.goto(`/admin/calls/${SEED_IDS.cpi2027Call}/form`);
    await expect(page.getByText("Applications exist for this call")).toBeVisible();
    await page.getByLabel("Type").first().selectOption({ label: "Number" });
    await page.getByRole("button", { name: "Save form" }).click();
    await expect(page.getByRole("status")).toContainText("cannot change from long text to number");
    await page.reload();
    await page.getByRole("button", { name: "Remove Your CV (PDF)" }).click();
    await page.getByRole("button", { name: "Save form" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Form saved." })).toBeVisible();
    await expect(page.getByText("Hidden: Your CV (PDF) (File upload)")).toBeVisible();
    await page.getByRole("button", { name: "Restore Your CV (PDF)" }).click();
    await page.getByRole("button", { name: "Save form" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Form saved." })).toBeVisible();
    await expect(page.getByLabel("Question text").nth(3)).toHaveValue("Your CV (PDF)");
  });
});
