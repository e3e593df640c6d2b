import { expect, test } from "@playwright/test";
import { ALUMNA, signedIn } from "./alumni-helpers";

test.describe("local times in a zone @truth", () => {
  test("a form names the zone of a typed time and warns when the zone skips or repeats it", async ({ browser }) => {
    const { page } = await signedIn(browser, ALUMNA.email);
    await page.goto("/alumni/posts/new");
    await page.getByLabel("Kind of post").selectOption("event");
    await page.getByLabel("Time zone").selectOption("America/New_York");
    await expect(page.getByText("Time in America/New_York", { exact: true })).toBeVisible();

    // 02:30 on 14 March 2027 never happens in New York: the clocks jump from 02:00 to 03:00.
    await page.getByLabel("Starts").fill("2027-03-14T02:30");
    await expect(page.getByText("Time in America/New_York (EDT)")).toBeVisible();
    await expect(
      page.getByRole("status").filter({ hasText: "02:30 on 2027-03-14 does not exist in America/New_York" }),
    ).toContainText("It will be read as 03:30.");

    // 02:30 on 31 October 2027 happens twice in Paris.
    await page.getByLabel("Time zone").selectOption("Europe/Paris");
    await page.getByLabel("Starts").fill("2027-10-31T02:30");
    await expect(
      page.getByRole("status").filter({ hasText: "02:30 on 2027-10-31 happens twice in Europe/Paris" }),
    ).toContainText("The first of the two is used.");

    // An ordinary time: the zone is named, and nothing is announced.
    await page.getByLabel("Starts").fill("2027-10-31T10:00");
    await expect(page.getByText("Time in Europe/Paris (GMT+1)")).toBeVisible();
    await expect(page.getByText("happens twice")).toHaveCount(0);
  });
});
