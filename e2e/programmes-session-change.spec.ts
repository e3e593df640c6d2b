import { expect, test } from "@playwright/test";
import { SEED_IDS, SEED_SLUGS, seedUuid } from "../db/seed/ids";
import { expectNoAxeViolations, STORAGE } from "./fixtures";
import { shownHeadingDay, shownMoment, storyDay, storyTime } from "./story-dates";

const CPI = seedUuid(`programme:${SEED_SLUGS.cpi}`);
const SESSION = "Online class: planning a cultural project";

test.describe("postponing one session tells its participants @programmes", () => {
  test.use({ storageState: STORAGE.admin });

  test("the CPI 2027 participant gets the email and the public timetable shows the new time and the reason", async ({
    page,
    browser,
  }) => {
    await page.goto(`/admin/programmes/${CPI}/cohorts/${SEED_IDS.cpi2027Cohort}/sessions`);
    await page.getByRole("link", { name: SESSION, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Edit: ${SESSION}` })).toBeVisible();
    const form = page.getByRole("form", { name: "Postpone or cancel this session" });
    await form.getByLabel("New date").fill(storyDay("2027-07-08"));
    await form.getByRole("button", { name: "Apply and notify" }).click();
    await expect(
      form.getByText("Give the new date, start and end, or none while it is to be announced."),
    ).toBeVisible();
    await form.getByLabel("Start (Asia/Seoul)").fill("19:00");
    await form.getByLabel("End (Asia/Seoul)").fill("21:00");
    await form.getByLabel(/^Reason/).fill("The speaker is ill; the class moves one day.");
    await form.getByRole("button", { name: "Apply and notify" }).click();
    await expect(page.getByText("The speaker is ill; the class moves one day.").first()).toBeVisible();
    await expect(page.getByText("Postponed", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/admin/outbox?to=participant@madang.test");
    // Newest first: on a database that already ran this journey, the latest message is this run's.
    const mail = page
      .getByRole("listitem")
      .filter({ hasText: `CPI 2027: “${SESSION}” is postponed` })
      .first();
    await expect(mail).toBeVisible();
    await mail.getByText(/is postponed/).click();
    await expect(mail).toContainText("Reason: The speaker is ill; the class moves one day.");
    await expect(mail).toContainText(`It now takes place on ${shownMoment(storyTime("2027-07-08 19:00"))}.`);

    const visitor = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
    await visitor.goto(`/programmes/${SEED_SLUGS.cpi}?edition=${SEED_IDS.cpi2027Cohort}`);
    const entry = visitor.getByRole("listitem").filter({ hasText: SESSION });
    await expect(entry).toContainText("Postponed");
    await expect(entry).toContainText("The speaker is ill; the class moves one day.");
    await expect(visitor.getByRole("heading", { name: shownHeadingDay(storyTime("2027-07-08 19:00")) })).toBeVisible();
    await visitor.context().close();
  });
});
