import { expect, test, type Browser } from "@playwright/test";
import { SEED_IDS } from "../db/seed/ids";
import type { AppLocale } from "../lib/i18n/request";
import { STORAGE, uniqueEmail } from "./fixtures";
import { messagesOf } from "./reach/messages";

/**
 * What the server says to a person (lib/i18n/problems.ts) reaches them in their language by every road: a form's
 * own check in the browser, a route's refusal, a server action's refusal. The expected sentences are read from
 * messages/*.json (the message whose English lib/ writes, under `problems`), and each must differ from that English.
 */
const BASE = `http://localhost:${process.env.E2E_PORT ?? "3100"}`;

async function readerIn(browser: Browser, locale: AppLocale, storageState?: string) {
  const context = await browser.newContext({ storageState });
  await context.addCookies([{ name: "locale", value: locale, url: BASE }]);
  return context;
}

type Tree = { [key: string]: string | Tree };
const messages = { en: messagesOf<Tree>("en"), ko: messagesOf<Tree>("ko"), fr: messagesOf<Tree>("fr") };

/** A plain message by its dotted key, its `{name}`s filled. */
function m(locale: AppLocale, key: string, values: Record<string, string> = {}): string {
  const text = key.split(".").reduce<string | Tree | undefined>((at, part) => (at as Tree)?.[part], messages[locale]);
  expect(typeof text, `${key} in ${locale}`).toBe("string");
  return (text as string).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The `problems` message whose English is `english` (a sentence, or a template and its values), in `locale`. */
function said(locale: AppLocale, english: string, values: Record<string, string> = {}): string {
  const problems = messages.en.problems as Record<string, Record<string, string>>;
  const [area, key] =
    Object.entries(problems)
      .flatMap(([a, entries]) => Object.entries(entries).map(([k, text]) => [a, k, text]))
      .find(([, , text]) => text === english) ?? [];
  expect(area, `"${english}" is a message`).toBeTruthy();
  const text = m(locale, `problems.${area}.${key}`, values);
  expect(text).not.toBe(m("en", `problems.${area}.${key}`, values));
  return text;
}

test.describe("what the server says, in the reader's language @reach", () => {
  test("a Korean visitor's sign-up is checked in the browser in Korean, and a wrong password is refused in Korean", async ({
    browser,
  }) => {
    const context = await readerIn(browser, "ko");
    const page = await context.newPage();
    await page.goto("/sign-up");
    await page.getByLabel(m("ko", "auth.email")).fill("not-an-address");
    await page.getByRole("button", { name: m("ko", "auth.submitSignUp") }).click();
    // The form's own check (zod in the browser): each field's message is in Korean and tied to its field.
    await expect(page.getByRole("textbox", { name: m("ko", "auth.name") })).toHaveAccessibleDescription(
      said("ko", "Enter your name."),
    );
    // An empty password is too short: the template's Korean, filled with the same number as the English.
    await expect(page.getByLabel(m("ko", "auth.password"))).toHaveAccessibleDescription(
      new RegExp(
        `${said("ko", "Use at least {PASSWORD_MIN} characters.", { PASSWORD_MIN: "10" }).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`,
      ),
    );

    // A route's refusal (the sign-in handler): the server's sentence in Korean.
    await page.goto("/sign-in");
    await page.getByLabel(m("ko", "auth.email")).fill(uniqueEmail("nobody"));
    await page.getByLabel(m("ko", "auth.password")).fill("not the password at all");
    await page.getByRole("button", { name: m("ko", "auth.submitSignIn") }).click();
    await expect(page.getByText(said("ko", "The email or password is not right.")).first()).toBeVisible();
    await expect(page.getByText("The email or password is not right.")).toHaveCount(0);
    await context.close();
  });

  test("a French administrator's stale save is refused in French (a server action)", async ({ browser }) => {
    const context = await readerIn(browser, "fr", STORAGE.admin);
    const page = await context.newPage();
    // The seeded CPI programme, written in English with a summary: its Korean summary is the field edited here.
    await page.goto(`/admin/programmes?q=${encodeURIComponent("Cultural Partnership Initiative")}`);
    const href = await page
      .getByRole("link", { name: "Cultural Partnership Initiative (CPI)", exact: true })
      .first()
      .getAttribute("href");
    expect(href).toMatch(/^\/admin\/programmes\/[0-9a-f-]{36}$/);
    await page.goto(`${href}/translations?language=ko`);
    const stale = await context.newPage();
    await stale.goto(page.url());
    const label = m("fr", "contentLanguages.translationLabel", {
      field: m("fr", "contentLanguages.fields.summary"),
      language: m("fr", "contentLanguages.languages.ko"),
    });
    await page.getByLabel(label).fill(`요약 ${Date.now()}`);
    await page.getByRole("button", { name: m("fr", "contentLanguages.save") }).click();
    await expect(page.getByRole("status").filter({ hasText: m("fr", "contentLanguages.saved") })).toBeVisible();
    await stale.getByLabel(label).fill("낡은 요약");
    await stale.getByRole("button", { name: m("fr", "contentLanguages.save") }).click();
    await expect(
      stale.getByRole("status").filter({
        hasText: said("fr", "Someone else changed this programme since you opened it. Reload and try again."),
      }),
    ).toBeVisible();
    await context.close();
  });

  test("a Korean and a French administrator choose a file question's kinds of file by their names in their language", async ({
    browser,
  }) => {
    for (const [locale, capital] of [
      ["ko", (t: string) => t],
      ["fr", (t: string) => t.charAt(0).toLocaleUpperCase("fr") + t.slice(1)],
    ] as const) {
      const context = await readerIn(browser, locale, STORAGE.admin);
      const page = await context.newPage();
      // CPI 2027's form has a file question (the CV) that accepts PDF: the builder offers every kind it may accept.
      await page.goto(`/admin/calls/${SEED_IDS.cpi2027Call}/form`);
      const png = page.getByRole("checkbox", { name: capital(said(locale, "PNG image")), exact: true });
      await expect(png).toBeVisible();
      await expect(png).not.toBeChecked();
      await expect(
        page.getByRole("checkbox", { name: capital(said(locale, "Word document (.docx)")), exact: true }),
      ).toBeVisible();
      await expect(page.getByRole("checkbox", { name: "PDF", exact: true })).toBeChecked();
      await expect(page.getByText("PNG image", { exact: true })).toHaveCount(0);
      await context.close();
    }
  });
});
