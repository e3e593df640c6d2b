import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, STORAGE } from "./fixtures";

const ASEAN_TITLE = /ASEAN/;

async function actionIdOf(page: Page, form: ReturnType<Page["locator"]>) {
  const name = await form.locator('input[type="hidden"][name^="$ACTION_ID_"]').first().getAttribute("name");
  expect(name).toBeTruthy();
  return name!;
}

test.describe("administration @foundation", () => {
  test.describe("as the administrator", () => {
    test.use({ storageState: STORAGE.admin });

    test("reaches the dashboard with the seed programmes and the outbox", async ({ page }) => {
      await page.goto("/");
      await page.getByRole("link", { name: "Administration" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
      const table = page.getByRole("table");
      await expect(table.getByRole("link", { name: ASEAN_TITLE })).toBeVisible();
      await expect(table.getByRole("row")).not.toHaveCount(1);
      await expectNoAxeViolations(page);
      await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Outbox" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });

  test.describe("as an applicant", () => {
    test.use({ storageState: STORAGE.applicant });

    test("is refused the admin pages by direct URL", async ({ page }) => {
      await page.goto("/");
      await expect(page.getByRole("link", { name: "Administration" })).toHaveCount(0);
      for (const path of ["/admin", "/admin/outbox"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
      }
      await expectNoAxeViolations(page);
    });

    test("is refused an admin action called directly, and nothing changes", async ({ page, browser }) => {
      // Take the real action id and form fields from the administrator's page...
      const adminContext = await browser.newContext({ storageState: STORAGE.admin });
      const adminPage = await adminContext.newPage();
      await adminPage.goto("/admin");
      const row = adminPage.getByRole("row").filter({ has: adminPage.getByRole("link", { name: ASEAN_TITLE }) });
      const form = row.locator("form");
      const actionField = await actionIdOf(adminPage, form);
      const programmeId = await form.locator('input[name="programmeId"]').getAttribute("value");
      const version = await form.locator('input[name="version"]').getAttribute("value");
      await adminContext.close();

      // ...and post it as the applicant, as a script would.
      const response = await page.request.post("/admin", {
        multipart: { [actionField]: "", programmeId: programmeId!, version: version!, status: "draft" },
      });
      expect(response.status()).toBeLessThan(500);

      // The programme is still published: its public page answers and the catalogue lists it.
      await page.goto("/programmes?q=ASEAN");
      await expect(page.getByRole("link", { name: ASEAN_TITLE })).toBeVisible();
    });
  });
});
