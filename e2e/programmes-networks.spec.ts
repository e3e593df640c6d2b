import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, STORAGE } from "./fixtures";

const run = Date.now().toString(36);

test.describe("organisation directory and networks @programmes", () => {
  test("the public learning-cities page lists the eight Korean cities and filters by country", async ({ page }) => {
    await page.goto("/networks/gnlc");
    await expect(
      page.getByRole("heading", { level: 1, name: "UNESCO Global Network of Learning Cities" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Members (8)" })).toBeVisible();
    for (const city of ["Bucheon", "Gunpo", "Jeonju", "Namyangju", "Osan", "Suwon", "Tongyeong", "Uijeongbu"])
      await expect(page.getByRole("heading", { level: 3, name: city })).toBeVisible();
    await expect(
      page.getByText("Suwon’s actions centre on creating an environment conducive to lifelong learning"),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    expect((await page.goto("/networks/no-such-network"))?.status()).toBe(404);
  });

  test.describe("as the administrator", () => {
    test.use({ storageState: STORAGE.admin });

    test("adds an organisation to the directory and a member to the network, then filters the public page", async ({
      page,
    }) => {
      await page.goto("/admin/organisations");
      await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
      const add = page.getByRole("form", { name: "Add an organisation" });
      await add.getByLabel("Name", { exact: true }).fill(`Ville apprenante ${run}`);
      await add.getByLabel("Kind").selectOption("city");
      await add.getByLabel("Country").selectOption("FR");
      await add.getByLabel("City").fill("Lyon");
      await add.getByRole("button", { name: "Add to the directory" }).click();
      await expect(add.getByRole("status")).toHaveText("Added to the directory.");
      // The same name again is a field error, not a crash.
      await add.getByLabel("Name", { exact: true }).fill(`Ville apprenante ${run}`);
      await add.getByRole("button", { name: "Add to the directory" }).click();
      await expect(add.getByText("An organisation with this name is already in the directory")).toBeVisible();
      await page.getByRole("searchbox").fill(`Ville apprenante ${run}`);
      await page.getByRole("button", { name: "Filter" }).click();
      await expect(page.getByRole("link", { name: `Ville apprenante ${run}` })).toBeVisible();
      await expectNoAxeViolations(page);

      await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Networks" }).click();
      await page.getByRole("link", { name: "UNESCO Global Network of Learning Cities" }).click();
      const member = page.getByRole("form", { name: "Add member" });
      await member.getByLabel("Organisation").selectOption({ label: `Ville apprenante ${run}` });
      await member.getByLabel("Focus").fill("Learning neighbourhoods along the Rhône.");
      await member.getByRole("button", { name: "Add member" }).click();
      await expect(page.getByText("Learning neighbourhoods along the Rhône.")).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto("/networks/gnlc");
      await page.getByLabel("Country").selectOption({ label: "France (1)" });
      await page.getByRole("button", { name: "Show" }).click();
      await expect(page.getByRole("heading", { name: "Members (1)" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 3, name: `Ville apprenante ${run}` })).toBeVisible();
      await expect(page.getByRole("heading", { level: 3, name: "Suwon" })).toHaveCount(0);

      // Leave the seeded network as it was.
      await page.goto("/admin/networks");
      await page.getByRole("link", { name: "UNESCO Global Network of Learning Cities" }).click();
      await page.getByRole("button", { name: `Remove Ville apprenante ${run}` }).click();
      await expect(page.getByText("Learning neighbourhoods along the Rhône.")).toHaveCount(0);
    });
  });
});
