import { test as setup } from "@playwright/test";
import { signInThroughForm, STORAGE } from "./fixtures";

// One sign-in per persona, saved for the journeys that start signed in.
setup("sign in as the administrator", async ({ page }) => {
  await signInThroughForm(page, "admin@madang.test");
  await page.context().storageState({ path: STORAGE.admin });
});

setup("sign in as an applicant", async ({ page }) => {
  await signInThroughForm(page, "applicant@madang.test");
  await page.context().storageState({ path: STORAGE.applicant });
});
