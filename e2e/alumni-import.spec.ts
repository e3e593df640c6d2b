import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, STORAGE } from "./fixtures";

test.describe("importing past alumni @alumni", () => {
  test.use({ storageState: STORAGE.admin });

  test("a dry run lists the bad row, nothing is written until it is excluded, and an invitation lets the alumnus claim the account", async ({
    page,
    browser,
  }) => {
    const stamp = Date.now();
    const good = (i: number, country: string) =>
      `Past Alumnus ${stamp}-${i},past.${stamp}.${i}@example.org,${country},woman,cultural-partnership-initiative,2015,Heritage`;
    const csv = [
      "name,email,country,gender,programme,cohort year,field",
      good(1, "Mongolia"),
      good(2, "KE"),
      `Bad Row ${stamp},bad.${stamp}@example.org,Atlantis,man,cultural-partnership-initiative,2015,Music`,
      good(3, "Peru"),
    ].join("\n");

    await page.goto("/admin/alumni");
    await page.getByRole("link", { name: "Import past alumni" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Import past alumni" })).toBeVisible();
    await page
      .getByLabel("Spreadsheet (CSV or .xlsx)")
      .setInputFiles({ name: "alumni.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    await expect(page.getByRole("heading", { name: "Dry run: 4 rows, 3 ready, 1 with problems" })).toBeVisible();
    const problems = page.getByRole("table", { name: "Rows with problems" });
    await expect(problems.getByRole("row")).toHaveCount(2);
    await expect(problems).toContainText('"Atlantis" is not a country we know.');
    await expect(problems.getByRole("cell", { name: "4", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Import/ })).toBeDisabled();
    await expectNoAxeViolations(page);

    // Nothing was written: the directory does not know them yet.
    expect(await (await page.request.get(`/api/alumni/directory?q=${stamp}`)).json()).toMatchObject({ total: 0 });

    await page.getByLabel(/Leave out the rows with problems/).check();
    await page.getByRole("button", { name: "Import 3" }).click();
    await expect(
      page.getByText(
        "Imported 3 alumni (3 new accounts, 3 invitations written to the outbox, 1 past editions created); 1 rows left out.",
      ),
    ).toBeVisible();
    expect(await (await page.request.get(`/api/alumni/directory?q=${stamp}`)).json()).toMatchObject({ total: 3 });

    // The invitation is in the outbox; its link lets the person choose a password.
    await page.goto(`/admin/outbox?to=${encodeURIComponent(`past.${stamp}.1@example.org`)}`);
    const invitation = page
      .getByRole("listitem")
      .filter({ hasText: "Join the Cultural Partnership Initiative (CPI) alumni network on Madang" });
    await invitation.getByText(/^Join the Cultural Partnership Initiative/).click();
    const link = (await invitation.textContent())?.match(/https?:\/\/\S+\/claim\?token=[\w-]+/)?.[0];
    expect(link).toBeTruthy();

    const visitor = await browser.newContext();
    const claim = await visitor.newPage();
    await claim.goto(new URL(link!).pathname + new URL(link!).search);
    await expect(claim.getByRole("heading", { level: 1, name: "Claim your account" })).toBeVisible();
    await expectNoAxeViolations(claim);
    await claim.getByLabel("Password", { exact: true }).fill("a-fresh-password-2026");
    await claim.getByLabel("Password again").fill("a-fresh-password-2026");
    await claim.getByRole("button", { name: "Claim my account" }).click();
    await expect(claim.getByRole("heading", { level: 1, name: "My network profile" })).toBeVisible();
    await expect(claim.getByRole("region", { name: "My cohorts" })).toContainText(
      "Cultural Partnership Initiative (CPI) 2015",
    );
    await visitor.close();
  });
});

test.describe("importing alumni from the downloaded template @selection", () => {
  test.use({ storageState: STORAGE.admin });

  test("the CSV template, filled with gender words in several languages, is read as shown and confirmed before it imports", async ({
    page,
  }) => {
    const stamp = Date.now();
    await page.goto("/admin/alumni/import");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the template (CSV)" }).click(),
    ]);
    const template = await readFile((await download.path())!, "utf8");
    expect(template).toBe("\uFEFFName,Email,Country,Gender,Programme,Cohort year,Field\r\n");

    const row = (i: number, gender: string, country: string) =>
      `Template Alumnus ${stamp}-${i};tpl.${stamp}.${i}@example.org;${country};${gender};cultural-partnership-initiative;2015;Heritage`;
    // A semicolon file saved as Windows-1252, as a French Excel does: "Côte d'Ivoire" must survive.
    const csv = [
      template
        .replace(/^\uFEFF/, "")
        .trim()
        .replaceAll(",", ";"),
      row(1, "femme", "Côte d'Ivoire"),
      row(2, "Non_Binary", "Mongolia"),
      row(3, "남성", "KR"),
    ].join("\r\n");
    const latin1 = Buffer.from(csv.replace("남성", "M"), "latin1");
    await page
      .getByLabel("Spreadsheet (CSV or .xlsx)")
      .setInputFiles({ name: "alumni.csv", mimeType: "text/csv", buffer: latin1 });
    await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    await expect(page.getByRole("heading", { name: "Dry run: 3 rows, 3 ready, 0 with problems" })).toBeVisible();
    await expect(
      page.getByRole("list", { name: "How the gender words will be read" }).getByRole("listitem"),
    ).toHaveText(["“femme” → Woman (1 row)", "“Non_Binary” → Non-binary (1 row)", "“M” → Man (1 row)"]);
    await expect(page.getByRole("button", { name: "Import 3" })).toBeDisabled();
    await expectNoAxeViolations(page);
    await page.getByLabel("The gender words are read as shown above").check();
    await page.getByRole("button", { name: "Import 3" }).click();
    // The 2015 edition exists when the journey above ran first; either way no row is left out.
    await expect(
      page.getByText(
        /^Imported 3 alumni \(3 new accounts, 3 invitations written to the outbox, [01] past editions created\); 0 rows left out\.$/,
      ),
    ).toBeVisible();
    expect(await (await page.request.get(`/api/alumni/directory?q=${stamp}`)).json()).toMatchObject({ total: 3 });
  });
});
