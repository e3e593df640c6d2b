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
        await expect(
          page.getByRole("heading", { level: 1, name: "You do not have access to this page" }),
        ).toBeVisible();
      }
      await expectNoAxeViolations(page);
    });

    test("is refused an admin action called directly, and nothing changes", async ({ page, browser, baseURL }) => {
      // Take the real action id and form fields from the administrator's page...
      const adminContext = await browser.newContext({ storageState: STORAGE.admin });
      const adminPage = await adminContext.newPage();
      const readForm = async () => {
        await adminPage.goto("/admin");
        const form = adminPage
          .getByRole("row")
          .filter({ has: adminPage.getByRole("link", { name: ASEAN_TITLE }) })
          .locator("form");
        return {
          actionId: (await actionIdOf(adminPage, form)).replace("$ACTION_ID_", ""),
          programmeId: (await form.locator('input[name="programmeId"]').getAttribute("value"))!,
          version: (await form.locator('input[name="version"]').getAttribute("value"))!,
        };
      };
      const before = await readForm();
      const call = (request: typeof page.request, status: string) =>
        request.post("/admin", {
          // The form post a browser without JavaScript would send.
          headers: { Origin: baseURL! },
          multipart: {
            [`$ACTION_ID_${before.actionId}`]: "",
            programmeId: before.programmeId,
            version: before.version,
            status,
          },
        });

      // ...post it as the applicant, as a script would: refused, and nothing changes.
      const refused = await call(page.request, "draft");
      expect(refused.status()).toBeLessThan(500);
      await page.goto("/programmes?q=ASEAN");
      await expect(page.getByRole("link", { name: ASEAN_TITLE })).toBeVisible();
      expect((await readForm()).version).toBe(before.version);

      // The same call by the administrator goes through, so the refusal above was the permission check.
      const accepted = await call(adminPage.request, "published");
      expect(accepted.status()).toBeLessThan(500);
      expect(Number((await readForm()).version)).toBe(Number(before.version) + 1);
      await adminContext.close();
    });
  });
});
