import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, STORAGE } from "./fixtures";
import { icsUtc, storyTime } from "./story-dates";
import { ALUMNA, COLLEAGUE, signedIn } from "./alumni-helpers";

test.describe("alumni posts @alumni", () => {
  test("an alumna posts an opportunity, another RSVPs to an event and downloads its ICS, staff hide a post", async ({
    browser,
    request,
  }) => {
    const title = `Touring grants for puppet companies ${Date.now()}`;

    // The alumna posts an opportunity.
    const alumna = await signedIn(browser, ALUMNA.email);
    await alumna.page.goto("/alumni/posts");
    await alumna.page.getByRole("link", { name: "New post" }).click();
    await expect(alumna.page.getByRole("heading", { level: 1, name: "New post" })).toBeVisible();
    await alumna.page.getByLabel("Kind of post").selectOption("opportunity");
    await alumna.page.getByRole("button", { name: "Publish" }).click();
    await expect(
      alumna.page.getByText("Say whether this is a call, a job, a grant or another opportunity."),
    ).toBeVisible();
    await alumna.page.getByLabel("Kind of opportunity").selectOption("grant");
    await alumna.page.getByLabel("Title").fill(title);
    await alumna.page
      .getByLabel("Text")
      .fill("Our festival fund supports two touring companies from the region next spring.");
    await alumna.page.getByLabel("Web address (optional)").fill("https://example.org/touring-grants");
    await expectNoAxeViolations(alumna.page);
    await alumna.page.getByRole("button", { name: "Publish" }).click();
    await expect(alumna.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const postUrl = new URL(alumna.page.url()).pathname;

    // The colleague sees it, and RSVPs to the meetup.
    const colleague = await signedIn(browser, COLLEAGUE.email);
    await colleague.page.goto("/alumni/posts");
    await expect(colleague.page.getByRole("link", { name: title })).toBeVisible();
    await colleague.page.getByRole("link", { name: "Event", exact: true }).click();
    await colleague.page.getByRole("link", { name: "CPI alumni online meetup" }).click();
    await expect(colleague.page.getByRole("heading", { level: 1, name: "CPI alumni online meetup" })).toBeVisible();
    await expect(colleague.page.getByText("(Asia/Seoul)")).toBeVisible();
    await colleague.page.getByRole("button", { name: "I'm going" }).click();
    await expect(colleague.page.getByText("You are going.")).toBeVisible();
    await expect(colleague.page.getByRole("region", { name: "Event" })).toContainText(COLLEAGUE.name);
    await expectNoAxeViolations(colleague.page);

    const download = colleague.page.waitForEvent("download");
    await colleague.page.getByRole("link", { name: "Add to calendar (.ics)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    const ics = await readFile((await file.path())!, "utf8");
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("SUMMARY:CPI alumni online meetup");
    expect(ics).toContain(`DTSTART:${icsUtc(storyTime("2026-12-10 20:00"))}`);
    expect(ics).toContain(`DTEND:${icsUtc(storyTime("2026-12-10 21:00"))}`);
    // The calendar file is for the network only.
    const meetupId = new URL(colleague.page.url()).pathname.split("/").pop();
    expect((await request.get(`/api/alumni/posts/${meetupId}/ics`)).status()).toBe(401);

    // Staff hide the opportunity: it leaves the colleague's list and its page.
    const staff = await browser.newContext({ storageState: STORAGE.admin });
    const staffPage = await staff.newPage();
    await staffPage.goto(postUrl);
    await staffPage.getByRole("button", { name: "Hide post" }).click();
    await expect(staffPage.getByText("Hidden by staff")).toBeVisible();
    await expectNoAxeViolations(staffPage);
    await colleague.page.goto("/alumni/posts");
    await expect(
      colleague.page.getByRole("heading", { level: 1, name: "News, opportunities and events" }),
    ).toBeVisible();
    await expect(colleague.page.getByRole("link", { name: title })).toHaveCount(0);
    expect((await colleague.page.goto(postUrl))?.status()).toBe(404);

    await Promise.all([alumna.context.close(), colleague.context.close(), staff.close()]);
  });
});
