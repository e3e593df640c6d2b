import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { SEED_IDS } from "../db/seed/ids";
import { expectNoAxeViolations, signInThroughForm, STORAGE } from "./fixtures";
import { CPI_CALL, fillProfile, PASSWORD, PDF, signUpFresh } from "./applications-helpers";

const CALL = SEED_IDS.cpi2027Call;

/** The call's counts per status, as the applications page shows them. */
async function callCounts(page: Page): Promise<string> {
  await page.goto(`/admin/calls/${CALL}/applications`);
  return (await page.getByRole("navigation", { name: "Counts per status" }).innerText()).replace(/\s+/g, " ");
}

test.describe("people's own data @security", () => {
  test("an applicant downloads their data, asks for deletion, an administrator approves; the name is gone and the call still counts them @security", async ({
    page,
    browser,
  }) => {
    const name = `Ines Privacytest ${Date.now() % 1_000_000}`;
    const email = await signUpFresh(page, "privacy", name);
    await fillProfile(page, { nationality: "Ghana", next: CPI_CALL });
    await page.getByRole("button", { name: "Start application" }).click();
    await expect(page).toHaveURL(/\/me\/applications\/[0-9a-f-]{36}$/);
    const applicationId = page.url().match(/applications\/([0-9a-f-]{36})/)![1]!;
    await page
      .getByLabel("Choice 1")
      .selectOption({ label: "Performing Arts 2: Capacity Building Project for Performing Arts Festival Producers" });
    await page.getByLabel("Describe your organisation and your role in it").fill(`${name} runs a puppet theatre.`);
    await page.getByLabel("Years of experience in your field").fill("6");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page
      .getByLabel("The cultural project you would like to develop during the CPI")
      .fill("A puppet festival that tours schools.");
    await page.getByLabel("Your CV (PDF)").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: PDF });
    await expect(page.getByText(/Uploaded: cv\.pdf/)).toBeVisible();
    await page.getByRole("button", { name: "Save and review" }).click();
    // The wording agreed to is on the page, beside the button that agrees to it.
    await expect(page.getByText(/By submitting, I agree/)).toBeVisible();
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page.getByText("Your application has been submitted")).toBeVisible();
    const reference = (await page.getByText(/^Reference: /).innerText()).replace("Reference: ", "").trim();
    expect(reference).toMatch(/^[A-Z0-9]+-[A-Z0-9]+$/);

    const admin = await browser.newContext({ storageState: STORAGE.admin });
    const staff = await admin.newPage();
    const countsBefore = await callCounts(staff);

    // The download: JSON with the application and the consent, and a readable copy.
    await page.goto("/me");
    await page.getByRole("link", { name: "My data: download or delete" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My data" })).toBeVisible();
    await expectNoAxeViolations(page);
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download as JSON" }).click();
    const file = await (await downloading).path();
    const data = JSON.parse(await readFile(file, "utf8")) as { sections: Record<string, Record<string, unknown>[]> };
    expect(JSON.stringify(data)).toContain(reference);
    expect(data.sections.applications!.find((a) => a.id === applicationId)).toMatchObject({ reference });
    expect(data.sections.consents![0]).toMatchObject({ purpose: "application", entityId: applicationId });
    expect(data.sections.auditRowsAboutThem!.map((r) => r.action)).toContain("user.signIn");
    await page.getByRole("link", { name: "Open a readable copy" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Everything Madang holds about you" })).toBeVisible();
    await expect(page.getByText(reference).first()).toBeVisible();
    await expectNoAxeViolations(page);

    // Asking: the confirmation box must be ticked.
    await page.goto("/me/data");
    await page.getByRole("button", { name: "Ask for deletion" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Tick the box" })).toBeVisible();
    await page.getByLabel(/I understand that, once staff approve/).check();
    await page.getByRole("button", { name: "Ask for deletion" }).click();
    // The form's own note and the page the action revalidates both say what happens next; which one shows
    // depends on whether React applies the new page before the answer. The stored request is what counts.
    await expect(page.getByText(/Staff will decide and write to you\./)).toBeVisible();
    await page.reload();
    await expect(page.getByText(/^You asked for deletion on /)).toBeVisible();
    await expect(page.getByRole("button", { name: "Ask for deletion" })).toHaveCount(0);

    // An administrator approves, after a confirmation.
    await staff.goto("/admin/privacy");
    const request = staff.getByRole("listitem").filter({ hasText: email });
    await expect(request).toContainText(name);
    await expectNoAxeViolations(staff);
    await request.getByRole("button", { name: `Approve deletion of ${name}` }).click();
    await request.getByRole("button", { name: "Yes, anonymise" }).click();
    await expect(staff.getByRole("listitem").filter({ hasText: email })).toHaveCount(0);
    await expect(staff.getByText(/Approved by .*: Deleted person/).first()).toBeVisible();

    // The name is on no page staff or reviewers read, and the call's figures are what they were.
    const pages = [
      `/admin/calls/${CALL}/applications?q=${encodeURIComponent(reference)}`,
      `/admin/calls/${CALL}/applications/${applicationId}`,
      `/admin/calls/${CALL}/applications`,
      `/admin/calls/${CALL}/review`,
      `/admin/calls/${CALL}/ranking`,
      `/admin/reports/calls/${CALL}`,
      "/admin/privacy",
      "/admin/roster",
      "/admin/alumni",
      `/admin/outbox?to=${encodeURIComponent(email)}`,
      `/admin/audit?record=${encodeURIComponent(`application:${applicationId}`)}`,
    ];
    for (const path of pages) {
      const response = await staff.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(staff.locator("body"), path).not.toContainText(name);
      await expect(staff.locator("body"), path).not.toContainText("Privacytest");
    }
    await staff.goto(`/admin/calls/${CALL}/applications?q=${encodeURIComponent(reference)}`);
    await expect(staff.getByRole("row").filter({ hasText: reference })).toContainText("Deleted person");
    expect(await callCounts(staff)).toBe(countsBefore);
    await admin.close();

    // The account is closed: the old cookie opens nothing and the password no longer signs in.
    await page.goto("/me");
    await expect(page).toHaveURL(/\/sign-in/);
    const signIn = await page.request.post("/api/account/sign-in", { data: { email, password: PASSWORD } });
    expect(signIn.status()).toBe(401);
  });
});

test.describe("the audit log @security", () => {
  test("an administrator reads a record's history and filters by person and action; others are refused @security", async ({
    browser,
  }) => {
    const admin = await browser.newContext({ storageState: STORAGE.admin });
    const page = await admin.newPage();
    await page.goto(`/admin/calls/${CALL}`);
    await page.getByRole("link", { name: "History" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await expect(page.getByLabel("Record (type:id)")).toHaveValue(`call:${CALL}`);
    await expectNoAxeViolations(page);

    // Every sign-in is recorded: the administrator's own is in their history, with its zone.
    await page.goto("/admin/audit");
    await page.getByLabel("Person (email or id)").fill("admin@madang.test");
    await page.getByLabel("Action").selectOption("user.signIn");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/person=admin%40madang\.test/);
    const rows = page.getByRole("row").filter({ hasText: "user.signIn" });
    await expect(rows.first()).toBeVisible();
    await expect(rows.first()).toContainText(/UTC|GMT/);
    await expect(page.getByRole("row").filter({ hasText: "profile.update" })).toHaveCount(0);
    await admin.close();

    // A programme manager and an applicant are refused, and see none of the log.
    for (const who of ["manager@madang.test", "applicant@madang.test"]) {
      const context = await browser.newContext();
      const other = await context.newPage();
      await signInThroughForm(other, who);
      const response = await other.goto("/admin/audit");
      expect([403, 404], who).toContain(response?.status());
      await expect(other.getByText("user.signIn")).toHaveCount(0);
      await context.close();
    }
  });
});
