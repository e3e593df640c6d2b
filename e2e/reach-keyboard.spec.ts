import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD, STORAGE } from "./fixtures";
import { CPI_CALL, fillProfile, signUpFresh, startApplication } from "./applications-helpers";
import { buildKeyboardWorld, RUBRIC } from "./reach/keyboard-world";

/**
 * Issue #14's keyboard-only journeys: apply, review, shortlist and confirm, each done with Tab, Shift+Tab, Enter,
 * Space, arrow keys and typing alone. Every control the journey uses is reached by Tab and named by its role;
 * what has focus shows it (its `:focus-visible` outline or ring); one wrong input per journey is announced (an
 * alert) and tied to its field (aria-invalid, aria-describedby). Each journey works on records of its own
 * (e2e/reach/keyboard-world.ts, or a fresh applicant), so none changes what another journey reads.
 */
const CPI_TITLE = "CPI 2027 Cultural Experts Training Program: call for applications";
const MAX_TABS = 80;

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reached within MAX_TABS presses. */
async function tabTo(page: Page, target: Locator, options: { backwards?: boolean } = {}) {
  await target.waitFor();
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press(options.backwards ? "Shift+Tab" : "Tab");
    if (await target.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(target).toBeFocused();
  await expectVisibleFocus(page);
}

/** What has focus is drawn as focused: it matches :focus-visible and shows an outline or a ring (box-shadow). */
async function expectVisibleFocus(page: Page) {
  const focus = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      element: `${el.tagName.toLowerCase()}#${el.id} ${el.getAttribute("aria-label") ?? el.textContent?.slice(0, 40)}`,
      focusVisible: el.matches(":focus-visible"),
      outline:
        style.outlineStyle !== "none" &&
        parseFloat(style.outlineWidth) > 0 &&
        !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(style.outlineColor),
      ring: style.boxShadow !== "none",
    };
  });
  expect(focus.focusVisible, `${focus.element} matches :focus-visible`).toBe(true);
  expect(focus.outline || focus.ring, `${focus.element} shows an outline or a ring`).toBe(true);
}

/** A wrong input is announced (`alert` holds `announced`), and its field is marked invalid and described by `message`. */
async function expectAnnouncedError(page: Page, field: Locator, announced: string | RegExp, message: string | RegExp) {
  await expect(page.getByRole("alert").filter({ hasText: announced })).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(message);
}

/** Signs in on the form with the keyboard: Tab to each field, type, Enter. */
async function signInByKeyboard(page: Page, email: string) {
  await page.goto("/sign-in");
  await tabTo(page, page.getByRole("textbox", { name: "Email" }));
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel("Password"));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

