import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInThroughForm, STORAGE } from "./fixtures";

test.describe("reports @reports", () => {
  test.describe("staff", () => {
    test.use({ storageState: STORAGE.admin, acceptDownloads: true });

    test("an administrator opens the CPI report, filters by edition, reads the funnel and the map's table, downloads a CSV", async ({
      page,
    }) => {
      // The dashboard's headline figures are the organisation report's: the card opens a report with the same number.
      // Kept figures are refreshed behind the first reader after a minute (lib/reports/report.ts), and the journey
      // before this one confirms a participant, so the first pair read may be one refresh apart: read both again
      // until they have settled, then they must agree.
      const card = page.getByRole("list", { name: "Headline figures" }).getByRole("link", { name: /Participants$/ });
      await expect(async () => {
        await page.goto("/admin");
        await expect(page.getByRole("heading", { level: 2, name: "Needs attention now" })).toBeVisible();
        const participants = (await card.textContent())!.replace("Participants", "").trim();
        expect(participants).toMatch(/^[\d,]+$/);
        await expect(page.getByText(/^Figures as of \w{3} \d{1,2}, \d{4}, \d\d:\d\d UTC\.$/)).toBeVisible();
        await card.click();
        await expect(page.getByRole("heading", { level: 1, name: "Reports: The whole organisation" })).toBeVisible();
        await expect(
          page
            .getByRole("list", { name: "Headline figures" })
            .getByRole("listitem")
            .filter({ hasText: /Participants$/ }),
        ).toHaveText(`${participants}Participants`, { timeout: 2_000 });
      }).toPass({ timeout: 45_000 });
      await page.goto("/admin");
      await page.getByRole("link", { name: "All reports" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Reports: The whole organisation" })).toBeVisible();

      const filters = page.getByRole("form", { name: "Filters" });
      await filters.getByLabel("Programme").selectOption({ label: "Cultural Partnership Initiative (CPI)" });
      await filters.getByRole("button", { name: "Show report" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Reports: Cultural Partnership Initiative (CPI)" }),
      ).toBeVisible();
      await filters.getByLabel("Edition").selectOption({ label: "Cultural Partnership Initiative (CPI) — CPI 2023" });
      await filters.getByRole("button", { name: "Show report" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Reports: Cultural Partnership Initiative (CPI) — CPI 2023" }),
      ).toBeVisible();
      await expect(page).toHaveURL(/edition=/);

      // The funnel, and the organisers' figures: 48 experts from 23 countries, 20 administrators from 10.
      const funnel = page.getByRole("table", { name: "Funnel" });
      await expect(funnel.getByRole("row", { name: /^Completed 68/ })).toBeVisible();
      const audiences = page.getByRole("table", { name: "Experts and administrators" });
      await expect(
        audiences.getByRole("row", { name: /^Experts \(intensive and general courses\) 48 23/ }),
      ).toBeVisible();
      await expect(
        audiences.getByRole("row", { name: /^Administrators \(senior and working level\) 20 10/ }),
      ).toBeVisible();

      // The map is an image with a title; its figures are a table too.
      const map = page.getByRole("img", { name: /Map of participants by country/ });
      await expect(map).toBeVisible();
      // The page carries fills and titles only; the browser draws each country from the shared outlines.
      const kenya = map.locator('use[href$="#KE"]');
      await expect(kenya.locator("title")).toHaveText(/^Kenya: \d+$/);
      await expect.poll(async () => (await kenya.boundingBox())?.width ?? 0).toBeGreaterThan(5);
      const outlines = await page.request.get((await kenya.getAttribute("href"))!.split("#")[0]!);
      expect(outlines.headers()["content-type"]).toContain("image/svg+xml");
      expect(await outlines.text()).toContain('<path id="KE"');
      await page.getByText("The figures as a table").click();
      const countries = page.getByRole("table", { name: "Countries at each step" });
      await expect(countries.getByRole("rowheader", { name: "Kenya" })).toBeVisible();
      await expectNoAxeViolations(page);

      const downloading = page.waitForEvent("download");
      await page.getByRole("link", { name: "Download Funnel as CSV" }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const csv = await readFile((await download.path())!, "utf8");
      expect(csv).toContain("Completed,68");
    });
  });

  test('a partner opens its report and sees small groups as "fewer than 3"', async ({ page }) => {
    await signInThroughForm(page, "partner@madang.test");
    await page.goto("/partner/reports");
    await expect(page.getByRole("heading", { level: 1, name: /^Report for partners/ })).toBeVisible();
    const gender = page.getByRole("table", { name: "Gender at each step" });
    await expect(
      gender
        .getByRole("row", { name: /^Non-binary/ })
        .getByText("fewer than 3")
        .first(),
    ).toBeVisible();
    // No ASEAN programme: partners see their own programmes only.
    await expect(page.getByRole("option", { name: /ASEAN/ })).toHaveCount(0);
  });
});
