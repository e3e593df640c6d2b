import { expect, test } from "@playwright/test";
import { SEED_IDS, SEED_SLUGS, seedUuid } from "../db/seed/ids";
import { expectNoAxeViolations, signInThroughForm, STORAGE } from "./fixtures";

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

  test("a track run with two partner organisations lists both, for staff and for the partner", async ({ browser }) => {
    const admin = await (await browser.newContext({ storageState: STORAGE.admin })).newPage();
    const asean = seedUuid(`programme:${SEED_SLUGS.asean}`);
    await admin.goto(`/admin/programmes/${asean}/cohorts/${SEED_IDS.aseanCohort}`);
    const title = `Children's books ${Date.now().toString(36)}`;
    const add = admin.getByRole("form", { name: "Add track" });
    await add.getByLabel("Track title").fill(title);
    await add.getByRole("group", { name: "Partner organisations" }).getByLabel("EDCN", { exact: true }).check();
    await add.getByRole("button", { name: "Add track" }).click();
    await expect(admin.getByText(`${title} — General · with EDCN`)).toBeVisible();

    // The second partner is added by editing the track.
    await admin.getByText(`Edit track ${title}`).click();
    const edit = admin.getByRole("form", { name: `Edit track ${title}` });
    const partners = edit.getByRole("group", { name: "Partner organisations" });
    await expect(partners.getByLabel("EDCN", { exact: true })).toBeChecked();
    await partners.getByLabel("Plan Education", { exact: true }).check();
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit.getByText("Saved.")).toBeVisible();
    await expect(admin.getByText(`${title} — General · with EDCN, Plan Education`)).toBeVisible();
    await expectNoAxeViolations(admin);

    // Removed again, so the seeded edition stays as the other journeys expect it.
    admin.once("dialog", (d) => void d.accept());
    await admin.getByRole("button", { name: `Remove track ${title}` }).click();
    await expect(admin.getByText(`${title} — General`)).toHaveCount(0);
    await admin.context().close();
  });

  test("the partner view names both partners of CPI 2023's Publication section", async ({ page }) => {
    await signInThroughForm(page, "partner@madang.test");
    await page.goto(`/partner/programmes/${seedUuid(`programme:${SEED_SLUGS.cpi}`)}`);
    const edition = page.getByRole("region", { name: "CPI 2023" });
    await expect(
      edition.getByText(/^Publication: .* — General · with EDCN, Plan Education · \d+ participants$/),
    ).toBeVisible();
    // The partner acts for BIMF: its own section is marked, the Publication section is not.
    await expect(
      edition.getByText(
        /^Performing Arts 1: .* · with Busan International Magic Festival · your organisation is a partner · /,
      ),
    ).toBeVisible();
  });
});
