import { randomUUID } from "node:crypto";
import { SEED_IDS } from "../db/seed/ids";
import { can } from "../lib/auth/permissions";
import { changedTables, expect, read, serverActions, test } from "./security/fixture";
import { classify, fillRoute, leaked, send, splitKey, type Outcome } from "./security/matrix";
import { ROUTES } from "./security/routes";
import { walkRoutes } from "./security/walk";
import { PERSONAS, type Persona } from "./security/world";

// The whole sweep asks every route as every role once; MATRIX_FULL=1 also asks every refused page for
// its RSC payload and tries a guessed id on every dynamic route.
const FULL = process.env.MATRIX_FULL === "1";

// Actions on one's own account that take no input: any signed-in person may run them on themselves (signing
// out would also end the persona's session), so only the anonymous visitor is expected to be refused.
const SELF_ACTIONS = new Set([
  "signOutAction",
  "signOutEverywhereAction",
  "resendVerificationAction",
  "beginTwoFactorAction",
  // An empty form is a valid answer here: the alumnus's own "not on the expert roster" (an unticked box).
  "saveExpertOptInAction",
]);

test.describe("the permission matrix over HTTP @security", () => {
  test.describe.configure({ mode: "serial" });

  test("the expectation table has one row per page and route handler, and no row for a route that is gone", () => {
    const walked = walkRoutes();
    expect(
      walked.filter((key) => !(key in ROUTES)),
      "routes without a row in e2e/security/routes.ts",
    ).toEqual([]);
    expect(
      Object.keys(ROUTES).filter((key) => !walked.includes(key)),
      "rows for routes that no longer exist",
    ).toEqual([]);
  });

  test("no row lets in a role that the permission table refuses", async ({ suite }) => {
    const { world } = suite;
    const wrong: string[] = [];
    for (const [key, row] of Object.entries(ROUTES)) {
      if (!row.permission) continue;
      const scope = row.scope === "cpi" ? { programmeId: world.params.programmeId } : undefined;
      for (const persona of row.who)
        if (!can(world.actors[persona], row.permission, scope)) wrong.push(`${key}: ${persona} (${row.permission})`);
    }
    expect(wrong).toEqual([]);
  });

  test("every page and route handler answers every role as the table says, and a refusal shows none of the record", async ({
    suite,
  }) => {
    test.setTimeout(600_000);
    await suite.signInAgain();
    const { world, as } = suite;
    const before = await suite.checksums();
    const mismatches: string[] = [];
    const leaks: string[] = [];
    let refused = 0;
    let invalid = 0;
    let allowed = 0;
    let checked = 0;
    const jobs = Object.entries(ROUTES).flatMap(([key, row]) => {
      const [method, pattern] = splitKey(key);
      const url = fillRoute(pattern, row, world);
      // MATRIX_FULL also guesses: the same route with a random id in place of the call's.
      const guessed =
        FULL && url.includes(world.params.callId!) ? [url.replace(world.params.callId!, randomUUID())] : [];
      return PERSONAS.flatMap((persona) =>
        [url, ...guessed].map((target) => ({ key, row, method, pattern, persona, target, guess: target !== url })),
      );
    });
    const visit = async ({ key, row, method, pattern, persona, target, guess }: (typeof jobs)[number]) => {
      const answer = await read(await send(as[persona], method, target));
      const outcome = classify(answer.status, answer.location, method);
      const expected: Outcome = !guess && row.who.includes(persona) ? "allowed" : "refused";
      checked++;
      if (outcome === "refused") refused++;
      if (outcome === "allowed") allowed++;
      if (outcome === "invalid") invalid++;
      if (outcome !== expected && outcome !== "invalid" && !(guess && outcome === "refused"))
        mismatches.push(`${key} as ${persona}: ${outcome} (${answer.status} ${answer.location}), expected ${expected}`);
      if (outcome !== "refused") return;
      const bodies = [answer.body];
      // The RSC payload of a refused page about a record (every refused page under MATRIX_FULL).
      if (method === "GET" && !pattern.startsWith("/api/") && (FULL || pattern.includes("[")))
        bodies.push((await send(as[persona], "GET", target, { headers: { RSC: "1" } }).then(read)).body);
      for (const body of bodies)
        for (const secret of leaked(body, world)) leaks.push(`${key} as ${persona} shows "${secret}"`);
    };
    // A write its table allows (an alumna deleting her own photo) may change rows: those go after the check
    // that reading, and every refused request, changed nothing.
    const writes = (job: (typeof jobs)[number]) =>
      job.method !== "GET" && !job.guess && job.row.who.includes(job.persona);
    await inPool(
      jobs.filter((job) => !writes(job)),
      4,
      visit,
    );
    const after = await suite.checksums();
    await inPool(jobs.filter(writes), 4, visit);
    console.log(`matrix routes×roles=${checked} refused=${refused} allowed=${allowed} invalid_body=${invalid}`);
    expect(mismatches).toEqual([]);
    expect(leaks).toEqual([]);
    expect(changedTables(before, after), "tables changed by reading pages or by refused requests").toEqual([]);
  });

  test("every server action, posted by every role with its id, is refused without the right and changes nothing", async ({
    suite,
  }) => {
    test.setTimeout(600_000);
    await suite.signInAgain();
    const { as } = suite;
    const actions = serverActions();
    expect(actions.length).toBeGreaterThan(50);
    const before = await suite.checksums();
    const errors: string[] = [];
    let posted = 0;
    const jobs = actions.flatMap((action) =>
      PERSONAS.filter((p) => p !== "admin" && (p === "anonymous" || !SELF_ACTIONS.has(action.exportedName))).map(
        (persona) => ({ action, persona }),
      ),
    );
    await inPool(jobs, 4, async ({ action, persona }) => {
      const page = pagePath(action.pages[0] ?? "app/page");
      // Posted as React posts a form with JavaScript (the action in the header, the form as the one argument in
      // the root field "0"), with no fields of its own.
      const response = await as[persona].post(page, {
        headers: { "Next-Action": action.id, Accept: "text/x-component" },
        multipart: { "0": '["$K1"]' },
        maxRedirects: 0,
      });
      posted++;
      if (response.status() >= 500) errors.push(`${action.exportedName} (${page}) as ${persona}: ${response.status()}`);
      const body = await response.text();
      if (/"ok":true/.test(body)) errors.push(`${action.exportedName} as ${persona} answered ok`);
    });
    console.log(`matrix actions=${actions.length} posted=${posted}`);
    expect(errors).toEqual([]);
    expect(changedTables(before, await suite.checksums()), "tables changed by refused actions").toEqual([]);
  });

  test("the attacks peers report are refused: guessed ids, other calls and programmes, middleware headers, session updates, replayed actions", async ({
    suite,
  }) => {
    test.setTimeout(300_000);
    await suite.signInAgain();
    const { as, world } = suite;
    const expectRefused = async (persona: Persona, url: string, headers?: Record<string, string>) => {
      const answer = await read(await send(as[persona], "GET", url, { headers }));
      // Next answers a middleware prefetch (x-middleware-prefetch) with an empty "{}": nothing is given away.
      const empty = answer.status === 200 && answer.body.trim().length <= 2;
      expect(empty ? "refused" : classify(answer.status, answer.location), `${url} as ${persona}`).toBe("refused");
      expect(leaked(answer.body, world), `${url} as ${persona}`).toEqual([]);
    };
    // Reading by a guessed id: a random one, and the next reference's neighbour.
    await expectRefused("applicant", `/me/applications/${randomUUID()}`);
    await expectRefused("applicant", `/me/applications/${world.params.applicationId}`);
    await expectRefused("otherManager", `/admin/calls/${randomUUID()}`);
    await expectRefused(
      "otherManager",
      `/admin/calls/${world.params.callId}/applications/${world.params.applicationId}`,
    );
    // A reviewer reaching an application not assigned to them, and one of a call of a programme they do not serve.
    await expectRefused("reviewer", `/review/${world.unassignedApplication}`);
    await expectRefused("reviewer", `/admin/calls/${SEED_IDS.aseanCall}/applications`);
    await expectRefused("reviewer", `/review/${randomUUID()}`);
    // A partner reaching another programme.
    await expectRefused("partner", `/partner/programmes/${world.kacesProgramme}`);
    await expectRefused("partner", `/admin/reports/programmes/${world.params.programmeId}`);
    // Headers that once let requests skip middleware (CVE-2025-29927) and similar internal ones.
    const internalHeaders: Record<string, string>[] = [
      { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
      { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
      { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
      { "x-middleware-prefetch": "1", "x-nextjs-data": "1" },
      { "x-invoke-path": "/admin", "x-invoke-query": "{}", "x-matched-path": "/" },
      { "x-forwarded-host": "localhost", "x-forwarded-for": "127.0.0.1", "x-real-ip": "127.0.0.1" },
    ];
    for (const headers of internalHeaders) {
      await expectRefused("anonymous", "/admin", headers);
      await expectRefused("anonymous", `/admin/calls/${world.params.callId}/applications`, headers);
      await expectRefused("applicant", "/admin/outbox", headers);
    }

    // An Auth.js session update that tries to change one's own email and roles.
    const applicant = as.applicant;
    const csrf = (await (await applicant.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const update = await applicant.post("/api/auth/session", {
      data: {
        csrfToken: csrf.csrfToken,
        data: { user: { email: "admin@madang.test", isAdmin: true, roles: ["admin"] }, email: "admin@madang.test" },
      },
      maxRedirects: 0,
    });
    expect(update.status()).toBeLessThan(500);
    const session = (await (await applicant.get("/api/auth/session")).json()) as { user?: { email?: string } };
    expect(session.user?.email).toBe("applicant@madang.test");
    await expectRefused("applicant", "/admin");
    await expectRefused("applicant", "/admin/outbox");

    // An administrator's action id replayed from a public page by someone else.
    const before = await suite.checksums();
    const adminOnly = serverActions().filter((a) => a.pages.some((p) => p.startsWith("app/admin/")));
    expect(adminOnly.length).toBeGreaterThan(10);
    for (const action of adminOnly)
      for (const persona of ["anonymous", "applicant", "partner"] as const) {
        const response = await as[persona].post("/", {
          headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8" },
          data: JSON.stringify([{ callId: world.params.callId, cohortId: world.params.cohortId }]),
          maxRedirects: 0,
        });
        expect(response.status(), `${action.exportedName} replayed as ${persona}`).toBeLessThan(500);
        expect(await response.text()).not.toContain('"ok":true');
      }
    expect(changedTables(before, await suite.checksums())).toEqual([]);
  });
});

/** Runs `work` on every item, `size` at a time. */
async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** "app/(me)/me/profile/page" → "/me/profile"; dynamic segments become a harmless placeholder. */
function pagePath(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/(page|route)$/, "")
    .replace(/^(page|route)$/, "")
    .split("/")
    .filter((s) => s && !(s.startsWith("(") && s.endsWith(")")))
    .map((s) => (s.startsWith("[") ? SEED_IDS.cpi2027Cohort : s));
  return `/${segments.join("/")}`;
}
