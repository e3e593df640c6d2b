import { expect, test, type Browser } from "@playwright/test";
import { generate as generateAt } from "otplib";
import { now } from "../lib/time/clock";
import { DEMO_PASSWORD, expectNoAxeViolations, signInThroughForm } from "./fixtures";

/** The code an authenticator shows at the app's "now" (lib/time/clock.ts), which a test may shift. */
const generate = (options: { secret: string }) => generateAt({ ...options, epoch: Math.floor(now().getTime() / 1000) });

const ADMIN = "admin@madang.test";

/** Waits for the next 30-second step, so a fresh code is not the one already used (each step is accepted once). */
async function nextStep() {
  const ms = 30_000 - (Date.now() % 30_000) + 1_000;
  await new Promise((resolve) => setTimeout(resolve, ms));
}

async function signInWithCode(browser: Browser, code: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ADMIN);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Authentication code")).toBeVisible();
  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
  return { context, page };
}

test.describe("two-factor sign-in for staff @accounts", () => {
  // The demo administrator is shared with other journeys: whatever happens, two-factor is turned off again.
  let secret = "";
  let recovery: string[] = [];
  test.afterAll(async ({ browser }) => {
    if (!secret) return;
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.request.post("/api/account/sign-in", {
      data: { email: ADMIN, password: DEMO_PASSWORD },
    });
    if (response.status() === 401 && (await response.json()).fieldErrors?.code) {
      const spare = recovery.at(-1);
      if (!spare) await nextStep();
      const code = spare ?? (await generate({ secret }));
      expect(
        (
          await page.request.post("/api/account/sign-in", { data: { email: ADMIN, password: DEMO_PASSWORD, code } })
        ).status(),
      ).toBe(200);
      await page.goto("/me/security/two-factor");
      await page.getByLabel("Current password").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Turn off two-factor sign-in" }).click();
      await expect(page.getByText("Two-factor sign-in is off.")).toBeVisible();
    }
    await context.close();
  });

  test("an administrator enrols, signs in with a code computed from the secret shown, then with a recovery code once", async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000);
    await signInThroughForm(page, ADMIN);
    await page.goto("/me/security");
    await page.getByRole("link", { name: "Set up two-factor sign-in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Two-factor sign-in" })).toBeVisible();
    await page.getByRole("button", { name: "Start setting up" }).click();
    await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
    secret = (await page.getByTestId("totp-secret").textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expectNoAxeViolations(page);
    await page.getByLabel("Code from the app").fill("000000");
    await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "That code is not right" })).toBeVisible();
    await page.getByLabel("Code from the app").fill(await generate({ secret }));
    await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    const codes = page.getByRole("list", { name: "Your recovery codes" }).getByRole("listitem");
    await expect(codes).toHaveCount(10);
    recovery = (await codes.allTextContents()).map((c) => c.trim());

    // A sign-in now asks for the code; the password alone opens nothing.
    const bare = await page.request.post("/api/account/sign-in", { data: { email: ADMIN, password: DEMO_PASSWORD } });
    expect(bare.status()).toBe(401);
    await nextStep();
    const withCode = await signInWithCode(browser, await generate({ secret }));
    await expect(withCode.page.getByRole("heading", { level: 1, name: "My space" })).toBeVisible();
    await withCode.context.close();

    const [first] = recovery;
    const withRecovery = await signInWithCode(browser, first!);
    await expect(withRecovery.page.getByRole("heading", { level: 1, name: "My space" })).toBeVisible();
    await withRecovery.context.close();
    const reused = await signInWithCode(browser, first!);
    await expect(reused.page.getByText(/That code is not right/).first()).toBeVisible();
    await reused.context.close();

    // Turned off again, so the other journeys sign in as before.
    await page.goto("/me/security/two-factor");
    await page.getByLabel("Current password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Turn off two-factor sign-in" }).click();
    await expect(page.getByText("Two-factor sign-in is off.")).toBeVisible();
    secret = "";
  });
});
