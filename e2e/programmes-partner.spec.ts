import { expect, test, type APIRequestContext } from "@playwright/test";
import { SEED_IDS, SEED_SLUGS, seedUuid } from "../db/seed/ids";
import { expectNoAxeViolations, signInThroughForm, STORAGE } from "./fixtures";

const CPI = seedUuid(`programme:${SEED_SLUGS.cpi}`);
const ASEAN = seedUuid(`programme:${SEED_SLUGS.asean}`);

/** Calls a server action the way Next's client does, by its id, with JSON arguments. */
async function callAction(request: APIRequestContext, baseURL: string, actionId: string, args: unknown[]) {
  const response = await request.post("/", {
    headers: {
      "Next-Action": actionId,
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: baseURL,
    },
    data: JSON.stringify(args),
  });
  return { status: response.status(), text: await response.text() };
}

test.describe("partner view @programmes", () => {
  test("a partner sees its programme read-only, with figures and timetables but no personal data", async ({ page }) => {
    await signInThroughForm(page, "partner@madang.test");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partner view" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Partner view" })).toBeVisible();
    await expect(page.getByRole("link", { name: /ASEAN/ })).toHaveCount(0);
    await page.getByRole("link", { name: "Cultural Partnership Initiative (CPI)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Cultural Partnership Initiative (CPI)" })).toBeVisible();
    const edition = page.getByRole("region", { name: "CPI 2027" });
    await expect(edition.getByText("Applications")).toBeVisible();
    await expect(
      edition.getByText(
        "Performing Arts 1: A Unified World through Magic — Intensive · with Busan International Magic Festival",
      ),
    ).toBeVisible();
    // Aggregates only: no participant's name or email on the page.
    await expect(page.getByText("Tomás Herrera")).toHaveCount(0);
    await expect(page.getByText(/@madang\.test|@example\.org/)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Timetable of CPI 2023" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Timetable of CPI 2023" })).toBeVisible();
    await expect(page.getByText("Cultural Policy Forum")).toBeVisible();
    await expect(page.getByRole("link", { name: /^Edit/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("a partner cannot open another programme or the admin pages by URL", async ({ page }) => {
    await signInThroughForm(page, "partner@madang.test");
    // Another programme's pages answer as if they did not exist (lib/auth/scope.ts); the staff area is refused as a whole.
    for (const path of [
      `/partner/programmes/${ASEAN}`,
      `/partner/programmes/${ASEAN}/cohorts/${SEED_IDS.aseanCohort}`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    for (const path of [`/admin/programmes/${CPI}`, `/admin/programmes/${ASEAN}`, "/admin/organisations"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    // An edition of another programme under the partner's own programme's address is not found.
    expect((await page.goto(`/partner/programmes/${CPI}/cohorts/${SEED_IDS.aseanCohort}`))?.status()).toBe(404);
  });

  test("a partner's call to an administrator's action is refused and changes nothing", async ({
    page,
    browser,
    baseURL,
  }) => {
    // The administrator adds and removes a track on the ASEAN edition; we keep the action's id.
    const admin = await (await browser.newContext({ storageState: STORAGE.admin })).newPage();
    await admin.goto(`/admin/programmes/${ASEAN}/cohorts/${SEED_IDS.aseanCohort}`);
    await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
    const form = admin.getByRole("form", { name: "Add track" });
    await form.getByLabel("Track title").fill("Temporary track");
    const posted = admin.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
    await form.getByRole("button", { name: "Add track" }).click();
    const actionId = (await posted).headers()["next-action"]!;
    await expect(admin.getByText("Temporary track — General")).toBeVisible();
    admin.once("dialog", (dialog) => void dialog.accept());
    await admin.getByRole("button", { name: "Remove track Temporary track" }).click();
    await expect(admin.getByText("Temporary track — General")).toHaveCount(0);

    await signInThroughForm(page, "partner@madang.test");
    const refused = await callAction(page.request, baseURL!, actionId, [
      { cohortId: SEED_IDS.aseanCohort, title: "Injected by a partner", level: "general" },
    ]);
    expect(refused.status).toBeLessThan(500);
    expect(refused.text).toContain("not_found");
    // Also refused on the partner's own programme: partners read, they do not schedule.
    const own = await callAction(page.request, baseURL!, actionId, [
      { cohortId: SEED_IDS.cpi2027Cohort, title: "Injected by a partner", level: "general" },
    ]);
    expect(own.text).toContain("not_found");

    await admin.reload();
    await expect(admin.getByText("Injected by a partner")).toHaveCount(0);
    // The same call by the administrator goes through, so the refusal was the permission check.
    const accepted = await callAction(admin.request, baseURL!, actionId, [
      { cohortId: SEED_IDS.aseanCohort, title: "Accepted from the admin", level: "general" },
    ]);
    expect(accepted.text).toContain("trackId");
    await admin.reload();
    admin.once("dialog", (dialog) => void dialog.accept());
    await admin.getByRole("button", { name: "Remove track Accepted from the admin" }).click();
    await expect(admin.getByText("Accepted from the admin — General")).toHaveCount(0);
    await admin.context().close();
  });

  test("an unpublished edition's feed is readable only by its programme's staff and partners", async ({
    page,
    browser,
  }) => {
    const admin = await (await browser.newContext({ storageState: STORAGE.admin })).newPage();
    const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    expect((await anonymous.request.get(`/api/ics/cohorts/${SEED_IDS.cpi2023Cohort}`)).status()).toBe(200);
    expect((await anonymous.request.get(`/api/ics/cohorts/not-a-uuid`)).status()).toBe(404);
    expect((await anonymous.request.get(`/api/ics/cohorts/${SEED_IDS.cpi2023Cohort}?track=nope`)).status()).toBe(400);
    await signInThroughForm(page, "partner@madang.test");

    // Unpublish the ASEAN edition for a moment: the public and CPI's partner get 404, its staff 200.
    await admin.goto(`/admin/programmes/${ASEAN}/cohorts/${SEED_IDS.aseanCohort}`);
    // A box unticked before the form hydrates is ticked again by it (its saved value): on a server still cold
    // that took longer than the page's load event. Once the network is quiet, the page has hydrated and
    // prefetched its links.
    await admin.waitForLoadState("networkidle");
    const published = admin.getByLabel("Published (timetable visible to the public)");
    const details = admin.locator("section", { has: admin.getByRole("button", { name: "Save changes" }) });
    // The save's own answer first, then its outcome: a refusal (a stale version, a field error) is named in
    // the failure, not hidden behind a header that did not change.
    const save = async (shown: string) => {
      const saving = admin.waitForResponse(
        (r) => r.request().method() === "POST" && !!r.request().headers()["next-action"],
      );
      await admin.getByRole("button", { name: "Save changes" }).click();
      expect((await saving).status()).toBe(200);
      const refusal = details.getByRole("alert");
      await expect(admin.getByText(shown).or(refusal)).toBeVisible();
      expect(await refusal.allTextContents()).toEqual([]);
    };
    // On a busy machine the form can still hydrate after the network is quiet and tick the box again before the
    // save reads it: the save then keeps it published, and the box is unticked and saved once more.
    await expect(async () => {
      await published.uncheck();
      await save("· not published");
    }).toPass({ timeout: 60_000 });
    expect((await anonymous.request.get(`/api/ics/cohorts/${SEED_IDS.aseanCohort}`)).status()).toBe(404);
    expect((await page.request.get(`/api/ics/cohorts/${SEED_IDS.aseanCohort}`)).status()).toBe(404);
    expect((await admin.request.get(`/api/ics/cohorts/${SEED_IDS.aseanCohort}`)).status()).toBe(200);
    await expect(async () => {
      await published.check();
      await save("· published");
    }).toPass({ timeout: 60_000 });
    expect((await anonymous.request.get(`/api/ics/cohorts/${SEED_IDS.aseanCohort}`)).status()).toBe(200);
    await anonymous.close();
    await admin.context().close();
  });
});

test.describe("programme staff see only their programmes @programmes", () => {
  test("a manager lists and opens the programmes they manage, and is refused the others and programme creation", async ({
    page,
  }) => {
    const KACES = seedUuid(`programme:${SEED_SLUGS.kaces}`);
    await signInThroughForm(page, "manager@madang.test");
    await page.goto("/admin/programmes");
    await expect(page.getByRole("link", { name: "Cultural Partnership Initiative (CPI)" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Arts and Culture Education International Exchange" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "New programme" })).toHaveCount(0);
    expect((await page.goto(`/admin/programmes/${KACES}`))?.status()).toBe(404);
    expect((await page.goto("/admin/programmes/new"))?.status()).toBe(403);
    expect((await page.goto(`/admin/programmes/${CPI}/cohorts/${SEED_IDS.aseanCohort}`))?.status()).toBe(404);
    expect((await page.goto(`/admin/programmes/${CPI}`))?.status()).toBe(200);
  });
});
