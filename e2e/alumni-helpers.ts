import type { Browser } from "@playwright/test";
import { networkColleague } from "../db/seed/network";
import { signInThroughForm } from "./fixtures";

export const ALUMNA = { email: "alumnus@madang.test", name: "Aigerim Sadykova", organisation: "Almaty Puppet Theatre" } as const;
/** A second seeded alumna (CPI 2023), computed from the seed so the journeys follow it if the seed changes. */
export const COLLEAGUE = { email: networkColleague().email, name: networkColleague().name } as const;

/** A fresh browser context signed in as someone: each person in a journey has their own cookies. */
export async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInThroughForm(page, email);
  return { context, page };
}
