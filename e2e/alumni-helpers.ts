import type { Browser } from "@playwright/test";
import { NETWORK_COLLEAGUE } from "../db/seed/network-personas";
import { signInThroughForm } from "./fixtures";

export const ALUMNA = {
  email: "alumnus@madang.test",
  name: "Aigerim Sadykova",
  organisation: "Almaty Puppet Theatre",
} as const;
/** A second seeded alumna (CPI 2023); db/seed/network.test.ts keeps this in step with the seed. */
export const COLLEAGUE = NETWORK_COLLEAGUE;

/** A fresh browser context signed in as someone: each person in a journey has their own cookies. */
export async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInThroughForm(page, email);
  return { context, page };
}
