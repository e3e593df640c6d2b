import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";

test.describe("public pages @foundation", () => {
  test("the home page and catalogue list the seed programmes", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("link", { name: /Cultural Partnership Initiative/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "See all programmes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Programmes" })).toBeVisible();
    await page.getByRole("searchbox", { name: "Search programmes" }).fill("2005 Convention");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText("1 programme")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("searchbox", { name: "Search programmes" }).fill("no such programme anywhere");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText("No programme matches your search.")).toBeVisible();
  });

  test("the Seoul 2018 programme shows its key figures, countries and partners", async ({ page }) => {
    await page.goto("/programmes?q=2005 Convention");
    await page
      .getByRole("link", { name: /2005 Convention/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: /2005 Convention/ })).toBeVisible();
    const figures = page.getByRole("region", { name: "Key figures" });
    await expect(figures.getByText("30", { exact: true })).toBeVisible();
    await expect(figures.getByText("17", { exact: true })).toBeVisible();
    const countries = page.getByRole("region", { name: /Countries/ });
    await expect(countries.getByRole("listitem")).toHaveCount(17);
    for (const name of ["Mongolia", "Republic of Korea", "Solomon Islands", "Timor-Leste", "Viet Nam"]) {
      await expect(countries.getByText(name, { exact: true })).toBeVisible();
    }
    await expect(page.getByText(/Korean National Commission for UNESCO/).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Results" })).toContainText("Expert Facility");
    await expectNoAxeViolations(page);
  });

  test("the ASEAN–ROK workshop says it is postponed and names its donor and partner", async ({ page }) => {
    await page.goto("/programmes?q=ASEAN");
    await page.getByRole("link", { name: /ASEAN/ }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: /ASEAN/ })).toBeVisible();
    const editions = page.getByRole("region", { name: "Editions" });
    await expect(editions.getByText("Postponed", { exact: true })).toBeVisible();
    await expect(editions.getByText(/^Dates to be announced ·/)).toBeVisible();
    await expect(page.getByText(/Korea Funds-in-Trust/).first()).toBeVisible();
    await expect(page.getByText(/Korean National Commission for UNESCO/).first()).toBeVisible();
    await expect(page.getByRole("region", { name: /Countries/ }).getByRole("listitem")).toHaveCount(10);
  });

  test("an unknown programme is a 404 with a way home", async ({ page }) => {
    const response = await page.goto("/programmes/does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });

  test("the pages work on a phone", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto("/programmes");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Programmes" }),
    ).toBeVisible();
    await context.close();
  });
});
