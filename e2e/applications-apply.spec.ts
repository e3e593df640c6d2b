import { expect, test } from "@playwright/test";
import { SEED_IDS } from "../db/seed/ids";
import { expectNoAxeViolations, signInThroughForm, STORAGE } from "./fixtures";
import { shownMoment, storyTime } from "./story-dates";
import {
  ADMINISTRATORS_CALL,
  CPI_CALL,
  EXE,
  fillProfile,
  PASSWORD,
  PDF,
  signUpFresh,
  startApplication,
  uploadThroughApi,
} from "./applications-helpers";

// Question ids of the seeded CPI 2027 form (db/seed/calls.ts, which loads country data and so stays out of the runner).
const CPI_2027_QUESTIONS = { years: "years_in_field", cv: "cv" } as const;
const CPI_TITLE = "CPI 2027 Cultural Experts Training Program: call for applications";

test.describe("applying to a call @applications", () => {
  test("an applicant fills the two-page form over two visits, uploads a PDF, submits and gets the confirmation email", async ({
    page,
    browser,
  }) => {
    const email = await signUpFresh(page, "two-visits", "Kwame Mensah");
    await page.goto("/");
    await page.getByRole("link", { name: CPI_TITLE }).click();
    await expect(page.getByRole("heading", { level: 1, name: CPI_TITLE })).toBeVisible();
    await expect(page.getByText(/Asia\/Seoul/).first()).toBeVisible();
    await expectNoAxeViolations(page);

    // Eligibility is decided from the profile, before anything is written.
    await page.getByRole("link", { name: "Complete your profile first" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
    await expectNoAxeViolations(page);
    await fillProfile(page, {
      nationality: "Ghana",
      gender: "Another description",
      genderOther: "Two-spirit",
      next: CPI_CALL,
    });
    await page.getByRole("button", { name: "Start application" }).click();
    await expect(page).toHaveURL(/\/me\/applications\/[0-9a-f-]{36}$/);

    // Visit 1: page 1, autosaved. The deadline also in the reader's own zone, made in a Web Worker
    // (components/calls/local-time.tsx).
    await expect(page.getByText("Page 1 of 2")).toBeVisible();
    await expect(page.getByText(/^Your time: .+ \(.+\)$/)).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Progress" })).toHaveAttribute("aria-valuenow", "0");
    await page
      .getByLabel("Choice 1")
      .selectOption({ label: "Performing Arts 2: Capacity Building Project for Performing Arts Festival Producers" });
    await page
      .getByLabel("Describe your organisation and your role in it")
      .fill("We run a street theatre festival in Kumasi; I programme it.");
    await page.getByLabel("Years of experience in your field").fill("8");
    await expect(page.getByRole("status").filter({ hasText: /Saved at/ })).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Progress" })).toHaveAttribute("aria-valuenow", "67");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

    // Visit 2: the draft survived sign-out.
    await signInThroughForm(page, email, PASSWORD);
    await page.goto("/me");
    await page.getByRole("link", { name: CPI_TITLE }).click();
    await expect(page.getByLabel("Describe your organisation and your role in it")).toHaveValue(
      "We run a street theatre festival in Kumasi; I programme it.",
    );
    await expect(page.getByLabel("Years of experience in your field")).toHaveValue("8");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByText("Page 2 of 2")).toBeVisible();
    await page
      .getByLabel("The cultural project you would like to develop during the CPI")
      .fill("A touring festival of West African street theatre, co-produced with Korean festival producers.");

    // A renamed program is refused by its content; a real PDF is accepted.
    await page.getByLabel("Your CV (PDF)").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: EXE });
    await expect(page.getByRole("alert").filter({ hasText: "This file is a program, not a PDF" })).toBeVisible();
    await page.getByLabel("Your CV (PDF)").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: PDF });
    await expect(page.getByText(/Uploaded: cv\.pdf/)).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "This file is a program" })).toHaveCount(0);

    await page.getByRole("button", { name: "Save and review" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Review your application" })).toBeVisible();
    await expect(page.getByText("A touring festival of West African street theatre", { exact: false })).toBeVisible();
    await expect(page.getByRole("link", { name: /cv\.pdf/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page.getByText("Your application has been submitted")).toBeVisible();
    await expect(page.getByText(/Thank you for applying to CPI 2027/)).toBeVisible();
    await expectNoAxeViolations(page);

    // The confirmation email is in the outbox.
    const admin = await browser.newContext({ storageState: STORAGE.admin });
    const adminPage = await admin.newPage();
    await adminPage.goto(`/admin/outbox?to=${encodeURIComponent(email)}`);
    await expect(adminPage.getByText(`Application received: ${CPI_TITLE}`)).toBeVisible();
    await admin.close();

    // The applicant can still withdraw, with a reason that stays in the history.
    await page.getByRole("button", { name: "Withdraw application" }).click();
    await page.getByLabel("Why are you withdrawing? (optional)").fill("I got a job abroad.");
    await page.getByRole("button", { name: "Yes, withdraw it" }).click();
    await expect(page.getByText("This application has been withdrawn.")).toBeVisible();
    await expect(page.getByText(/withdrawn \(I got a job abroad\.\)/)).toBeVisible();
  });

  test("a stale save from a second tab is refused, and the newer answer stays", async ({ page, context }) => {
    await signUpFresh(page, "two-tabs", "Lucía Fernández");
    await fillProfile(page, { nationality: "Argentina" });
    const id = await startApplication(page, CPI_CALL);
    // The form fits a phone: nothing wider than 375 px.
    await page.setViewportSize({ width: 375, height: 800 });
    await expect(page.getByText("Page 1 of 2")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const second = await context.newPage();
    await second.goto(`/me/applications/${id}`);

    await page.getByLabel("Describe your organisation and your role in it").fill("Written in the first tab.");
    await expect(page.getByRole("status").filter({ hasText: /Saved at/ })).toBeVisible();

    await second.getByLabel("Describe your organisation and your role in it").fill("Written in the second, older tab.");
    await expect(second.getByRole("alert").filter({ hasText: "changed in another tab or window" })).toBeVisible();
    await expect(second.getByRole("alert").filter({ hasText: "nothing was overwritten" })).toBeVisible();

    await second.reload();
    await expect(second.getByLabel("Describe your organisation and your role in it")).toHaveValue(
      "Written in the first tab.",
    );
  });

  test("when the server cannot be reached, the form says so in the reader's language and keeps the answer", async ({
    page,
  }) => {
    await signUpFresh(page, "offline", "Aminata Diallo");
    await fillProfile(page, { nationality: "Senegal" });
    const id = await startApplication(page, CPI_CALL);
    // She reads French: the header's language switcher, as a visitor would use it.
    await page.getByLabel("Language").selectOption({ label: "Français" });
    await page.getByRole("button", { name: "Change" }).click();
    await expect(page.getByText("Page 1 sur 2")).toBeVisible();

    // The connection drops: every save fails before it reaches the server.
    const saves = `**/api/applications/${id}`;
    await page.route(saves, (route) => (route.request().method() === "PUT" ? route.abort() : route.continue()));
    const answer = page.getByLabel("Describe your organisation and your role in it");
    await answer.fill("Écrit hors ligne.");
    await expect(
      page
        .getByRole("alert")
        .filter({ hasText: "Impossible de joindre le serveur. Vos modifications sont conservées ici" }),
    ).toBeVisible();
    await expect(answer).toHaveValue("Écrit hors ligne.");

    // Back online, the next change is saved, and what she wrote is there after a reload.
    await page.unroute(saves);
    await answer.fill("Écrit hors ligne, puis enregistré.");
    await expect(page.getByRole("status").filter({ hasText: /Enregistré à/ })).toBeVisible();
    await page.reload();
    await expect(answer).toHaveValue("Écrit hors ligne, puis enregistré.");
  });

  test.describe("with a draft in a call whose deadline has passed", () => {
    test.use({ storageState: STORAGE.applicant });

    test("submitting is refused with a clear message", async ({ page }) => {
      const id = SEED_IDS.applicantMentorsDraft;
      await page.goto("/me");
      await page.getByRole("link", { name: "CPI 2027 peer mentors: expressions of interest" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "The deadline has passed" })).toBeVisible();
      await page.goto(`/me/applications/${id}/review`);
      await expect(page.getByRole("alert").filter({ hasText: "The deadline has passed" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Submit application" })).toHaveCount(0);

      // The server refuses it too, whatever the page shows.
      const response = await page.request.post(`/api/applications/${id}/submit`, { data: { version: 1 } });
      expect(response.status()).toBe(422);
      expect((await response.json()).formError).toBe(
        `The deadline for this call was ${shownMoment(storyTime("2026-11-10 18:00"))}. Applications can no longer be submitted.`,
      );
    });
  });

  test("another applicant can open neither the application nor its file, by URL or by calling the endpoints", async ({
    page,
    browser,
  }) => {
    await signUpFresh(page, "owner", "Owner Person");
    await fillProfile(page, { nationality: "Kenya" });
    const id = await startApplication(page, CPI_CALL);
    const uploaded = await uploadThroughApi(page.request, id, CPI_2027_QUESTIONS.cv, "cv.pdf", PDF);
    expect(uploaded.status()).toBe(201);
    expect((await page.request.get(`/api/applications/${id}/files/${CPI_2027_QUESTIONS.cv}`)).status()).toBe(200);

    const other = await browser.newContext();
    const intruder = await other.newPage();
    await signUpFresh(intruder, "intruder", "Someone Else");
    const pageResponse = await intruder.goto(`/me/applications/${id}`);
    expect(pageResponse?.status()).toBe(404);
    expect((await intruder.goto(`/me/applications/${id}/review`))?.status()).toBe(404);
    expect((await intruder.request.get(`/api/applications/${id}/files/${CPI_2027_QUESTIONS.cv}`)).status()).toBe(404);
    expect(
      (
        await intruder.request.put(`/api/applications/${id}`, {
          data: { version: 1, answers: { [CPI_2027_QUESTIONS.years]: 1 } },
        })
      ).status(),
    ).toBe(404);
    expect((await intruder.request.post(`/api/applications/${id}/submit`, { data: { version: 1 } })).status()).toBe(
      404,
    );
    expect((await intruder.request.post(`/api/applications/${id}/withdraw`, { data: { version: 1 } })).status()).toBe(
      404,
    );
    expect((await uploadThroughApi(intruder.request, id, CPI_2027_QUESTIONS.cv, "mine.pdf", PDF)).status()).toBe(404);
    await other.close();

    // The owner's draft is untouched.
    await page.goto(`/me/applications/${id}`);
    await expect(page.getByLabel("Years of experience in your field")).toHaveValue("");
  });

  test("an applicant whose nationality is not eligible is told why before writing anything", async ({ page }) => {
    await signUpFresh(page, "ineligible", "Claire Dubois");
    await fillProfile(page, { nationality: "France" });
    await page.goto(ADMINISTRATORS_CALL);
    await expect(page.getByRole("heading", { name: "You are not eligible for this call" })).toBeVisible();
    await expect(
      page.getByText(
        "This call is open to applicants whose nationality is in Asia and the Pacific; your nationality is France.",
      ),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Start application" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
