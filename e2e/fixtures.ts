import AxeBuilder from "@axe-core/playwright";
import { expect, request, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "madang-demo-2026";
export const STORAGE = {
  admin: "e2e/.auth/admin.json",
  applicant: "e2e/.auth/applicant.json",
} as const;

/** Signs in through the form, as a person would. */
export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** Fails with the list of violations, so a regression names the rule and the element. */
export async function expectNoAxeViolations(page: Page) {
  // Next streams a page's metadata: after a refresh the <title> can arrive a moment after the content.
  // Waiting for it keeps the check on the page as it settles (a page with no title still fails here).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
}

/**
 * The newest single-use link (path and token) mailed to an address, read at /admin/outbox as an
 * administrator. The e2e server sets MAIL_DEV_INBOX, so unsent messages show their links there.
 */
export async function linkFromOutbox(to: string, path: string): Promise<string> {
  const admin = await request.newContext({
    baseURL: `http://localhost:${process.env.E2E_PORT ?? "3100"}`,
    storageState: STORAGE.admin,
  });
  try {
    const html = await (await admin.get(`/admin/outbox?to=${encodeURIComponent(to)}`)).text();
    const token = new RegExp(`${path.replace(/[/?]/g, "\\$&")}\\?token=([\\w-]{20,})`).exec(html)?.[1];
    expect(token, `a ${path} link mailed to ${to}`).toBeTruthy();
    return `${path}?token=${token}`;
  } finally {
    await admin.dispose();
  }
}
