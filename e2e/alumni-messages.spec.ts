import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, STORAGE } from "./fixtures";
import { ALUMNA, COLLEAGUE, signedIn } from "./alumni-helpers";

test.describe("alumni messages @alumni", () => {
  test("a message reaches the other's outbox without exposing addresses; after a block it is refused", async ({
    browser,
  }) => {
    const text = `Hello Aigerim! Shall we plan a co-production? (${Date.now()})`;

    // The colleague finds the alumna and writes to her through Madang.
    const colleague = await signedIn(browser, COLLEAGUE.email);
    await colleague.page.goto("/alumni/directory?country=KZ");
    await colleague.page.getByRole("link", { name: ALUMNA.name }).click();
    await colleague.page.getByRole("link", { name: "Send a message" }).click();
    await expect(
      colleague.page.getByRole("heading", { level: 1, name: `Conversation with ${ALUMNA.name}` }),
    ).toBeVisible();
    await colleague.page.getByLabel("Message", { exact: true }).fill(text);
    await colleague.page.getByRole("button", { name: "Send" }).click();
    await expect(colleague.page.getByText("Sent. They will be told by email.")).toBeVisible();
    await expect(colleague.page.getByRole("list", { name: "Messages" })).toContainText(text);
    await expectNoAxeViolations(colleague.page);
    const threadHtml = await (await colleague.page.request.get(new URL(colleague.page.url()).pathname)).text();
    expect(threadHtml).not.toContain(ALUMNA.email);

    // The notification is in the outbox, to her account, with no address of the sender.
    const admin = await browser.newContext({ storageState: STORAGE.admin });
    const outbox = await admin.newPage();
    await outbox.goto(`/admin/outbox?to=${encodeURIComponent(ALUMNA.email)}`);
    const mail = outbox.getByRole("listitem").filter({ hasText: `New message from ${COLLEAGUE.name} on Madang` });
    await expect(mail).toHaveCount(1);
    await mail.getByText(`New message from ${COLLEAGUE.name} on Madang`).click();
    await expect(mail).toContainText(text);
    await expect(mail).toContainText(ALUMNA.email); // the recipient's own address, on the envelope
    await expect(mail).not.toContainText(COLLEAGUE.email);

    // She reads it without seeing his address, and blocks him.
    const alumna = await signedIn(browser, ALUMNA.email);
    await alumna.page.goto("/alumni/messages");
    await alumna.page.getByRole("link", { name: COLLEAGUE.name }).click();
    await expect(alumna.page.getByRole("list", { name: "Messages" })).toContainText(text);
    const herView = await (await alumna.page.request.get(new URL(alumna.page.url()).pathname)).text();
    expect(herView).not.toContain(COLLEAGUE.email);
    await alumna.page.getByRole("button", { name: "Block" }).click();
    await expect(alumna.page.getByText("You have blocked this person")).toBeVisible();
    await expectNoAxeViolations(alumna.page);

    // His next message is refused, and nothing more reaches the outbox.
    await colleague.page.reload();
    await colleague.page.getByLabel("Message", { exact: true }).fill("Are you there?");
    await colleague.page.getByRole("button", { name: "Send" }).click();
    await expect(
      colleague.page.getByRole("alert").filter({ hasText: "This person is not accepting messages from you." }),
    ).toBeVisible();
    await outbox.reload();
    await expect(
      outbox.getByRole("listitem").filter({ hasText: `New message from ${COLLEAGUE.name} on Madang` }),
    ).toHaveCount(1);

    // Unblocking restores it (so the demo data stays usable).
    await alumna.page.getByRole("button", { name: "Unblock" }).click();
    await expect(alumna.page.getByRole("button", { name: "Block" })).toBeVisible();

    await Promise.all([colleague.context.close(), alumna.context.close(), admin.close()]);
  });
});
