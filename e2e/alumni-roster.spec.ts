import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, STORAGE } from "./fixtures";

const EXPERT = "Enkhjargal Dorj"; // Seoul 2018, joined the UNESCO Expert Facility

test.describe("expert roster @alumni", () => {
  test.describe("as staff", () => {
    test.use({ storageState: STORAGE.admin });

    test("staff find an expert by expertise and language and record an engagement", async ({ page }) => {
      const engagement = `Supported the 2019 periodic report of Mongolia (${Date.now()})`;
      await page.goto("/admin");
      await page
        .getByRole("navigation", { name: "Administration" })
        .getByRole("link", { name: "Expert roster" })
        .click();
      await expect(page.getByRole("heading", { level: 1, name: "Expert roster" })).toBeVisible();
      await page.getByRole("textbox", { name: "Expertise" }).fill("periodic reports");
      await page.getByRole("textbox", { name: "Language" }).fill("Mongolian");
      await page.getByRole("button", { name: "Search" }).click();
      await expect(page).toHaveURL(/expertise=periodic\+reports&language=Mongolian/);
      const rows = page.getByRole("row").filter({ has: page.getByRole("link") });
      await expect(rows).toHaveCount(1);
      await expect(rows).toContainText(EXPERT);
      await expectNoAxeViolations(page);

      // Another language finds someone else, or nobody: the search really filters.
      await page.goto("/admin/roster?expertise=periodic+reports&language=Swahili");
      await expect(page.getByText("No expert matches this search.")).toBeVisible();

      await page.goto("/admin/roster?expertise=periodic+reports&language=Mongolian");
      await page.getByRole("link", { name: EXPERT }).click();
      await expect(page.getByRole("heading", { level: 1, name: EXPERT })).toBeVisible();
      await page.getByLabel("What they did").fill(engagement);
      await page.getByLabel("Country (optional)").selectOption({ label: "Mongolia" });
      await page.getByLabel("Year").fill("2019");
      await page.getByRole("button", { name: "Record an engagement" }).click();
      await expect(page.getByText("Engagement recorded.")).toBeVisible();
      await expect(page.getByRole("region", { name: "Engagements recorded by staff" })).toContainText(
        `2019: ${engagement} (Mongolia)`,
      );
      await expectNoAxeViolations(page);
    });
  });

  test("the public sees only experts who chose to be public, and no engagements", async ({ page, request }) => {
    await page.goto("/alumni/experts");
    await expect(page.getByRole("heading", { level: 1, name: "Experts of the network" })).toBeVisible();
    await expect(page.getByRole("heading", { name: EXPERT })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: EXPERT }).click();
    await expect(page.getByRole("heading", { level: 1, name: EXPERT })).toBeVisible();
    await expect(page.getByText("Engagements recorded by staff")).toHaveCount(0);
    const html = await (await request.get(new URL(page.url()).pathname)).text();
    expect(html).not.toContain("periodic report of Mongolia");
    expect(html).not.toContain("Trained the national team");
  });
});
