import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { openDatabase } from "../../db/client";
import type { AppLocale } from "../../lib/i18n/request";
import type { Suite } from "../security/fixture";
import { SECURITY_BASE_URL } from "../security/server";
import type { Persona } from "../security/world";
import { isUserContentIn, userContent } from "./content";
import { englishOf, notInLanguage } from "./english";
import { pageTexts } from "./page-texts";

/** The phone every @reach visit is made on. */
const PHONE = { width: 360, height: 740 };

/** A phone's browser signed in as a persona of the matrix server, in one language. */
export async function contextFor(browser: Browser, suite: Suite, persona: Persona, locale: AppLocale) {
  const context = await browser.newContext({
    baseURL: SECURITY_BASE_URL,
    storageState: await suite.as[persona].storageState(),
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
  });
  // The cookie the switcher sets; the personas' accounts have chosen no language, so it decides.
  await context.addCookies([{ name: "locale", value: locale, url: SECURITY_BASE_URL }]);
  return context;
}

/** The text people wrote, read from the matrix server's database (stopped for it on PGlite). */
export async function readUserContent(suite: Suite): Promise<string[]> {
  if (suite.server.env.DATABASE_URL) {
    const handle = openDatabase(suite.server.env.DATABASE_URL);
    try {
      return await userContent(handle.db);
    } finally {
      await handle.close();
    }
  }
  await suite.server.stop();
  try {
    return await suite.server.withDatabase(userContent);
  } finally {
    await suite.server.start();
  }
}

/** What a Korean or French page may not show (English, raw keys), and what is people's own text, per language. */
export type LanguageChecks = {
  english: Record<"ko" | "fr", ReturnType<typeof englishOf>>;
  userText: Record<"ko" | "fr", (text: string) => boolean>;
};

export function languageChecks(content: string[]): LanguageChecks {
  const english = { ko: englishOf("ko"), fr: englishOf("fr") };
  return {
    english,
    userText: {
      ko: isUserContentIn(content, (rest) => notInLanguage(rest, english.ko, () => false) !== null),
      fr: isUserContentIn(content, (rest) => notInLanguage(rest, english.fr, () => false) !== null),
    },
  };
}

type VisitOptions = {
  where: string;
  locale: AppLocale;
  checks: LanguageChecks;
  /**
   * The refusals already checked for this persona in this language (a sign-in page, a 403 or 404 page), by status,
   * address and heading: the same refusal met again on another route is counted as visited and not checked again.
   */
  refusalsSeen?: Set<string>;
};

/**
 * One @reach visit: opens the address and lists what is wrong with it (checkPage). An answer that is not a page
 * (a download) is checked for its status only.
 */
export async function checkVisit(page: Page, url: string, options: VisitOptions): Promise<string[]> {
  const response = await page.goto(url, { waitUntil: "load" });
  if (!response || response.status() >= 500) return [`${options.where}: status ${response?.status()}`];
  if (!response.headers()["content-type"]?.includes("text/html")) return [];
  if (options.refusalsSeen) {
    const landed = new URL(page.url());
    const refused = [401, 403, 404].includes(response.status()) || landed.pathname === "/sign-in";
    if (refused) {
      const heading =
        (await page
          .locator("h1")
          .first()
          .textContent({ timeout: 2_000 })
          .catch(() => "")) ?? "";
      const key = [response.status(), landed.pathname === "/sign-in" ? "/sign-in" : "here", heading.trim()].join("|");
      if (options.refusalsSeen.has(key)) return [];
      options.refusalsSeen.add(key);
    }
  }
  return checkPage(page, options);
}

/**
 * What is wrong with the page as it stands: a page not in its language, an axe violation, a sideways scroll at
 * 360 px, and in Korean and French a raw key or English outside people's own text.
 */
export async function checkPage(page: Page, { where, locale, checks }: VisitOptions): Promise<string[]> {
  const failures: string[] = [];
  const lang = await page.locator("html").getAttribute("lang");
  if (lang !== locale) failures.push(`${where}: the page is in "${lang}"`);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  for (const v of axe.violations)
    failures.push(`${where}: axe ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) failures.push(`${where}: scrolls ${overflow}px sideways at 360px`);
  if (locale !== "en")
    for (const text of new Set(await pageTexts(page))) {
      const found = notInLanguage(text, checks.english[locale], checks.userText[locale]);
      if (found)
        failures.push(
          `${where}: ${{ key: "raw key", english: "English", code: "a stored code" }[found.kind]} "${found.text}"`,
        );
    }
  return failures;
}