test.describe("keyboard-only journeys @reach", () => {
  test("@reach apply: an applicant opens her draft, answers both pages, is told of a wrong answer, reviews and submits", async ({
    page,
  }) => {
    await signUpFresh(page, "keyboard-apply", "Wanjiru Keyboard");
    await fillProfile(page, { nationality: "Kenya" });
    await startApplication(page, CPI_CALL);

    // Her draft, from her page.
    await page.goto("/me");
    await tabTo(page, page.getByRole("link", { name: CPI_TITLE }));
    await page.keyboard.press("Enter");
    await expect(page.getByText("Page 1 of 2")).toBeVisible();

    // A track chosen with the arrow keys on the closed list.
    const choice = page.getByRole("combobox", { name: "Choice 1" });
    await tabTo(page, choice);
    await page.keyboard.press("ArrowDown");
    await expect(choice).not.toHaveValue("");

    // Over the word limit (a draft may be, a submission may not): said as she types, on the field.
    const organisation = page.getByRole("textbox", { name: /^Describe your organisation and your role in it/ });
    await tabTo(page, organisation);
    await page.keyboard.type("word ".repeat(301).trim());
    await expectAnnouncedError(page, organisation, "Use at most 300 words.", /Use at most 300 words\./);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("We run a street theatre festival in Nairobi; I programme it.");
    await expect(organisation).toHaveAttribute("aria-invalid", "false");
    await tabTo(page, page.getByRole("spinbutton", { name: /^Years of experience in your field/ }));
    await page.keyboard.type("8");
    await expect(page.getByRole("status").filter({ hasText: /Saved at/ })).toBeVisible();

    await tabTo(page, page.getByRole("button", { name: "Save and continue" }));
    await page.keyboard.press("Enter");
    await expect(page.getByText("Page 2 of 2")).toBeVisible();
    await tabTo(page, page.getByRole("textbox", { name: /^The cultural project you would like to develop/ }));
    await page.keyboard.type("Street theatre on tour, co-produced with festival producers in Seoul.");
    await tabTo(page, page.getByRole("button", { name: "Save and review" }));
    await page.keyboard.press("Enter");

    await expect(page.getByRole("heading", { level: 1, name: "Review your application" })).toBeVisible();
    await tabTo(page, page.getByRole("button", { name: "Submit application" }));
    await page.keyboard.press("Enter");
    await expect(page.getByText("Your application has been submitted")).toBeVisible();
  });

  test("@reach review: a reviewer opens an assigned application, a score out of range is announced, then scores and submits", async ({
    browser,
  }) => {
    const world = await buildKeyboardWorld({ openReview: true });
    const reference = world.openReview!.reference;
    const page = await (await browser.newContext()).newPage();
    await signInByKeyboard(page, "reviewer@madang.test");

    await page.goto("/review?status=open");
    await tabTo(page, page.getByRole("link", { name: reference }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: `Review of ${reference}` })).toBeVisible();

    const [potential, motivation] = RUBRIC.map((c) =>
      page.getByRole("spinbutton", { name: `${c.label} (0–${c.max})` }),
    );
    await tabTo(page, potential!);
    await page.keyboard.type("11");
    await tabTo(page, motivation!);
    await page.keyboard.type("8");
    await tabTo(page, page.getByRole("button", { name: "Save draft" }));
    await page.keyboard.press("Enter");
    await expectAnnouncedError(page, potential!, "Please correct the highlighted scores.", /from 0 to 10/);

    // Back up to the score, corrected; the comment; then the draft saved and the review submitted.
    await tabTo(page, potential!, { backwards: true });
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("9");
    await tabTo(page, page.getByRole("textbox", { name: "Comment (optional)" }));
    await page.keyboard.type("A clear plan with local partners.");
    await tabTo(page, page.getByRole("button", { name: "Save draft" }));
    await page.keyboard.press("Space");
    await expect(page.getByText(/^Saved at/)).toBeVisible();
    await expect(potential!).toHaveAttribute("aria-invalid", "false");
    await tabTo(page, page.getByRole("button", { name: "Submit review" }));
    await page.keyboard.press("Enter");
    await expect(page.getByText(/You submitted this review on/)).toBeVisible();
    await page.context().close();
  });

  test.describe("as the administrator", () => {
    test.use({ storageState: STORAGE.admin });

    test("@reach shortlist: the administrator chooses two candidates on the workbench and saves the shortlist", async ({
      page,
    }) => {
      const world = await buildKeyboardWorld({});
      const [first, second, third] = world.references;
      await page.goto(`/admin/calls/${world.callId}/selection`);
      await expect(page.getByRole("heading", { level: 1, name: "Shortlisting" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Rules: 0 chosen for 2 seats" })).toBeVisible();

      // Focus on a row's button previews its effect; Enter and Space choose.
      await tabTo(page, page.getByRole("button", { name: `Choose ${first}` }));
      await expect(page.getByText(/^If you choose/)).toBeVisible();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("button", { name: `Unchoose ${first}` })).toBeFocused();
      await tabTo(page, page.getByRole("button", { name: `Choose ${second}` }));
      await page.keyboard.press("Space");
      await expect(page.getByRole("button", { name: `Unchoose ${second}` })).toBeFocused();
      await expect(page.getByRole("heading", { name: "Rules: 2 chosen for 2 seats" })).toBeVisible();

      // The workbench has no field to get wrong (its seed keeps digits only); what would break a rule is said, in
      // its live region, as the keyboard reaches the row, before anything is chosen.
      await tabTo(page, page.getByRole("button", { name: `Choose ${third}` }));
      const preview = page.locator("[aria-live]").filter({ hasText: /^If you choose/ });
      await expect(preview).toContainText(/Seats: 2 → 3 \(Met → (Close|Broken)\)/);
      await expect(page.getByRole("heading", { name: "Rules: 2 chosen for 2 seats" })).toBeVisible();

      await tabTo(page, page.getByRole("button", { name: "Save shortlist (2)" }), { backwards: true });
      await page.keyboard.press("Enter");
      await expect(page.getByRole("status").filter({ hasText: "Shortlist saved: 2 chosen." })).toBeVisible();
    });
  });

  test("@reach confirm: a selected participant answers the offer, is told the missing passport name, and confirms", async ({
    page,
  }) => {
    const email = await signUpFresh(page, "keyboard-offer", "Malia Keyboard");
    const world = await buildKeyboardWorld({ offerTo: email });

    await page.goto("/me");
    await expect(page.getByRole("region", { name: "Offers waiting for your answer" })).toBeVisible();
    await tabTo(page, page.getByRole("link", { name: /Answer the offer/ }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: `Your offer: ${world.cohortTitle}` })).toBeVisible();

    await tabTo(page, page.getByRole("combobox", { name: "Track" }));
    await expect(page.getByRole("combobox", { name: "Track" })).toHaveValue(/.+/);
    await tabTo(page, page.getByRole("textbox", { name: "Dietary needs" }));
    await page.keyboard.type("Vegetarian");
    const visa = page.getByRole("checkbox", { name: "I need an invitation letter for my visa" });
    await tabTo(page, visa);
    await page.keyboard.press("Space");
    await expect(visa).toBeChecked();

    // Asking for a visa letter without the passport name: the form says so and takes her to the field.
    await tabTo(page, page.getByRole("button", { name: "Confirm my place" }));
    await page.keyboard.press("Enter");
    const passport = page.getByRole("textbox", { name: "Name as written in your passport" });
    await expectAnnouncedError(
      page,
      passport,
      "Please correct the highlighted fields.",
      "Give your name as it is written in your passport, for the visa letter.",
    );
    await expect(passport).toBeFocused();
    await page.keyboard.type("KEYBOARD MALIA");
    await tabTo(page, page.getByRole("button", { name: "Confirm my place" }));
    await page.keyboard.press("Enter");

    await expect(page.getByRole("heading", { level: 1, name: world.cohortTitle })).toBeVisible();
    await expect(page.getByText(`Your track: ${world.trackTitle}`)).toBeVisible();
  });
});
