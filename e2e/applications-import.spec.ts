import { expect, test } from "@playwright/test";
import { SEED_IDS } from "../db/seed/ids";
import { expectNoAxeViolations, STORAGE } from "./fixtures";

test.describe("importing past applications @applications", () => {
  test.use({ storageState: STORAGE.admin });

  test("a dry run lists every row's errors and writes nothing; the corrected file imports all rows", async ({ page }) => {
    const stamp = Date.now();
    const header = "Email,Name,Country,Gender,Status,Why would you like to mentor CPI 2027 participants?";
    const good = [`past-a-${stamp}@example.org,Imported Alpha,Peru,woman,submitted,Twenty years of theatre`, `past-b-${stamp}@example.org,Imported Beta,Kenya,man,withdrawn,Dance`];
    const bad = [...good, `not-an-email,Imported Gamma,Atlantis,,submitted,`];

    await page.goto(`/admin/calls/${SEED_IDS.cpi2027MentorsCall}/import`);
    await expect(page.getByRole("heading", { level: 1, name: /^Import applications/ })).toBeVisible();
    await page.getByLabel(/Spreadsheet/).setInputFiles({ name: "past.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...bad].join("\n")) });
    await expect(page.getByRole("heading", { name: "Map the columns (3 rows)" })).toBeVisible();
    await expect(page.getByLabel("Column Email goes to")).toHaveValue("email");
    await expect(page.getByLabel("Column Why would you like to mentor CPI 2027 participants? goes to")).toHaveValue("answer:mentor_motivation");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Check every row" }).click();
    await expect(page.getByRole("heading", { name: "Check: 2 of 3 rows ready, 1 with errors" })).toBeVisible();
    await expect(page.getByText('"not-an-email" is not an email address. Nationality "Atlantis" is not a country we know.')).toBeVisible();
    await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

    await page.getByLabel(/Spreadsheet/).setInputFiles({ name: "past.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...good].join("\n")) });
    await page.getByRole("button", { name: "Check every row" }).click();
    await page.getByRole("button", { name: "Import 2 applications" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Imported 2 applications (2 new accounts)." })).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute("aria-valuenow", "2");

    await page.goto(`/admin/calls/${SEED_IDS.cpi2027MentorsCall}/applications?q=Imported`);
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);
    await expect(page.getByRole("row").filter({ hasText: "Imported Alpha" })).toContainText("Peru");
  });
});
