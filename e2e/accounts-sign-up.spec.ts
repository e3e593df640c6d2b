import { expect, test, type Page } from "@playwright/test";
import { PDF } from "./applications-helpers";
import { expectNoAxeViolations, STORAGE, uniqueEmail } from "./fixtures";

const CPI_TITLE = "CPI 2027 Cultural Experts Training Program: call for applications";
const PASSWORD = "saffron lantern orbit";

/** Reads the newest link to `path` in the messages to `to`, the way staff would on /admin/outbox. */
async function linkInOutbox(admin: Page, to: string, subject: string, path: string): Promise<string> {
  await admin.goto(`/admin/outbox?to=${encodeURIComponent(to)}`);
  const message = admin.getByRole("listitem").filter({ hasText: subject }).first();
  await message.getByText(subject).click();
  const link = (await message.textContent())?.match(
    new RegExp(`https?://\\S+${path.replace("?", "\\?")}\\?token=[\\w-]+`),
  )?.[0];
  expect(link, `a ${path} link in "${subject}"`).toBeTruthy();
  const url = new URL(link!);
  return `${url.pathname}${url.search}`;
}

test.describe("signing up @accounts", () => {
  test("a visitor signs up, drafts, cannot submit until the address is confirmed by the link from the outbox, then applies", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const email = uniqueEmail("verify-me");
    await page.goto("/sign-up");
    await page.getByLabel("Full name").fill("Efua Asante");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    await expectNoAxeViolations(page);

    // Signed in, still unconfirmed: the draft is kept, the submission is refused.
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My space" })).toBeVisible();
    await page.goto("/me/profile");
    await page.getByLabel("Woman", { exact: true }).check();
    await page.getByLabel("Nationality").selectOption({ label: "Ghana" });
    await page.getByLabel("Country of residence").selectOption({ label: "Ghana" });
    await page.getByLabel("Organisation").fill("Accra Street Arts");
    await page.getByLabel("Position").fill("Director");
    await page.getByLabel("Field of work").fill("Performing arts");
    await page.getByLabel("Languages").fill("English");
    await page.getByLabel("Years of experience").fill("6");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();

    await page.goto("/");
    await page.getByRole("link", { name: CPI_TITLE }).click();
    await page.getByRole("button", { name: "Start application" }).click();
    await expect(page).toHaveURL(/\/me\/applications\/[0-9a-f-]{36}$/);
    await page
      .getByLabel("Choice 1")
      .selectOption({ label: "Performing Arts 2: Capacity Building Project for Performing Arts Festival Producers" });
    await page
      .getByLabel("Describe your organisation and your role in it")
      .fill("We run a street arts festival in Accra; I direct it.");
    await page.getByLabel("Years of experience in your field").fill("6");
    await expect(page.getByRole("status").filter({ hasText: /Saved at/ })).toBeVisible();
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page
      .getByLabel("The cultural project you would like to develop during the CPI")
      .fill("A West African street arts exchange with Korean festival producers.");
    await page.getByLabel("Your CV (PDF)").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: PDF });
    await expect(page.getByText(/Uploaded: cv\.pdf/)).toBeVisible();
    await page.getByRole("button", { name: "Save and review" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Review your application" })).toBeVisible();
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Confirm your email address before you submit" }),
    ).toBeVisible();
    const reviewUrl = page.url();

    // The confirmation link, read from the outbox by the programme office's administrator.
    const admin = await browser.newContext({ storageState: STORAGE.admin });
    const link = await linkInOutbox(
      await admin.newPage(),
      email,
      "Confirm your email address for Madang",
      "/verify-email",
    );
    await admin.close();

    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Confirm your email address" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Confirm my address" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your address is confirmed." })).toBeVisible();
    // The link works once.
    const again = await page.request.post("/api/account/verify-email", {
      data: { token: new URL(link, "http://x").searchParams.get("token") },
    });
    expect(again.status()).toBe(400);

    await page.goto(reviewUrl);
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page.getByText("Your application has been submitted")).toBeVisible();
  });

  test("sign-up answers exactly the same for an address with an account and a new one, and signs nobody in", async ({
    playwright,
  }) => {
    const api = await playwright.request.newContext({ baseURL: `http://localhost:${process.env.E2E_PORT ?? "3100"}` });
    const known = await api.post("/api/account/sign-up", {
      data: { name: "Someone Else", email: "applicant@madang.test", password: PASSWORD },
    });
    const fresh = await api.post("/api/account/sign-up", {
      data: { name: "Someone Else", email: uniqueEmail("enumeration"), password: PASSWORD },
    });
    expect(known.status()).toBe(202);
    expect(fresh.status()).toBe(known.status());
    expect(await known.json()).toEqual(await fresh.json());
    for (const response of [known, fresh])
      expect(response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie")).toEqual([]);
    expect((await api.storageState()).cookies).toEqual([]);
    await api.dispose();

    // The owner of the known address is told, and can sign in or reset.
    const admin = await playwright.request.newContext({
      baseURL: `http://localhost:${process.env.E2E_PORT ?? "3100"}`,
      storageState: STORAGE.admin,
    });
    const outbox = await (await admin.get(`/admin/outbox?to=${encodeURIComponent("applicant@madang.test")}`)).text();
    expect(outbox).toContain("Someone tried to create a Madang account with your address");
    await admin.dispose();
  });
});
