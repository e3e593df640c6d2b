import { readFileSync } from "node:fs";
import type { BrowserContext } from "@playwright/test";
import type { AppLocale } from "../lib/i18n/request";
import { checkVisit, contextFor, languageChecks, readUserContent } from "./reach/visit";
import { expect, test } from "./security/fixture";
import { fillRoute } from "./security/matrix";
import { ROUTES } from "./security/routes";
import { PERSONAS, type Persona } from "./security/world";

/**
 * Every page as every role in English, Korean and French, on a 360 px wide phone: axe finds nothing, the
 * page does not scroll sideways, and a Korean or French page shows no raw message key and no English
 * outside what people wrote (names, programme texts: the database's text). The pages and the roles are the
 * permission matrix's (e2e/security/routes.ts), on its server.
 *
 * REACH=all visits every page × role × language (about 2,800 visits, CONCURRENCY at a time, ≈ 50 min on two
 * cores; a refusal a persona has met already in that language is not checked again); by default a sample, drawn
 * with a fixed seed (REACH_SEED to draw another), visits SAMPLE_SIZE pages per language as a role the page lets in.
 */
const FULL = process.env.REACH === "all";
const SEED = Number(process.env.REACH_SEED ?? 14);
const SAMPLE_SIZE = 10;
// REACH_SHARD=2/3: the second third of the whole sweep's visits (every third one), to run it in parts.
const SHARD = (() => {
  const [part, of] = (process.env.REACH_SHARD ?? "1/1").split("/").map(Number);
  if (!Number.isInteger(part) || !Number.isInteger(of) || part! < 1 || part! > of!)
    throw new Error(`REACH_SHARD is k/n with 1 ≤ k ≤ n, not "${process.env.REACH_SHARD}"`);
  return { part: part!, of: of! };
})();
// Pages the whole sweep has open at once (REACH_CONCURRENCY): the server, not the browser, sets the pace.
const CONCURRENCY = Number(process.env.REACH_CONCURRENCY ?? 3);
const LANGUAGES: AppLocale[] = ["en", "ko", "fr"];

// Pages left out of the sample: pages whose files, or a component they show at once, still hold English of their
// own (listed for the lint rule in e2e/reach/still-english.json): each comes back into the sample when it leaves
// that list.
const STILL_ENGLISH = (JSON.parse(readFileSync("e2e/reach/still-english.json", "utf8")) as string[])
  .filter((file) => file.startsWith("app/") && file.endsWith("/page.tsx"))
  .map((file) => `/${file.slice(4, -"/page.tsx".length)}`.replace(/\/\([^)]+\)/g, "").replace(/^$/, "/"));
const NOT_SAMPLED = new Set([...STILL_ENGLISH]);

type Visit = { route: string; persona: Persona; locale: AppLocale };

const PAGES = Object.keys(ROUTES).filter((key) => key.startsWith("/"));

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The visits: all of them, or per language a seeded draw of pages, each as one role it lets in (or, for a page nobody reaches, as the visitor, to see its refusal). */
function visits(): Visit[] {
  if (FULL)
    return LANGUAGES.flatMap((locale) =>
      PAGES.flatMap((route) => PERSONAS.map((persona) => ({ route, persona, locale }))),
    ).filter((_, i) => i % SHARD.of === SHARD.part - 1);
  const random = mulberry32(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return LANGUAGES.flatMap((locale) => {
    const pool = PAGES.filter((route) => !NOT_SAMPLED.has(route));
    const drawn: Visit[] = [];
    while (drawn.length < SAMPLE_SIZE && pool.length) {
      const [route] = pool.splice(Math.floor(random() * pool.length), 1);
      const who = ROUTES[route!]!.who;
      drawn.push({ route: route!, persona: who.length ? pick(who) : "anonymous", locale });
    }
    return drawn;
  });
}

test.describe("every page in three languages on a phone @reach", () => {
  test(`${FULL ? "every page as every role" : "a seeded sample of pages"} in en, ko and fr: axe, no sideways scroll, no English or raw key in ko and fr`, async ({
    suite,
    browser,
  }) => {
    test.setTimeout(FULL ? 4 * 60 * 60_000 : 300_000);
    await suite.signInAgain();
    const started = Date.now();
    const checks = languageChecks(await readUserContent(suite));
    const contexts = new Map<string, Promise<BrowserContext>>();
    const refusals = new Map<string, Set<string>>();
    const failures: string[] = [];
    const list = visits();
    // The whole sweep visits a few pages at once (each in its persona's context); the sample one at a time.
    let next = 0;
    const visitor = async () => {
      for (let at = next++; at < list.length; at = next++) {
        const { route, persona, locale } = list[at]!;
        const key = `${persona}:${locale}`;
        if (!contexts.has(key)) contexts.set(key, contextFor(browser, suite, persona, locale));
        if (!refusals.has(key)) refusals.set(key, new Set());
        const page = await (await contexts.get(key)!).newPage();
        const url = fillRoute(route, ROUTES[route]!, suite.world);
        try {
          const found = await checkVisit(page, url, {
            where: `${route} as ${persona} in ${locale}`,
            locale,
            checks,
            refusalsSeen: FULL ? refusals.get(key) : undefined,
          });
          failures.push(...found);
          // The whole sweep runs for most of an hour: what it finds is printed as it goes.
          if (FULL) for (const failure of found) console.log(`reach failure ${failure}`);
        } finally {
          await page.close();
        }
        if (FULL && (at + 1) % 200 === 0)
          console.log(`reach progress visits=${at + 1}/${list.length} failures=${failures.length}`);
      }
    };
    await Promise.all(Array.from({ length: FULL ? CONCURRENCY : 1 }, visitor));
    for (const context of contexts.values()) await (await context).close();
    console.log(`reach visits=${list.length} seconds=${Math.round((Date.now() - started) / 1000)}`);
    expect(failures).toEqual([]);
  });
});
