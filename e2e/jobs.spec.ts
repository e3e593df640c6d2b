import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, STORAGE } from "./fixtures";

// The e2e server arranges one failed job before it starts (scripts/e2e-server.mjs): the outbox sent to an SMTP
// port nobody listens on. Its runner is off (JOBS=off), so a retried job stays waiting for the page to show.
test.describe("the job queue @scale", () => {
  test.use({ storageState: STORAGE.admin });

  test("@scale an administrator opens the queue, reads a failed job's error, retries it and sees it waiting", async ({
    page,
  }) => {
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Jobs" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();

    const failed = page.getByRole("region", { name: /^Failed \(\d+\)$/ });
    const row = failed.getByRole("row").filter({ hasText: "mail.send" }).first();
    await expect(row).toContainText("ECONNREFUSED");
    await expect(row).toContainText("1 / 1");
    await expectNoAxeViolations(page);

    // Dismissing the confirmation changes nothing; accepting it sends the job back to the queue.
    page.once("dialog", (dialog) => void dialog.dismiss());
    await row.getByRole("button", { name: "Retry the job mail.send" }).click();
    await expect(row).toBeVisible();
    page.once("dialog", (dialog) => {
      expect(dialog.message()).toBe("Retry the job mail.send now?");
      void dialog.accept();
    });
    await row.getByRole("button", { name: "Retry the job mail.send" }).click();

    await expect(failed.getByRole("row").filter({ hasText: "mail.send" })).toHaveCount(0);
    await expect(failed.getByText("None.")).toBeVisible();
    const waiting = page.getByRole("region", { name: /^Waiting \(\d+\)$/ });
    const retried = waiting.getByRole("row").filter({ hasText: "mail.send" });
    await expect(retried).toHaveCount(1);
    await expect(retried).toContainText("0 / 1");
    await expect(retried).toContainText("ECONNREFUSED");
  });
});
