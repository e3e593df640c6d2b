import fc from "fast-check";
import type { APIRequestContext } from "@playwright/test";
import { changedTables, expect, serverActions, test, type Suite } from "./security/fixture";
import { fillRoute, splitKey } from "./security/matrix";
import { ROUTES } from "./security/routes";
import type { Persona } from "./security/world";

// A fixed seed and a bounded count: the same inputs every run. FUZZ_RUNS raises the count per endpoint.
const SEED = 16;
const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.MATRIX_FULL === "1" ? 12 : 3));

const SCRIPT = `<script>window.fuzzed=1</script>`;
const IMG = `<img src=x onerror="fuzzed()">`;
const EDGE_STRINGS = [
  "",
  " ",
  "x".repeat(70_000),
  "\u0000",
  "\ud800",
  "\u202e\u0645\u0631\u062d\u0628\u0627",
  "e\u0301\u0301\u0301",
  "👩🏽‍🚀".repeat(50),
  "\uFEFFBOM",
  SCRIPT,
  IMG,
  `"><svg onload=fuzzed()>`,
  "' OR 1=1 --",
  "'; drop table users; --",
  "1; select pg_sleep(5)",
  "%00%2e%2e%2f",
  "../../etc/passwd",
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  "2027-02-30",
  "NaN",
  "-1",
  "1e309",
];
const FIELDS = [
  "id",
  "callId",
  "applicationId",
  "cohortId",
  "programmeId",
  "sessionId",
  "enrolmentId",
  "email",
  "password",
  "name",
  "title",
  "body",
  "version",
  "scores",
  "answers",
  "status",
  "reason",
  "rows",
  "mapping",
  "token",
  "code",
  "locale",
  "__proto__",
  "constructor",
];

const evil: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(...EDGE_STRINGS),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom(-1, 0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 0.5),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...FIELDS), tie("value"), { maxKeys: 4 }),
  ),
})).value;
/** A request body: mostly an object with the names forms use, sometimes no object at all. */
const bodies = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...FIELDS), evil, { maxKeys: 8 }) },
  { weight: 1, arbitrary: evil },
);
type Encoding = "json" | "text" | "form" | "multipart" | "xml" | "broken-json";
const encodings = fc.constantFrom<Encoding>("json", "json", "text", "form", "multipart", "xml", "broken-json");

function samples(runs: number, salt: number) {
  return fc.sample(fc.tuple(bodies, encodings), { seed: SEED + salt, numRuns: runs });
}

function flat(body: unknown): Record<string, string> {
  if (!body || typeof body !== "object" || Array.isArray(body)) return { value: String(JSON.stringify(body)) };
  return Object.fromEntries(
    Object.entries(body).map(([k, v]) => [k, typeof v === "string" ? v : String(JSON.stringify(v))]),
  );
}

/** The request options for one body in one encoding. */
function encode(body: unknown, encoding: Encoding, headers: Record<string, string> = {}) {
  switch (encoding) {
    case "json":
      return { headers: { ...headers, "Content-Type": "application/json" }, data: JSON.stringify(body) ?? "null" };
    case "text":
      return { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: JSON.stringify([body]) };
    case "form":
      return { headers, form: flat(body) };
    case "multipart":
      return { headers, multipart: flat(body) };
    case "xml":
      return { headers: { ...headers, "Content-Type": "application/xml" }, data: `<a>${SCRIPT}</a>` };
    case "broken-json":
      return { headers: { ...headers, "Content-Type": "application/json" }, data: `{"email": "${SCRIPT}", ` };
  }
}

type Tally = { inputs: number; status500: string[]; reflected: string[]; refused: number; accepted: number };

async function probe(
  tally: Tally,
  label: string,
  context: APIRequestContext,
  url: string,
  method: string,
  options: {
    headers?: Record<string, string>;
    data?: string;
    form?: Record<string, string>;
    multipart?: Record<string, string>;
  },
) {
  const response = await context.fetch(url, { method, maxRedirects: 0, timeout: 30_000, ...options });
  tally.inputs++;
  const status = response.status();
  if (status >= 500) tally.status500.push(`${label}: ${status} ${(await response.text()).slice(0, 200)}`);
  const type = response.headers()["content-type"] ?? "";
  if (type.includes("text/html")) {
    const html = await response.text();
    if (html.includes(SCRIPT) || html.includes(IMG)) tally.reflected.push(label);
  }
  if (status >= 400 || (await response.text()).includes('"ok":false')) tally.refused++;
  else tally.accepted++;
}

