import { expect, test } from "@playwright/test";
import { SEED_IDS } from "../db/seed/ids";
import { signInThroughForm } from "./fixtures";

test.describe("what the demo shows is true @truth", () => {
  test("the public navigation reaches the learning-city network", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Learning cities" }).click();
    await expect(page).toHaveURL(/\/networks\/gnlc$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "UNESCO Global Network of Learning Cities" }),
    ).toBeVisible();
  });

  test("an alumna's own verification link says her certificate is valid", async ({ page }) => {
    await signInThroughForm(page, "alumnus@madang.test");
    await page.goto(`/me/cohorts/${SEED_IDS.cpi2023Cohort}`);
    await page.getByRole("region", { name: "Certificate" }).getByRole("link", { name: "Verification page" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Valid certificate" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Valid certificate" }).getByText("Aigerim Sadykova")).toBeVisible();
    await expect(page.getByText("Invalid certificate")).toHaveCount(0);
  });
});
