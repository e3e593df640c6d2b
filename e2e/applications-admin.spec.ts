import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { SEED_IDS } from "../db/seed/ids";
import { expectNoAxeViolations, STORAGE } from "./fixtures";
import { CPI_CALL, fillProfile, signUpFresh, startApplication } from "./applications-helpers";

const NAME = "=SUM(1+1) Sigrún";

test.describe("the administrator's list of applications @applications", () => {
  test("filters by country and gender, opens an application, and exports a CSV whose formula-like name is neutralised", async ({
    page,
    browser,
  }) => {
    // An applicant whose name a spreadsheet would run as a formula.
    await signUpFresh(page, "formula", NAME);
    await fillProfile(page, { nationality: "Iceland", gender: "Non-binary" });
    await startApplication(page, CPI_CALL);
    await page.getByLabel("Choice 1").selectOption({ index: 1 });
    await page.getByLabel("Describe your organisation and your role in it").fill("A music school in Reykjavík.");
    await page.getByLabel("Years of experience in your field").fill("5");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page
      .getByLabel("The cultural project you would like to develop during the CPI")
      .fill("Songs of the North Atlantic for children.");
    await page.getByRole("button", { name: "Save and review" }).click();
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page.getByText("Your application has been submitted")).toBeVisible();

    const admin = await browser.newContext({ storageState: STORAGE.admin, acceptDownloads: true });
    const adminPage = await admin.newPage();
    await adminPage.goto("/admin");
    await adminPage.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Calls" }).click();
    await expect(adminPage.getByRole("heading", { level: 1, name: "Calls" })).toBeVisible();
    await adminPage
      .getByRole("link", { name: "CPI 2027 Cultural Experts Training Program: call for applications" })
      .click();
    await expect(adminPage.getByRole("heading", { level: 1, name: /^Applications:/ })).toBeVisible();
    await expect(
      adminPage.getByRole("navigation", { name: "Counts per status" }).getByRole("link", { name: /^submitted: \d+$/ }),
    ).toBeVisible();
    await expectNoAxeViolations(adminPage);

    await adminPage.getByLabel("Country").selectOption({ label: "Iceland" });
    await adminPage.getByLabel("Gender").selectOption({ label: "Non-binary" });
    await adminPage.getByRole("button", { name: "Apply filters" }).click();
    await expect(adminPage).toHaveURL(/country=IS/);
    await expect(adminPage).toHaveURL(/gender=non_binary/);
    const rows = adminPage.getByRole("table").getByRole("row");
    await expect(rows.filter({ hasText: NAME })).toHaveCount(1);
    for (const text of await rows.allInnerTexts()) {
      if (text.includes("Reference")) continue;
      expect(text).toContain("Iceland");
      expect(text).toContain("Non-binary");
    }

    const [download] = await Promise.all([
      adminPage.waitForEvent("download"),
      adminPage.getByRole("link", { name: "Export CSV" }).click(),
    ]);
    const csv = await readFile((await download.path())!, "utf8");
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toContain("Reference,Status,Name,Email,Nationality");
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const mine = lines.find((l) => l.includes("Sigrún"))!;
    expect(mine).toContain(`,'${NAME},`);
    expect(csv).not.toContain(`,${NAME}`);
    for (const line of lines.slice(1)) expect(line).toContain("Iceland");

    const xlsx = await adminPage.request.get(
      `/api/admin/calls/${SEED_IDS.cpi2027Call}/export?country=IS&gender=non_binary&format=xlsx`,
    );
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");

    // The detail page: answers, the applicant as submitted, and the history.
    await rows.filter({ hasText: NAME }).getByRole("link").click();
    await expect(
      adminPage.getByRole("heading", { level: 1, name: new RegExp(NAME.replace(/[()+]/g, "\\$&")) }),
    ).toBeVisible();
    await expect(adminPage.getByText("Songs of the North Atlantic for children.")).toBeVisible();
    await expect(adminPage.getByText(/a draft → submitted by/)).toBeVisible();
    await expectNoAxeViolations(adminPage);
    await admin.close();
  });

  test("an applicant cannot reach the list, a detail page or the export", async ({ browser }) => {
    const context = await browser.newContext({ storageState: STORAGE.applicant });
    const page = await context.newPage();
    expect((await page.goto(`/admin/calls/${SEED_IDS.cpi2027Call}/applications`))?.status()).toBe(403);
    // A call outside the actor's scope answers as one that does not exist (lib/auth/scope.ts).
    expect((await page.request.get(`/api/admin/calls/${SEED_IDS.cpi2027Call}/export?format=csv`)).status()).toBe(404);
    await context.close();
  });
});
