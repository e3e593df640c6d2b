import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, uniqueEmail } from "./fixtures";

test.describe("accounts @foundation", () => {
  test("a visitor signs up, signs out and signs in again", async ({ page }) => {
    const email = uniqueEmail("new-applicant");
    await page.goto("/");
    await page.getByRole("link", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Full name").fill("Amara Okafor");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();

    // Nobody is signed in by a sign-up: the address may belong to someone else (e2e/accounts-*.spec.ts).
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    await page.getByRole("link", { name: "Sign in" }).first().click();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My space" })).toBeVisible();
    await expect(page.getByText("Welcome, Amara Okafor")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

    await page.goto("/me");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await expectNoAxeViolations(page);
    await page.getByLabel("Email").fill(email.toUpperCase());
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My space" })).toBeVisible();
  });

  test("sign-up shows every field's error and keeps what was typed", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Enter your name.")).toBeVisible();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
    await expect(page.getByLabel("Full name")).toHaveAttribute("aria-invalid", "true");

    // A server-side refusal (a password on the leaked lists) lands on its field and keeps what was typed.
    await page.getByLabel("Full name").fill("Someone Else");
    await page.getByLabel("Email").fill(uniqueEmail("weak"));
    await page.getByLabel("Password").fill("password123");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText(/on the lists of common and leaked passwords/).first()).toBeVisible();
    await expect(page.getByLabel("Full name")).toHaveValue("Someone Else");
  });

  test("a wrong password is refused with a sentence, and the email stays filled", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("reviewer@madang.test");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The email or password is not right." })).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue("reviewer@madang.test");
  });

  test("bad input to the account endpoints gets field errors and a 4xx, never a 500", async ({ request }) => {
    const payloads: unknown[] = [
      {},
      { name: "", email: "", password: "" },
      { name: 42, email: ["x"], password: null },
      { name: "x".repeat(5000), email: `${"a".repeat(300)}@example.org`, password: "p".repeat(500) },
      { name: "<img src=x onerror=alert(1)>", email: "x'; DROP TABLE users; --", password: "short" },
    ];
    for (const data of payloads) {
      const response = await request.post("/api/account/sign-up", { data });
      expect(response.status(), JSON.stringify(data).slice(0, 80)).toBe(400);
      const body = await response.json();
      expect(body.ok).toBe(false);
      expect(Object.keys(body.fieldErrors).length).toBeGreaterThan(0);
    }
    for (const data of [
      {},
      { email: "not-an-email", password: "" },
      { email: 7, password: 7 },
      { email: "' OR 1=1 --", password: "x" },
    ]) {
      const response = await request.post("/api/account/sign-in", { data });
      expect(response.status()).toBe(400);
      expect((await response.json()).fieldErrors).toBeTruthy();
    }
    const notJson = await request.post("/api/account/sign-in", {
      headers: { "content-type": "application/json" },
      data: "{not json",
    });
    expect(notJson.status()).toBe(400);
    const huge = await request.post("/api/account/sign-up", {
      data: { name: "x", email: "a@b.co", password: "y".repeat(40_000) },
    });
    expect(huge.status()).toBe(413);
    const wrong = await request.post("/api/account/sign-in", {
      data: { email: "admin@madang.test", password: "wrong password" },
    });
    expect(wrong.status()).toBe(401);
  });
});
