import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { SEED_IDS, seedUuid } from "../db/seed/ids";
import { expectNoAxeViolations, signInThroughForm, STORAGE } from "./fixtures";
import { icsUtc, shownDay, shownMoment, shownSession, storyDay, storyMonth, storyTime } from "./story-dates";

// The participant phase of CPI 2027, from the seeded offer to the verified certificate. The steps build
// on one another (one offer, one proposal, one cohort), so they run in order.
test.describe.configure({ mode: "serial" });

const COHORT = SEED_IDS.cpi2027Cohort;
const session = (key: string) => seedUuid(`session:cpi-2027:${key}`);
const PROPOSAL_TITLE = "Magic on every street corner";
const PDF = Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n", "latin1");

async function asAdmin(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: STORAGE.admin });
  return context.newPage();
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInThroughForm(page, email);
  return page;
}

let proposalReviewUrl = "";
let attachmentUrl = "";

test.describe("participants: offer, cohort space, attendance, proposals, certificates @participants", () => {
  test("an expired offer frees the seat and the waitlist's best fit is proposed", async ({ browser }) => {
    const admin = await asAdmin(browser);
    await admin.goto(`/admin/cohorts/${COHORT}`);
    await expect(admin.getByRole("heading", { level: 1, name: "Participants of CPI 2027" })).toBeVisible();
    await expect(admin.getByRole("cell", { name: /Kwame Asante/ })).toBeVisible();
    await expectNoAxeViolations(admin);
    await admin.getByRole("button", { name: "Expire overdue offers" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Kwame Asante's offer expired" })).toContainText(
      "proposed replacement: Lucía Fernández (CPI27-9003)",
    );
    await admin.reload();
    const replacements = admin.getByRole("region", { name: "Proposed replacements" });
    await expect(replacements).toContainText("Seat freed by Kwame Asante");
    await expect(replacements).toContainText("Proposed: Lucía Fernández (CPI27-9003, now waitlisted)");
    await expect(admin.getByRole("cell", { name: /Kwame Asante/ })).toHaveCount(0);
  });

  test("a participant confirms the offer with the onboarding form and finds the timetable and calendar", async ({
    browser,
  }) => {
    const page = await signedIn(browser, "offer@madang.test");
    await page.goto("/me");
    await expect(page.getByRole("region", { name: "Offers waiting for your answer" })).toContainText(
      `CPI 2027: answer by ${shownDay(storyTime("2027-05-01 18:00"))}`,
    );
    await page.getByRole("link", { name: /Answer the offer/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your offer: CPI 2027" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Track").selectOption({ label: "Performing Arts 1: A Unified World through Magic" });
    await page.getByLabel("Arrival date").fill(storyDay("2027-07-03"));
    await page.getByLabel("Departure date").fill(storyDay("2027-07-01"));
    await page.getByLabel("Dietary needs").fill("Vegetarian; no peanuts");
    await page.getByLabel("I need an invitation letter for my visa").check();
    await page.getByRole("button", { name: "Confirm my place" }).click();
    await expect(page.getByText("Departure cannot be before arrival.")).toBeVisible();
    await expect(
      page.getByText("Give your name as it is written in your passport, for the visa letter."),
    ).toBeVisible();
    await page.getByLabel("Departure date").fill(storyDay("2027-09-25"));
    await page.getByLabel("Name as written in your passport").fill("OKAFOR AMARA");
    await page.getByLabel("My email address").check();
    await page.getByRole("button", { name: "Confirm my place" }).click();

    await expect(page).toHaveURL(new RegExp(`/me/cohorts/${COHORT}$`));
    await expect(page.getByRole("heading", { level: 1, name: "CPI 2027" })).toBeVisible();
    await expect(page.getByText("Your track: Performing Arts 1: A Unified World through Magic")).toBeVisible();
    const timetable = page.getByRole("region", { name: "Timetable" });
    const lecture = timetable.getByRole("article", {
      name: "Lecture: magic as a performing art that unites audiences",
    });
    await expect(lecture).toContainText(shownSession(storyTime("2027-09-01 10:00")));
    await expect(lecture.getByText("Your time")).toBeVisible();
    // Another track's session is not in this participant's timetable.
    await expect(timetable.getByText("Lecture: producing a performing arts festival")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Your arrival and needs" })).toContainText("Vegetarian; no peanuts");
    await expectNoAxeViolations(page);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the calendar (ICS)" }).click();
    const ics = await readFile((await (await download).path())!, "utf8");
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("SUMMARY:Lecture: magic as a performing art that unites audiences");
    expect(ics).toContain(`DTSTART:${icsUtc(storyTime("2027-09-01 10:00"))}`);
    expect(ics).not.toContain("producing a performing arts festival");
    // The feed needs its token: the same address with another token is not there.
    const feed = await page.getByRole("textbox", { name: "Private calendar link" }).inputValue();
    const forged = await page.request.get(feed.replace(/\/[^/]+\.ics$/, "/AAAAAAAAAAAAAAAAAAAAAAAA.ics"));
    expect(forged.status()).toBe(404);
  });

  test("the participant checks in with the room code; a code that is not current is refused", async ({ browser }) => {
    const admin = await asAdmin(browser);
    await admin.goto(`/admin/cohorts/${COHORT}/attendance/${session("pa1-lecture")}`);
    await expect(
      admin.getByRole("heading", { level: 1, name: "Lecture: magic as a performing art that unites audiences" }),
    ).toBeVisible();
    const code = (await admin.getByTestId("room-code").textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    await expectNoAxeViolations(admin);

    const page = await signedIn(browser, "offer@madang.test");
    await page.goto(`/me/cohorts/${COHORT}`);
    const checkIn = page.getByRole("region", { name: "Check in to a session" });
    // A well-formed code that is not this window's (nor the one before) is refused, with the reason.
    const stale = code === "AAAAAA" ? "BBBBBB" : "AAAAAA";
    await checkIn.getByLabel("Room code").fill(stale);
    await checkIn.getByRole("button", { name: "Check in" }).click();
    await expect(checkIn.getByRole("alert")).toContainText(
      "We do not recognise this code. Check it against the code shown in the room now.",
    );
    await checkIn.getByLabel("Room code").fill(code.toLowerCase());
    await checkIn.getByRole("button", { name: "Check in" }).click();
    await expect(checkIn.getByRole("status")).toContainText(
      "You are checked in to “Lecture: magic as a performing art that unites audiences”.",
    );
    await page.reload();
    await expect(
      page.getByRole("article", { name: /Lecture: magic as a performing art/ }).getByText("Attended"),
    ).toBeVisible();
  });

  test("the participant writes the proposal over two visits, with server totals and field errors, and submits it", async ({
    browser,
  }) => {
    const page = await signedIn(browser, "offer@madang.test");
    await page.goto(`/me/cohorts/${COHORT}`);
    await page.getByRole("link", { name: "Write your proposal" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Project proposal" })).toBeVisible();
    await page.getByLabel("Title").fill(PROPOSAL_TITLE);
    await page.getByLabel("Field").fill("Performing arts");
    await page
      .getByLabel("Summary")
      .fill("Street magic shows and workshops for children in four Lagos neighbourhoods that have no theatre.");
    await expect(page.getByText("15 / 300 words")).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved at" })).toBeVisible();
    await expectNoAxeViolations(page);

    // Second visit: the draft is still there.
    await page.goto("/me");
    await page.goto(`/me/cohorts/${COHORT}/proposal`);
    await expect(page.getByLabel("Title")).toHaveValue(PROPOSAL_TITLE);
    await expect(page.getByText("Draft saved at")).toBeVisible();

    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByRole("heading", { name: "Step 2 of 5: Objectives and activities" })).toBeVisible();
    await page
      .getByLabel("Objectives")
      .fill("Train twelve young performers; reach two thousand children; leave a touring kit.");
    await page.getByLabel("Activity 1", { exact: true }).fill("Training of young performers");
    await page.getByLabel("Start of activity 1").fill(storyMonth("2027-11"));
    await page.getByLabel("End of activity 1").fill(storyMonth("2028-02"));
    await page.getByRole("button", { name: "Next" }).click();

    await expect(page.getByRole("heading", { name: "Step 3 of 5: Budget" })).toBeVisible();
    await page.getByLabel("Item 1").fill("Venue hire");
    await page.getByLabel("Amount 1").fill("-50");
    await page.getByLabel("Currency 1").fill("USD");
    await expect(page.getByText("An amount cannot be negative.")).toBeVisible();
    await page.getByLabel("Amount 1").fill("1200.50");
    await page.getByRole("button", { name: "Add a budget line" }).click();
    await page.getByLabel("Item 2").fill("Props");
    await page.getByLabel("Amount 2").fill("three hundred");
    await page.getByLabel("Currency 2").fill("USD");
    await expect(page.getByText("Enter the amount as a number, like 1200 or 1200.50.")).toBeVisible();
    await page.getByLabel("Amount 2").fill("300");
    await page.getByRole("button", { name: "Add a budget line" }).click();
    await page.getByLabel("Item 3").fill("Printing");
    await page.getByLabel("Amount 3").fill("50000");
    await page.getByLabel("Currency 3").fill("krw");
    const totals = page.getByRole("region", { name: /Totals/ });
    await expect(totals).toContainText("Total in USD: $1,500.50");
    await expect(totals).toContainText("Total in KRW: ₩50,000.00");
    await page.getByRole("button", { name: "Next" }).click();

    await page.getByLabel("Partners").fill("Lagos Community Theatre and two primary schools.");
    await page.getByLabel("Expected outcomes").fill("Twelve trained performers and forty shows.");
    await page
      .getByLabel("Risks and how you will handle them")
      .fill("Rain: we book covered school halls as a fallback.");
    await page.getByRole("button", { name: "Next" }).click();

    await expect(page.getByRole("heading", { name: "Step 5 of 5: Attachments and submission" })).toBeVisible();
    await page
      .getByLabel("File (PDF, image or Office document, at most 10 MB)")
      .setInputFiles({ name: "plan.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Attach", exact: true }).click();
    const attachment = page.getByRole("link", { name: "plan.pdf" });
    await expect(attachment).toBeVisible();
    attachmentUrl = (await attachment.getAttribute("href"))!;
    await page.getByLabel(/Show my proposal to the programme's alumni network/).check();
    await page.getByRole("button", { name: "Submit the proposal" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your proposal has been submitted." })).toBeVisible();
    await expect(page.getByText("This proposal was submitted (submitted).")).toBeVisible();
  });

  test("a mentor assigned to it scores it with the rubric; nobody else can read it", async ({ browser }) => {
    const admin = await asAdmin(browser);
    await admin.goto(`/admin/cohorts/${COHORT}/proposals`);
    await expect(admin.getByRole("heading", { level: 1, name: "Proposals: CPI 2027" })).toBeVisible();
    await admin.getByLabel(`Mentor for “${PROPOSAL_TITLE}”`).selectOption({ label: "Park Hyejin" });
    await admin.getByRole("button", { name: "Assign" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Mentor assigned" })).toBeVisible();
    await expectNoAxeViolations(admin);

    const mentor = await signedIn(browser, "mentor@madang.test");
    await mentor.goto("/review/proposals");
    await mentor.getByRole("link", { name: PROPOSAL_TITLE }).click();
    await expect(mentor.getByRole("heading", { level: 1, name: PROPOSAL_TITLE })).toBeVisible();
    proposalReviewUrl = new URL(mentor.url()).pathname;
    await expect(mentor.getByText("Total in USD: $1,500.50")).toBeVisible();
    await mentor.getByLabel("Relevance to the field and the community it serves (0–10)").fill("9");
    await mentor.getByLabel("Feasibility of the activities, timeline and budget (0–10)").fill("8");
    await mentor.getByRole("button", { name: "Submit the review" }).click();
    const yourReview = mentor.getByRole("complementary", { name: "Your review" });
    await expect(yourReview.getByRole("alert")).toContainText(
      "Score Expected outcomes and their sustainability before you submit.",
    );
    await mentor.getByLabel("Expected outcomes and their sustainability (0–10)").fill("8");
    await mentor
      .getByLabel("Comment for the participant")
      .fill("A clear, feasible plan. Budget the touring kit separately.");
    await mentor.getByRole("button", { name: "Submit the review" }).click();
    await expect(yourReview.getByRole("status")).toContainText("Review submitted.");
    await expectNoAxeViolations(mentor);

    // A reviewer of the same programme is not assigned: the review, the attachment are not there for them.
    const reviewer = await signedIn(browser, "reviewer@madang.test");
    expect((await reviewer.goto(proposalReviewUrl))?.status()).toBe(404);
    expect((await reviewer.request.get(attachmentUrl)).status()).toBe(404);
    // Another participant cannot read the proposal's file or the offer holder's onboarding answers.
    const other = await signedIn(browser, "participant@madang.test");
    expect((await other.request.get(attachmentUrl)).status()).toBe(404);
    expect((await other.goto(`/me/offers/${SEED_IDS.cpi2027OpenOffer}`))?.status()).toBe(404);
    // Not a reviewer anywhere: the review area itself is refused (403), as /admin is to an applicant.
    expect((await other.goto(proposalReviewUrl))?.status()).toBe(403);
  });

  test("staff mark it outstanding and it shows on the CPI Day session", async ({ browser }) => {
    const admin = await asAdmin(browser);
    await admin.goto(`/admin/cohorts/${COHORT}/proposals`);
    await admin.getByLabel(`Outstanding: “${PROPOSAL_TITLE}”`).check();
    await admin.getByLabel("Presented at").selectOption({
      label: `${shownMoment(storyTime("2027-09-16 16:10"))} — Presentation of outstanding project proposals`,
    });
    await admin.getByRole("button", { name: "Save the pick" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Marked outstanding" })).toBeVisible();

    const page = await signedIn(browser, "offer@madang.test");
    await page.goto(`/me/cohorts/${COHORT}`);
    const cpiDay = page.getByRole("article", { name: "Presentation of outstanding project proposals" });
    await expect(cpiDay).toContainText(`“${PROPOSAL_TITLE}” — Amara Okafor (Performing arts)`);
  });

  test("staff record attendance and complete the cohort; the certificate verifies and a tampered code does not", async ({
    browser,
  }) => {
    const admin = await asAdmin(browser);
    // The first online class from its report; five more sessions marked in bulk (everyone preselected present).
    await admin.goto(`/admin/cohorts/${COHORT}/attendance/${session("online-1")}`);
    await admin.getByLabel("CSV report").setInputFiles({
      name: "zoom.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "Name,User Email,Duration (Minutes)\nAmara Okafor,offer@madang.test,115\nVisitor,visitor@example.org,30\n",
      ),
    });
    await admin.getByRole("button", { name: "Import attendance" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Imported: 1 present, 0 absent." })).toBeVisible();
    await expect(admin.getByText("Not participants of this session: visitor@example.org")).toBeVisible();
    for (const key of ["online-2", "online-3", "opening", "cpi-day-forum", "cpi-day-proposals"]) {
      await admin.goto(`/admin/cohorts/${COHORT}/attendance/${session(key)}`);
      await admin.getByRole("group", { name: "Amara Okafor" }).getByLabel("present").check();
      await admin.getByRole("button", { name: "Save attendance" }).click();
      await expect(admin.getByRole("status").filter({ hasText: "Attendance saved" })).toBeVisible();
    }

    await admin.goto(`/admin/cohorts/${COHORT}/graduation`);
    await expect(admin.getByRole("heading", { level: 1, name: "Graduation: CPI 2027" })).toBeVisible();
    await expect(admin.getByRole("row", { name: /Amara Okafor/ })).toContainText(
      "attended 7 of 8 sessions (87.5%); proposal submitted",
    );
    await expect(admin.getByRole("row", { name: /Tomás Herrera/ })).toContainText(
      "No: attended 5 of 8 sessions (62.5%); the rule asks for at least 80%; no proposal submitted",
    );
    await expectNoAxeViolations(admin);
    await admin.getByRole("button", { name: "Complete the cohort and issue certificates" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "The cohort is complete" })).toContainText(
      "1 certificate issued, 1 not completed.",
    );

    const page = await signedIn(browser, "offer@madang.test");
    await page.goto(`/me/cohorts/${COHORT}`);
    const certificate = page.getByRole("region", { name: "Certificate" });
    const download = page.waitForEvent("download");
    await certificate.getByRole("link", { name: "Download your certificate (PDF)" }).click();
    const pdf = await readFile((await (await download).path())!);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

    await certificate.getByRole("link", { name: "Verification page" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Valid certificate" })).toBeVisible();
    const valid = page.getByRole("region", { name: "Valid certificate" });
    await expect(valid).toContainText("Amara Okafor");
    await expect(valid).toContainText("Cultural Partnership Initiative (CPI) — CPI 2027");
    await expect(page.getByText("offer@madang.test")).toHaveCount(0);
    await expectNoAxeViolations(page);
    const code = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
    const tampered = `${code.slice(0, -1)}${code.endsWith("A") ? "B" : "A"}`;
    await page.goto(`/verify/${tampered}`);
    await expect(page.getByRole("heading", { level: 2, name: "Invalid certificate" })).toBeVisible();
  });
});