/** Every route handler method (query strings for GETs, bodies otherwise) and every server action, as one persona. */
async function fuzzAs(suite: Suite, persona: Persona, tally: Tally) {
  const context = suite.as[persona];
  let salt = 0;
  for (const [key, row] of Object.entries(ROUTES)) {
    const [method, pattern] = splitKey(key);
    if (!key.includes(" ")) continue; // pages: their searchParams are fuzzed below
    if (pattern.includes("sign-in") || pattern.includes("nextauth")) continue; // would end the persona's session
    const url = fillRoute(pattern, row, suite.world);
    for (const [body, encoding] of samples(RUNS, ++salt)) {
      if (method === "GET") {
        const query = new URLSearchParams(flat(body)).toString();
        await probe(tally, `${key}?${query.slice(0, 60)} as ${persona}`, context, `${url}?${query}`, "GET", {});
      } else await probe(tally, `${key} ${encoding} as ${persona}`, context, url, method, encode(body, encoding));
    }
  }
  for (const [key, row] of Object.entries(ROUTES)) {
    if (key.includes(" ")) continue;
    const url = fillRoute(key, row, suite.world);
    const [[body]] = samples(1, ++salt) as [[unknown, Encoding]];
    const query = new URLSearchParams(flat(body)).toString();
    await probe(tally, `${key}?${query.slice(0, 60)} as ${persona}`, context, `${url}?${query}`, "GET", {});
  }
  for (const action of serverActions()) {
    if (action.exportedName === "signOutAction") continue; // ends the session by design, whatever it is sent
    const page = "/";
    for (const [body, encoding] of samples(RUNS, ++salt)) {
      const headers = { "Next-Action": action.id, Accept: "text/x-component" };
      // A form posted without JavaScript names the action in a field and has no header; with JavaScript the
      // header names it and React's multipart framing carries the arguments in the root field "0". The
      // framing is kept and what it carries is generated; the same fields without the root field follow
      // (the server edge refuses them: Next alone would answer 500, lib/security/server-edge.ts).
      const options =
        encoding === "form"
          ? { headers: { Accept: "text/html" }, multipart: { [`$ACTION_ID_${action.id}`]: "", ...flat(body) } }
          : encoding === "multipart"
            ? { headers, multipart: { ...flat(body), "0": JSON.stringify([body]) ?? "[null]" } }
            : encode(body, encoding, headers);
      await probe(tally, `${action.exportedName} ${encoding} as ${persona}`, context, page, "POST", options);
      if (encoding === "multipart")
        await probe(tally, `${action.exportedName} multipart without "0" as ${persona}`, context, page, "POST", {
          headers,
          multipart: { ...flat(body), "1": "[]" },
        });
    }
  }
}

test.describe("fuzzing every route handler and server action @security", () => {
  test("generated invalid input never gets a 500, never a reflected script, and a refused request changes no row", async ({
    suite,
  }) => {
    test.setTimeout(900_000);
    const tally: Tally = { inputs: 0, status500: [], reflected: [], refused: 0, accepted: 0 };
    // Refused requests first: as nobody, every input is refused, so no table may change.
    const before = await suite.checksums();
    await fuzzAs(suite, "anonymous", tally);
    const acceptedAnonymously = tally.accepted;
    const changedByRefused = changedTables(before, await suite.checksums());
    // Then as the people with the most rights, where the input is what must refuse.
    const beforeStaff = await suite.checksums();
    for (const persona of ["applicant", "admin"] as const) await fuzzAs(suite, persona, tally);
    const acceptedSignedIn = tally.accepted - acceptedAnonymously;
    const changedSignedIn = changedTables(beforeStaff, await suite.checksums());
    const rowsChanged = changedByRefused.length + (acceptedSignedIn === 0 ? changedSignedIn.length : 0);
    console.log(
      `fuzz inputs=${tally.inputs} status500=${tally.status500.length} rows_changed=${rowsChanged} refused=${tally.refused} accepted=${tally.accepted}`,
    );
    expect(tally.status500).toEqual([]);
    expect(tally.reflected).toEqual([]);
    expect(changedByRefused, "tables changed by refused anonymous requests").toEqual([]);
    if (acceptedSignedIn === 0) expect(changedSignedIn, "tables changed by refused signed-in requests").toEqual([]);
  });
});
