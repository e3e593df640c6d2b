import { expect, test } from "@playwright/test";
import { signInThroughForm } from "./fixtures";

// A page read again while nothing it read was written is sent as the server kept it (lib/page-cache.ts); the
// answer's x-page-cache header says which it was. What a person must see is the same either way.
test.describe("pages kept while nothing changes @scale", () => {
  test("@scale a list read again comes as kept, through others' writes elsewhere; a change to it shows at once; a signed-out cookie gets nothing", async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A session of its own, so signing it out leaves every other journey's session alone.
    await signInThroughForm(page, "admin@madang.test");
    const run = Date.now();
    const name = `Kept Pages Arts Council ${run}`;
    const list = `/admin/organisations?q=${encodeURIComponent(name)}`;

    // Read twice in a row: the second answer is the kept one (a first read may touch the session, a write).
    await expect.poll(async () => (await page.goto(list))?.headers()["x-page-cache"]).toBe("hit");
    await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
    await expect(page.getByRole("link", { name })).toHaveCount(0);

    // Someone else signs in and reads their own pages: sessions, throttles and the audit trail are written, none
    // of which the list shows, so it is still sent as kept.
    const someone = await browser.newContext();
    await signInThroughForm(await someone.newPage(), "reviewer@madang.test");
    await someone.close();
    expect((await page.goto(list))?.headers()["x-page-cache"]).toBe("hit");

    // Another tab adds the organisation the list is filtered for.
    const other = await context.newPage();
    await other.goto("/admin/organisations");
    const add = other.getByRole("form", { name: "Add an organisation" });
    await add.getByLabel("Name", { exact: true }).fill(name);
    await add.getByLabel("Kind").selectOption("city");
    await add.getByLabel("Country").selectOption("KR");
    await add.getByLabel("City").fill("Jeonju");
    await add.getByRole("button", { name: "Add to the directory" }).click();
    await expect(add.getByRole("status")).toHaveText("Added to the directory.");

    // Reloading the first tab renders it again: the write made what was kept old.
    const reloaded = await page.reload();
    expect(reloaded?.headers()["x-page-cache"]).toBe("miss");
    await expect(page.getByRole("link", { name })).toBeVisible();
    await expect.poll(async () => (await page.goto(list))?.headers()["x-page-cache"]).toBe("hit");
    await expect(page.getByRole("link", { name })).toBeVisible();

    // Signed out in the other tab, the old cookie, sent again by someone who kept it, reaches no list.
    const cookies = await context.cookies();
    await other.getByRole("button", { name: "Sign out" }).click();
    await expect(other.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const stolen = await replay.newPage();
    await stolen.goto(list);
    await expect(stolen).toHaveURL(/\/sign-in/);
    await expect(stolen.getByRole("link", { name })).toHaveCount(0);
    await replay.close();
    await context.close();
  });
});
