import { expect, test } from "@playwright/test";
import { linkFromOutbox, STORAGE } from "./fixtures";

test.describe("taking over an imported account @accounts", () => {
  test("signing up first with an imported alumna's address gets the attacker nothing; her own link still claims it", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const email = `imported.${stamp}@example.org`;
    const name = `Imported Alumna ${stamp}`;

    // The programme office imports a past alumna: an account with no password and an invitation.
    const admin = await browser.newContext({ storageState: STORAGE.admin });
    const office = await admin.newPage();
    await office.goto("/admin/alumni/import");
    const csv = [
      "name,email,country,gender,programme,cohort year,field",
      `${name},${email},Mongolia,woman,cultural-partnership-initiative,2014,Heritage`,
    ].join("\n");
    await office
      .getByLabel("Spreadsheet (CSV or .xlsx)")
      .setInputFiles({ name: "alumni.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await office.getByRole("button", { name: "Check the file (dry run)" }).click();
    await office.getByRole("button", { name: "Import 1" }).click();
    await expect(office.getByText(/Imported 1 alumni/)).toBeVisible();

    // The attacker signs up with her address, with their own name and password.
    const attacker = await browser.newContext();
    const taker = await attacker.newPage();
    await taker.goto("/sign-up");
    await taker.getByLabel("Full name").fill("Not Her");
    await taker.getByLabel("Email").fill(email);
    await taker.getByLabel("Password").fill("attacker chosen passphrase");
    await taker.getByRole("button", { name: "Create account" }).click();
    await expect(taker.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    // Not signed in, and the chosen password opens nothing.
    await taker.goto("/me");
    await expect(taker).toHaveURL(/\/sign-in\?callbackUrl=/);
    const tried = await taker.request.post("/api/account/sign-in", {
      data: { email, password: "attacker chosen passphrase" },
    });
    expect(tried.status()).toBe(401);
    await attacker.close();

    // The account keeps her name: the office still finds her as imported.
    await office.goto(`/admin/outbox?to=${encodeURIComponent(email)}`);
    await expect(
      office
        .getByRole("listitem")
        .filter({ hasText: "Join the Cultural Partnership Initiative (CPI) alumni network on Madang" }),
    ).toBeVisible();
    await expect(
      office.getByRole("listitem").filter({ hasText: "Finish setting up your Madang account" }),
    ).toBeVisible();
    await admin.close();

    // She claims it through her own invitation link, which works once.
    const owner = await browser.newContext();
    const her = await owner.newPage();
    const link = await linkFromOutbox(email, "/claim");
    await her.goto(link);
    await her.getByLabel("Password", { exact: true }).fill("her own steppe passphrase");
    await her.getByLabel("Password again").fill("her own steppe passphrase");
    await her.getByRole("button", { name: "Claim my account" }).click();
    await expect(her.getByRole("heading", { level: 1, name: "My network profile" })).toBeVisible();
    const reuse = await her.request.post("/api/account/claim", {
      data: {
        token: new URL(link, "http://x").searchParams.get("token"),
        password: "another steppe passphrase",
        confirm: "another steppe passphrase",
      },
    });
    expect(reuse.status()).toBe(400);
    await owner.close();
  });
});
