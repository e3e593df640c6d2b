import { expect, test, type Page } from "@playwright/test";
import ical, { type VEvent } from "node-ical";
import { expectNoAxeViolations, STORAGE } from "./fixtures";

const run = Date.now().toString(36);
const PROGRAMME = `Cultural Partnership Journey ${run}`;
const NEW_ORG = `Seoul Design Lab ${run}`;

async function addSession(
  page: Page,
  s: {
    title: string;
    kind: string;
    date: string;
    start: string;
    end: string;
    venue?: string;
    url?: string;
    tracks: string[];
  },
) {
  const form = page.getByRole("form", { name: "Add session" });
  await form.getByLabel("Title").fill(s.title);
  await form.getByLabel("Kind").selectOption({ label: s.kind });
  await form.getByLabel("Date").fill(s.date);
  await form.getByLabel("Start (Asia/Seoul)").fill(s.start);
  await form.getByLabel("End (Asia/Seoul)").fill(s.end);
  await form.getByLabel("Venue").fill(s.venue ?? "");
  await form.getByLabel("Online link").fill(s.url ?? "");
  for (const box of await form.getByRole("group", { name: "Tracks (none: whole edition)" }).getByRole("checkbox").all())
    await box.uncheck();
  for (const track of s.tracks) await form.getByRole("checkbox", { name: track }).check();
  await form.getByRole("button", { name: "Add session" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Added “${s.title}”` })).toBeVisible();
}

function eventsOf(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");
}

test.describe("an administrator builds a CPI-like edition from nothing @programmes", () => {
  test.use({ storageState: STORAGE.admin });

  test("programme, edition with two phases, two partner tracks, sessions, warnings, ICS, copy and postponement", async ({
    page,
    browser,
  }) => {
    test.setTimeout(240_000);

    // --- The programme, with a field error first.
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Programmes" }).click();
    await page.getByRole("link", { name: "New programme" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New programme" })).toBeVisible();
    await page.getByRole("button", { name: "Create programme" }).click();
    await expect(page.getByText("Enter the title.")).toBeVisible();
    await page.getByLabel("Title").fill(PROGRAMME);
    await page
      .getByLabel("Summary")
      .fill("Capacity building for cultural experts and administrators, with Korean partner organisations.");
    await page
      .getByLabel("Description")
      .fill("## About\n\nExperts from **23 countries** train with Korean partners.<script>alert(1)</script>");
    await page.getByLabel("Themes").fill("Performing Arts, Cultural Policy");
    await page.getByLabel("Types of project").fill("Capacity Development, Networking");
    await page.getByRole("checkbox", { name: "SDG 17" }).check();
    await page.getByLabel("Key figures").fill("48 | experts from 23 countries");
    await page.getByRole("button", { name: "Create programme" }).click();
    await expect(page.getByRole("heading", { level: 1, name: PROGRAMME })).toBeVisible();
    const programmeUrl = page.url();
    await expectNoAxeViolations(page);

    // --- Organisations: one from the directory, one created inline.
    await page
      .getByLabel("Organisation (from the directory)")
      .selectOption({ label: "Busan International Magic Festival (BIMF)" });
    await page.getByLabel("Role", { exact: true }).first().selectOption("partner");
    await page.getByRole("button", { name: "Add organisation" }).click();
    await expect(page.getByText("Busan International Magic Festival — Partner")).toBeVisible();
    await page.getByText("Not in the directory? Create it").click();
    const inline = page.getByRole("form", { name: "Not in the directory? Create it" });
    await inline.getByLabel("Name", { exact: true }).fill(NEW_ORG);
    await inline.getByLabel("Kind").selectOption("cultural_institution");
    await inline.getByLabel("Country").selectOption("KR");
    await inline.getByLabel("Website").fill("not a url");
    await inline.getByRole("button", { name: "Create and add" }).click();
    await expect(inline.getByText("Enter a full web address starting with https://.")).toBeVisible();
    await inline.getByLabel("Website").fill("https://design-lab.example.org");
    await inline.getByRole("button", { name: "Create and add" }).click();
    await expect(page.getByText(`${NEW_ORG} — Partner`)).toBeVisible();
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByText("Published", { exact: true })).toBeVisible();

    // --- The edition: an unknown time zone is refused on the field, then two phases.
    await page.getByRole("link", { name: "New edition" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New edition" })).toBeVisible();
    await page.getByLabel("Title").fill(`CPI Journey 2026 ${run}`);
    await page.getByLabel("Year").fill("2026");
    await page.getByLabel("Start date").fill("2026-07-06");
    await page.getByLabel("End date").fill("2026-09-18");
    await page.getByLabel("Time zone").fill("Mars/Olympus_Mons");
    await page.getByLabel("Format").selectOption("hybrid");
    await page.getByLabel("Location").fill("Online and in the Republic of Korea");
    await page.getByRole("button", { name: "Add a phase" }).click();
    await page.getByRole("button", { name: "Add a phase" }).click();
    await page.getByLabel("Phase 1 title").fill("Online class");
    await page.getByLabel("Phase 1 mode").selectOption("online");
    await page.getByLabel("Phase 1 start").fill("2026-07-06");
    await page.getByLabel("Phase 1 end").fill("2026-07-17");
    await page.getByLabel("Phase 2 title").fill("Course in Korea");
    await page.getByLabel("Phase 2 mode").selectOption("in_person");
    await page.getByLabel("Phase 2 start").fill("2026-08-31");
    await page.getByLabel("Phase 2 end").fill("2026-09-18");
    await page.getByLabel("Published (timetable visible to the public)").check();
    await page.getByRole("button", { name: "Create edition" }).click();
    await expect(
      page.getByText("Unknown time zone. Use an IANA name such as Asia/Seoul or Europe/Paris."),
    ).toBeVisible();
    await page.getByLabel("Time zone").fill("Asia/Seoul");
    await page.getByRole("button", { name: "Create edition" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `CPI Journey 2026 ${run}` })).toBeVisible();
    const cohortUrl = page.url();
    const cohortId = cohortUrl.split("/").pop()!;

    // --- Two tracks, each with a partner organisation.
    const trackForm = page.getByRole("form", { name: "Add track" });
    await trackForm.getByLabel("Track title").fill("Performing Arts");
    const trackPartners = trackForm.getByRole("group", { name: "Partner organisations" });
    await trackPartners.getByLabel("Busan International Magic Festival", { exact: true }).check();
    await trackForm.getByLabel("Level").selectOption("intensive");
    await trackForm.getByRole("button", { name: "Add track" }).click();
    await expect(page.getByText("Performing Arts — Intensive · with Busan International Magic Festival")).toBeVisible();
    await trackForm.getByLabel("Track title").fill("Design");
    // The form was reset after the first track: no partner is still ticked.
    await expect(trackPartners.getByLabel("Busan International Magic Festival", { exact: true })).not.toBeChecked();
    await trackPartners.getByLabel(NEW_ORG, { exact: true }).check();
    await trackForm.getByLabel("Level").selectOption("general");
    await trackForm.getByRole("button", { name: "Add track" }).click();
    await expect(page.getByText(`Design — General · with ${NEW_ORG}`)).toBeVisible();
    await expectNoAxeViolations(page);

    // --- Sessions of six kinds; an end before the start is refused on the field.
    await page.getByRole("navigation", { name: "Edition pages" }).getByRole("link", { name: "Sessions" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Sessions of CPI Journey 2026 ${run}` })).toBeVisible();
    const form = page.getByRole("form", { name: "Add session" });
    await form.getByLabel("Title").fill("Backwards");
    await form.getByLabel("Date").fill("2026-09-01");
    await form.getByLabel("Start (Asia/Seoul)").fill("12:00");
    await form.getByLabel("End (Asia/Seoul)").fill("10:00");
    await form.getByRole("button", { name: "Add session" }).click();
    await expect(form.getByText("The end is before the start.")).toBeVisible();

    await addSession(page, {
      title: "Online orientation",
      kind: "Online class",
      date: "2026-07-06",
      start: "19:00",
      end: "21:00",
      url: "https://meet.example.org/cpi",
      tracks: ["Performing Arts", "Design"],
    });
    await addSession(page, {
      title: "Opening ceremony",
      kind: "Ceremony",
      date: "2026-08-31",
      start: "10:00",
      end: "12:00",
      venue: "Seoul Hall",
      tracks: [],
    });
    await addSession(page, {
      title: "Magic lecture",
      kind: "Lecture",
      date: "2026-09-01",
      start: "10:00",
      end: "12:30",
      venue: "Busan",
      tracks: ["Performing Arts"],
    });
    await addSession(page, {
      title: "Design workshop",
      kind: "Workshop",
      date: "2026-09-01",
      start: "10:00",
      end: "12:30",
      venue: "Seoul Design Center",
      tracks: ["Design"],
    });
    await addSession(page, {
      title: "Festival site visit",
      kind: "Site visit",
      date: "2026-09-01",
      start: "11:00",
      end: "13:00",
      venue: "Busan Cinema Center",
      tracks: ["Performing Arts"],
    });
    await addSession(page, {
      title: "Cultural Policy Forum",
      kind: "Forum",
      date: "2026-09-17",
      start: "13:30",
      end: "17:30",
      venue: "Seoul Hall",
      tracks: [],
    });
    await addSession(page, {
      title: "Graduation ceremony",
      kind: "Ceremony",
      date: "2026-09-17",
      start: "18:30",
      end: "19:30",
      venue: "Seoul Hall",
      tracks: [],
    });

    // A daily online class for the rest of the online phase.
    const recurring = page.getByRole("form", { name: "Add a recurring class" });
    await recurring.getByLabel("Title").fill("Daily online class");
    await recurring.getByLabel("First date").fill("2026-07-07");
    await recurring.getByLabel("Last date").fill("2026-07-17");
    await recurring.getByLabel("Start (Asia/Seoul)").fill("19:00");
    await recurring.getByLabel("End (Asia/Seoul)").fill("20:00");
    await recurring.getByLabel("Online link").fill("https://meet.example.org/cpi");
    await recurring.getByRole("checkbox", { name: "Performing Arts" }).check();
    await recurring.getByRole("checkbox", { name: "Design" }).check();
    await recurring.getByRole("button", { name: "Add a recurring class" }).click();
    await expect(page.getByRole("status").filter({ hasText: "9 sessions added." })).toBeVisible();
    await expect(page.getByRole("heading", { name: "All sessions (16)" })).toBeVisible();

    // --- The overlap warning, then the fix.
    const warnings = page.getByRole("region", { name: "Timetable warnings" });
    await expect(warnings).toContainText("“Magic lecture” and “Festival site visit” overlap in Performing Arts.");
    await warnings.getByRole("link", { name: "Edit “Festival site visit”" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Edit: Festival site visit" })).toBeVisible();
    await page.getByLabel("Start (Asia/Seoul)").first().fill("14:00");
    await page.getByLabel("End (Asia/Seoul)").first().fill("17:00");
    await page.getByRole("button", { name: "Save session" }).click();
    await expect(
      page.getByText("No clashes, and every session is within the edition's dates and phases."),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    // --- The timetable: week and day views, track filter.
    await page.getByRole("navigation", { name: "Edition pages" }).getByRole("link", { name: "Timetable" }).click();
    await expect(page.getByRole("heading", { name: "Thu 17 Sep 2026" })).toBeVisible();
    await page.getByLabel("Track", { exact: true }).selectOption({ label: "Design" });
    await expect(page.getByText("Magic lecture")).toHaveCount(0);
    await expect(page.getByText("Design workshop")).toBeVisible();
    await page.getByRole("button", { name: "Week" }).click();
    await page.getByLabel("Week", { exact: true }).selectOption({ label: "Week of Mon 14 Sep 2026" });
    await expect(page.getByText("Cultural Policy Forum")).toBeVisible();
    await expectNoAxeViolations(page);

    // --- The ICS feed: downloaded, parsed by an independent parser, sessions at the right instants.
    const feed = await page.request.get(`/api/ics/cohorts/${cohortId}`);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toContain("text/calendar");
    const events = eventsOf(await feed.text());
    expect(events).toHaveLength(16);
    const at = (title: string) => events.find((e) => e.summary === title)!;
    expect(new Date(at("Cultural Policy Forum").start).toISOString()).toBe("2026-09-17T04:30:00.000Z");
    expect(new Date(at("Festival site visit").start).toISOString()).toBe("2026-09-01T05:00:00.000Z");
    expect(new Date(at("Online orientation").start).toISOString()).toBe("2026-07-06T10:00:00.000Z");
    const design = eventsOf(
      await (await page.request.get(`/api/ics/cohorts/${cohortId}?track=${await trackIdOf(page, "Design")}`)).text(),
    );
    expect(design.map((e) => e.summary)).not.toContain("Magic lecture");
    expect(design.map((e) => e.summary)).toContain("Design workshop");

    // --- Copy to next year: 52 weeks later, same weekdays, same Seoul times; the copy is unpublished.
    await page.goto(cohortUrl);
    const copy = page.getByRole("form", { name: "Copy to a new edition" });
    await copy.getByLabel("Title of the new edition").fill(`CPI Journey 2027 ${run}`);
    await copy.getByLabel("Year").fill("2027");
    await copy.getByLabel("New start date").fill("2027-07-05");
    await copy.getByRole("button", { name: "Copy to a new edition" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `CPI Journey 2027 ${run}` })).toBeVisible();
    await expect(page.getByText("Jul 5, 2027 – Sep 17, 2027 · Asia/Seoul · not published")).toBeVisible();
    const copyId = page.url().split("/").pop()!;
    const copied = eventsOf(await (await page.request.get(`/api/ics/cohorts/${copyId}`)).text());
    expect(new Date(copied.find((e) => e.summary === "Cultural Policy Forum")!.start).toISOString()).toBe(
      "2027-09-16T04:30:00.000Z",
    );
    const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    expect((await anonymous.request.get(`/api/ics/cohorts/${copyId}`)).status()).toBe(404);
    expect((await anonymous.request.get(`/api/ics/cohorts/${cohortId}`)).status()).toBe(200);

    // --- Postpone the 2026 edition by a week with a reason.
    await page.goto(cohortUrl);
    const postpone = page.getByRole("form", { name: "Postpone or cancel" });
    await postpone.getByLabel("Action").selectOption("postpone");
    await postpone.getByLabel("New start date").fill("2026-07-13");
    await postpone.getByRole("button", { name: "Apply and notify" }).click();
    await expect(postpone.getByText("Enter the reason.")).toBeVisible();
    await postpone.getByLabel(/^Reason/).fill("The venue in Seoul is being renovated.");
    await postpone.getByRole("button", { name: "Apply and notify" }).click();
    await expect(page.getByText("Reason: The venue in Seoul is being renovated.")).toBeVisible();
    await expect(page.getByText("Jul 13, 2026 – Sep 25, 2026 · Asia/Seoul · published")).toBeVisible();
    const moved = eventsOf(await (await page.request.get(`/api/ics/cohorts/${cohortId}`)).text());
    const forum = moved.find((e) => e.summary === "Cultural Policy Forum")!;
    expect(new Date(forum.start).toISOString()).toBe("2026-09-24T04:30:00.000Z");
    expect(forum.uid).toBe(at("Cultural Policy Forum").uid);

    await page.goto(`/admin/outbox?to=admin@madang.test`);
    const mail = page
      .getByRole("listitem")
      .filter({ hasText: `Copy: ${PROGRAMME} — CPI Journey 2026 ${run} is postponed` });
    await expect(mail).toBeVisible();
    await mail.getByText(/is postponed/).click();
    await expect(mail).toContainText("Reason: The venue in Seoul is being renovated.");
    await expect(mail).toContainText("The new dates are Jul 13, 2026 – Sep 25, 2026.");

    // --- The public page says so and shows the published timetable; the description is sanitised.
    await anonymous.close();
    const visitor = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
    await visitor.goto(programmeUrl.replace(/\/admin\/programmes\/.*/, "/programmes"));
    await visitor.getByRole("searchbox").fill(PROGRAMME);
    await visitor.getByRole("button", { name: "Search" }).click();
    await visitor.getByRole("link", { name: PROGRAMME }).click();
    await expect(visitor.getByRole("heading", { level: 1, name: PROGRAMME })).toBeVisible();
    await expect(visitor.getByText("The venue in Seoul is being renovated.").first()).toBeVisible();
    await expect(visitor.getByText("Postponed").first()).toBeVisible();
    await expect(visitor.getByText("Cultural Policy Forum")).toBeVisible();
    await expect(visitor.getByText(NEW_ORG)).toBeVisible();
    expect(await visitor.locator("script", { hasText: "alert(1)" }).count()).toBe(0);
    await expect(visitor.getByText(`CPI Journey 2027 ${run}`)).toHaveCount(0);
    await expectNoAxeViolations(visitor);
  });
});

async function trackIdOf(page: Page, title: string): Promise<string> {
  await page.getByText("Calendar feeds (ICS)").click();
  const href = await page.getByRole("link", { name: `Download .ics — Track: ${title}` }).getAttribute("href");
  return new URL(href!, "http://x").searchParams.get("track")!;
}
