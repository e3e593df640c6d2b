import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { SEED_IDS } from "../db/seed/ids";
import { linkFromOutbox, uniqueEmail } from "./fixtures";

export const PASSWORD = "a long enough password";
export const CPI_CALL = `/calls/${SEED_IDS.cpi2027Call}`;
export const ADMINISTRATORS_CALL = `/calls/${SEED_IDS.cpi2027AdministratorsCall}`;

/**
 * A new account with its address confirmed, signed in in this page's context, through the endpoints the
 * sign-up, confirmation and sign-in pages post to (the confirmation link read from the outbox).
 */
export async function signUpFresh(page: Page, prefix: string, name: string): Promise<string> {
  const email = uniqueEmail(prefix);
  const response = await page.request.post("/api/account/sign-up", { data: { name, email, password: PASSWORD } });
  expect(response.status()).toBe(202);
  const link = await linkFromOutbox(email, "/verify-email");
  expect(
    (
      await page.request.post("/api/account/verify-email", {
        data: { token: new URL(link, "http://x").searchParams.get("token") },
      })
    ).status(),
  ).toBe(200);
  expect((await page.request.post("/api/account/sign-in", { data: { email, password: PASSWORD } })).status()).toBe(200);
  return email;
}

/** Fills the profile form as a person would; returns to the page `next` names. */
export async function fillProfile(
  page: Page,
  options: { nationality: string; residence?: string; next?: string; gender?: string; genderOther?: string },
) {
  await page.goto(`/me/profile${options.next ? `?next=${encodeURIComponent(options.next)}` : ""}`);
  await page.getByLabel(options.gender ?? "Woman", { exact: true }).check();
  if (options.genderOther) await page.getByLabel("Your own description").fill(options.genderOther);
  await page.getByLabel("Nationality").selectOption({ label: options.nationality });
  await page.getByLabel("Country of residence").selectOption({ label: options.residence ?? options.nationality });
  await page.getByLabel("Organisation").fill("Centre for Living Arts");
  await page.getByLabel("Position").fill("Programme director");
  await page.getByLabel("Field of work").fill("Performing arts");
  await page.getByLabel("Languages").fill("English, French");
  await page.getByLabel("Years of experience").fill("8");
  await page.getByRole("button", { name: "Save profile" }).click();
  if (options.next) await expect(page).toHaveURL(new RegExp(`${options.next.replace(/[/]/g, "\\/")}$`));
  else await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();
}

/** Starts an application from the call's page and returns its id. */
export async function startApplication(page: Page, callPath: string): Promise<string> {
  await page.goto(callPath);
  await page.getByRole("button", { name: "Start application" }).click();
  await expect(page).toHaveURL(/\/me\/applications\/[0-9a-f-]{36}/);
  return page.url().match(/applications\/([0-9a-f-]{36})/)![1]!;
}

export const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
// The first bytes of a Windows program ("MZ" header), whatever name it is given.
export const EXE = Buffer.concat([
  Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]),
  Buffer.alloc(200, 0),
]);

export async function uploadThroughApi(
  request: APIRequestContext,
  applicationId: string,
  questionId: string,
  name: string,
  buffer: Buffer,
) {
  return request.post(`/api/applications/${applicationId}/files/${questionId}`, {
    multipart: { file: { name, mimeType: "application/pdf", buffer } },
  });
}
