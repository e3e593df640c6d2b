import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { signUpFresh, PASSWORD } from "./applications-helpers";
import { expectNoAxeViolations, linkFromOutbox, signInThroughForm } from "./fixtures";

/** A second browser holding a copy of the first one's cookies, as a thief of the cookie would. */
async function copyOf(browser: Browser, context: BrowserContext): Promise<BrowserContext> {
  const thief = await browser.newContext();
  await thief.addCookies(await context.cookies());
  return thief;
}

test.describe("sessions that end @accounts", () => {
  test("Auth.js's own credentials endpoint opens no session with an email and password (no way around the checks)", async ({
    page,
  }) => {
    const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
    await page.request.post("/api/auth/callback/credentials", {
      form: {
        csrfToken,
        email: "applicant@madang.test",
        password: "madang-demo-2026",
        grant: "not-a-grant-that-was-ever-issued",
      },
      maxRedirects: 0,
    });
    expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
    await page.goto("/me");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  });

  test("after sign-out, a copy of the old cookie no longer opens /me", async ({ page, context, browser }) => {
    await signUpFresh(page, "stale-cookie", "Leila Haddad");
    const thief = await copyOf(browser, context);
    const stolen = await thief.newPage();
    await stolen.goto("/me");
    await expect(stolen.getByRole("heading", { level: 1, name: "My space" })).toBeVisible();

    await page.goto("/me");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

    await stolen.goto("/me");
    await expect(stolen).toHaveURL(/\/sign-in\?callbackUrl=/);
    expect((await stolen.request.get("/api/auth/session")).ok()).toBe(true);
    expect(await (await stolen.request.get("/api/auth/session")).json()).toBeNull();
    await thief.close();
  });

  test("forgot password → reset by the emailed link → the other browser and a copied cookie are signed out", async ({
    page,
    context,
    browser,
  }) => {
    test.setTimeout(120_000);
    const email = await signUpFresh(page, "forgot", "Tupac Quispe");
    await page.goto("/me");
    await expect(page.getByRole("heading", { level: 1, name: "My space" })).toBeVisible();
    const thief = await copyOf(browser, context);

    // On another device, signed out, the owner asks for a reset link.
    const device = await browser.newContext();
    const phone = await device.newPage();
    await phone.goto("/sign-in");
    await phone.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(phone.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
    await expectNoAxeViolations(phone);
    await phone.getByLabel("Email").fill(email);
    await phone.getByRole("button", { name: "Email me a link" }).click();
    await expect(phone.getByRole("status")).toHaveText(
      "If an account uses this address, we have sent it a link. Check your email.",
    );
    // An unknown address gets the very same answer.
    const unknown = await phone.request.post("/api/account/forgot-password", {
      data: { email: "nobody-at-all@example.org" },
    });
    const known = await phone.request.post("/api/account/forgot-password", { data: { email } });
    expect([unknown.status(), await unknown.json()]).toEqual([known.status(), await known.json()]);

    await phone.goto(await linkFromOutbox(email, "/reset-password"));
    await expect(phone.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
    await phone.getByLabel("New password", { exact: true }).fill("password123");
    await phone.getByLabel("New password again").fill("password123");
    await phone.getByRole("button", { name: "Set the new password" }).click();
    await expect(phone.getByText(/on the lists of common and leaked passwords/).first()).toBeVisible();
    await phone.getByLabel("New password", { exact: true }).fill("quiet river lantern");
    await phone.getByLabel("New password again").fill("quiet river lantern");
    await phone.getByRole("button", { name: "Set the new password" }).click();
    await expect(
      phone.getByRole("status").filter({ hasText: "Your password was changed and every device was signed out." }),
    ).toBeVisible();
    await signInThroughForm(phone, email, "quiet river lantern");

    // The first browser and the copied cookie are both signed out; the old password opens nothing.
    await page.goto("/me");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    const stolen = await thief.newPage();
    await stolen.goto("/me");
    await expect(stolen).toHaveURL(/\/sign-in\?callbackUrl=/);
    expect((await page.request.post("/api/account/sign-in", { data: { email, password: PASSWORD } })).status()).toBe(
      401,
    );

    // The recent sign-ins list the ended sessions and this one.
    await phone.goto("/me/security");
    await expect(phone.getByRole("heading", { level: 1, name: "Sign-in and security" })).toBeVisible();
    const signIns = phone.getByRole("table");
    await expect(signIns.getByRole("row").filter({ hasText: "This device" })).toHaveCount(1);
    await expect(signIns.getByRole("row").filter({ hasText: "Ended" }).first()).toBeVisible();
    await expectNoAxeViolations(phone);
    await thief.close();
    await device.close();
  });

  test("changing the password keeps this browser signed in and signs out everywhere else; 'sign out everywhere' ends them all", async ({
    page,
    context,
    browser,
  }) => {
    const email = await signUpFresh(page, "change", "Ana Lima");
    const thief = await copyOf(browser, context);
    await page.goto("/me/security");
    await page.getByLabel("Current password").fill(PASSWORD);
    await page.getByLabel("New password", { exact: true }).fill("amber kite meadow");
    await page.getByLabel("New password again").fill("amber kite meadow");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your password was changed." })).toBeVisible();
    const stolen = await thief.newPage();
    await stolen.goto("/me");
    await expect(stolen).toHaveURL(/\/sign-in\?callbackUrl=/);
    await page.goto("/me");
    await expect(page.getByRole("heading", { level: 1, name: "My space" })).toBeVisible();

    // The notice of the change went to the owner.
    const second = await browser.newContext();
    const other = await second.newPage();
    await signInThroughForm(other, email, "amber kite meadow");
    await page.goto("/me/security");
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await other.goto("/me");
    await expect(other).toHaveURL(/\/sign-in\?callbackUrl=/);
    await second.close();
    await thief.close();
  });
});
