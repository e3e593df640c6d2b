// The page cache (lib/page-cache.ts) in front of a real HTTP server, on a real database of either driver: what it
// sends again, what it renders again, and the session check it makes on every request (lib/auth/edge-session.ts).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeRows } from "@/db/subquery";
import { users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { HANDOFF_HEADER, takeHandedSession, viewRequest } from "@/lib/auth/edge-session";
import { endSession, startSession } from "@/lib/auth/sessions";
import { encodeSessionToken } from "@/lib/auth/session-token";
import { foldWriteMarks, readWriteMarks } from "@/db/write-marks";
import { PAGE_CACHE_HEADER, pageCache, type Viewing } from "./page-cache";

type Answer = { status: number; body: string; headers: http.IncomingHttpHeaders };

function ask(port: number, path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<Answer>((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString("latin1"),
          headers: response.headers,
        }),
      );
    });
    request.on("error", reject);
    request.end();
  });
}

describe.each(testDrivers())("the page cache (%s)", (driver) => {
  let t: TestDatabase;
  let server: http.Server;
  let port = 0;
  let renders = 0;
  let clock = 1_000_000;
  let view: (request: http.IncomingMessage) => Promise<Viewing>;
  const cache = pageCache({
    seconds: 30,
    maxBytes: 64 * 1024,
    now: () => clock,
    view: (request) => view(request),
  });
  const secret = "page-cache-test-secret-page-cache-test-secret";
  const saved = process.env.AUTH_SECRET;

  // A page: what the database holds now, who asked; `?status=`, `?cookie=1`, `?type=`, `?size=`, `?write=1` vary it,
  // and `?table=other` reads another table. It waits a little first, so two renderings overlap.
  async function render(request: http.IncomingMessage, response: http.ServerResponse) {
    renders++;
    const url = new URL(request.url ?? "/", "http://x");
    await new Promise((r) => setTimeout(r, 5));
    if (url.searchParams.get("write")) await t.db.execute(sql`insert into page_cache_probe (n) values (1)`);
    const [row] =
      url.searchParams.get("table") === "other"
        ? await executeRows<{ n: number }>(t.db, sql`select count(*)::int as n from page_cache_other`)
        : await executeRows<{ n: number }>(t.db, sql`select count(*)::int as n from page_cache_probe`);
    const handed = request.headers[HANDOFF_HEADER] ? "handed" : "none";
    const text = `<p>${url.pathname} rows=${row!.n} render=${renders} session=${handed}</p>`.padEnd(
      Number(url.searchParams.get("size") ?? 0),
      ".",
    );
    response.statusCode = Number(url.searchParams.get("status") ?? 200);
    response.setHeader("content-type", url.searchParams.get("type") ?? "text/html; charset=utf-8");
    if (url.searchParams.get("cookie")) response.setHeader("set-cookie", "flash=1");
    if (url.searchParams.get("gzip")) {
      response.setHeader("content-encoding", "gzip");
      const zipped = gzipSync(text);
      response.write(zipped.subarray(0, 5));
      response.end(zipped.subarray(5));
    } else {
      response.write(text.slice(0, 4));
      response.end(text.slice(4));
    }
  }

  beforeAll(async () => {
    t = await openTestDatabase(driver);
    await t.db.execute(sql`create table page_cache_probe (n int not null)`);
    await t.db.execute(sql`create table page_cache_other (n int not null)`);
    // As db/migrate.ts does after every migration: new tables get their write marks.
    await t.db.execute(sql`select mark_all_tables()`);
    process.env.AUTH_SECRET = secret;
    server = http.createServer((request, response) => {
      if (!cache.handle(request, response, () => void render(request, response))) void render(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  }, 120_000);
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await t?.close();
    if (saved === undefined) delete process.env.AUTH_SECRET;
    else process.env.AUTH_SECRET = saved;
  });
  beforeEach(() => {
    view = viewRequest(() => t.db);
  });

  const write = () => t.db.execute(sql`insert into page_cache_probe (n) values (1)`);

  /** A new person with a live session, and the Cookie header that names it. */
  async function signedIn(email: string, name: string) {
    const [person] = await t.db.insert(users).values({ email, name }).returning();
    const { sessionId } = await startSession(t.db, person!.id, {});
    const token = await encodeSessionToken({
      token: { uid: person!.id, sid: sessionId },
      secret,
      salt: "authjs.session-token",
    });
    return { person, sessionId, cookie: { cookie: `authjs.session-token=${token}` } };
  }

  it("sends a page again while nothing it read is written, and renders it again after a write to it", async () => {
    const first = await ask(port, "/a");
    const before = renders;
    const again = await ask(port, "/a");
    expect(renders).toBe(before);
    expect(again.headers[PAGE_CACHE_HEADER]).toBe("hit");
    expect(first.headers[PAGE_CACHE_HEADER]).toBe("miss");
    expect(again.body).toBe(first.body);
    expect(again.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(Number(again.headers["content-length"])).toBe(Buffer.byteLength(first.body, "latin1"));

    await write();
    const after = await ask(port, "/a");
    expect(renders).toBe(before + 1);
    expect(after.body).toMatch(/rows=1 /);
    expect(after.body).not.toBe(first.body);
  });

  it("keeps the answer as it went on the wire, compressed, split across writes", async () => {
    const first = await ask(port, "/zipped?gzip=1");
    const before = renders;
    const again = await ask(port, "/zipped?gzip=1");
    expect(renders).toBe(before);
    expect(again.headers["content-encoding"]).toBe("gzip");
    expect(again.body).toBe(first.body);
  });

  it("keeps apart requests that differ in address, cookies, language, encoding or router headers", async () => {
    await ask(port, "/b");
    const variants: [string, Record<string, string>][] = [
      ["/b?x=1", {}],
      ["/b", { cookie: "theme=dark" }],
      ["/b", { "accept-language": "ko" }],
      ["/b", { "accept-encoding": "gzip" }],
      ["/b", { rsc: "1" }],
      ["/b", { rsc: "1", "next-router-state-tree": "%5B%5D" }],
      ["/b", { "x-forwarded-proto": "https" }],
    ];
    for (const [path, headers] of variants) {
      const before = renders;
      const answer = await ask(port, path, headers);
      expect(renders, `${path} ${JSON.stringify(headers)}`).toBe(before + 1);
      expect(answer.headers[PAGE_CACHE_HEADER]).toBe("miss");
      // …and each is kept for itself.
      expect((await ask(port, path, headers)).headers[PAGE_CACHE_HEADER]).toBe("hit");
      expect(renders).toBe(before + 1);
    }
  });

  it("never keeps an error, a redirect, an answer that sets a cookie, or one that is not a page", async () => {
    for (const path of [
      "/c?status=404",
      "/c?status=302",
      "/c?cookie=1",
      "/c?type=application/json",
      "/c?type=text/plain",
    ]) {
      await ask(port, path);
      const before = renders;
      const again = await ask(port, path);
      expect(renders, path).toBe(before + 1);
      expect(again.headers[PAGE_CACHE_HEADER]).toBe("miss");
    }
  });

  it("does not look up what is not a page request: other methods, /api, Next's files, static files", async () => {
    for (const [path, method] of [
      ["/d", "POST"],
      ["/d", "HEAD"],
      ["/api/health", "GET"],
      ["/_next/data/x", "GET"],
      ["/logo.svg", "GET"],
    ] as const) {
      await ask(port, path, {}, method);
      const before = renders;
      const again = await ask(port, path, {}, method);
      expect(renders, `${method} ${path}`).toBe(before + 1);
      expect(again.headers[PAGE_CACHE_HEADER]).toBeUndefined();
    }
  });

  it("renders again on a hard reload (Cache-Control: no-cache) and keeps that rendering", async () => {
    await ask(port, "/e");
    const before = renders;
    expect((await ask(port, "/e", { "cache-control": "no-cache" })).headers[PAGE_CACHE_HEADER]).toBe("miss");
    expect((await ask(port, "/e", { pragma: "no-cache" })).headers[PAGE_CACHE_HEADER]).toBe("miss");
    expect(renders).toBe(before + 2);
    expect((await ask(port, "/e")).body).toMatch(new RegExp(`render=${before + 2}`));
  });

  it("forgets a page after its seconds, though nothing was written", async () => {
    await ask(port, "/f");
    clock += 29_000;
    expect((await ask(port, "/f")).headers[PAGE_CACHE_HEADER]).toBe("hit");
    clock += 2_000;
    const before = renders;
    expect((await ask(port, "/f")).headers[PAGE_CACHE_HEADER]).toBe("miss");
    expect(renders).toBe(before + 1);
  });

  it("renders a page that writes what it reads every time, and keeps one entry for it", async () => {
    await ask(port, "/g?write=1");
    const { entries } = cache.size();
    const before = renders;
    expect((await ask(port, "/g?write=1")).headers[PAGE_CACHE_HEADER]).toBe("miss");
    expect((await ask(port, "/g?write=1")).headers[PAGE_CACHE_HEADER]).toBe("miss");
    expect(renders).toBe(before + 2);
    expect(cache.size().entries).toBe(entries);
  });

  it("keeps a page through writes to tables it did not read: another table, a session's touch", async () => {
    const probe = await ask(port, "/k");
    const other = await ask(port, "/k?table=other");
    await t.db.execute(sql`insert into page_cache_other (n) values (1)`);
    await t.db.execute(sql`update user_sessions set last_seen_at = now()`);
    expect(await ask(port, "/k")).toMatchObject({ body: probe.body, headers: { [PAGE_CACHE_HEADER]: "hit" } });
    const again = await ask(port, "/k?table=other");
    expect(again.headers[PAGE_CACHE_HEADER]).toBe("miss");
    expect(again.body).not.toBe(other.body);
    // Two renderings at once each note only their own statements: a write to one's table leaves the other kept.
    await Promise.all([ask(port, "/l"), ask(port, "/l?table=other")]);
    await write();
    expect((await ask(port, "/l?table=other")).headers[PAGE_CACHE_HEADER]).toBe("hit");
    expect((await ask(port, "/l")).headers[PAGE_CACHE_HEADER]).toBe("miss");
  });

  it("stays within its bytes, the least recently used out first, and keeps no page over an eighth of them", async () => {
    for (let i = 0; i < 40; i++) await ask(port, `/h${i}?size=4000`);
    const { bytes, entries } = cache.size();
    expect(bytes).toBeLessThanOrEqual(64 * 1024);
    expect(entries).toBeLessThan(40);
    expect(entries).toBeGreaterThan(5);
    expect((await ask(port, "/h39?size=4000")).headers[PAGE_CACHE_HEADER]).toBe("hit");
    expect((await ask(port, "/h0?size=4000")).headers[PAGE_CACHE_HEADER]).toBe("miss");
    await ask(port, "/big?size=9000");
    expect((await ask(port, "/big?size=9000")).headers[PAGE_CACHE_HEADER]).toBe("miss");
  });

  it("renders, keeping nothing, when the check fails", async () => {
    view = () => Promise.reject(new Error("database away"));
    const before = renders;
    await ask(port, "/i");
    await ask(port, "/i");
    expect(renders).toBe(before + 2);
  });

  it("checks the session on every request, hit or not, and hands it to the page only for the same cookie", async () => {
    const { person, sessionId, cookie } = await signedIn("cache@example.org", "Cache Person");
    const first = await ask(port, "/j", cookie);
    expect(first.body).toMatch(/session=handed/);
    expect((await ask(port, "/j", cookie)).headers[PAGE_CACHE_HEADER]).toBe("hit");

    // What the page is given: the checked session, for a cookie naming it; nothing for anyone else.
    let seen: http.IncomingMessage | undefined;
    const checking = viewRequest(() => t.db);
    view = async (request) => {
      seen = request;
      const viewing = await checking(request);
      const handed = request.headers[HANDOFF_HEADER] as string;
      expect(takeHandedSession(handed, { uid: person!.id, sid: sessionId })?.actor.userId).toBe(person!.id);
      expect(takeHandedSession(handed, { uid: person!.id, sid: crypto.randomUUID() })).toBeNull();
      expect(takeHandedSession("made-up", { uid: person!.id, sid: sessionId })).toBeNull();
      return viewing;
    };
    await ask(port, "/j?look=1", { ...cookie, [HANDOFF_HEADER]: "chosen-by-the-client" });
    expect(seen!.headers[HANDOFF_HEADER]).not.toBe("chosen-by-the-client");
    // Released once the answer is sent.
    const released = seen!.headers[HANDOFF_HEADER] as string;
    await new Promise((r) => setTimeout(r, 20));
    expect(takeHandedSession(released, { uid: person!.id, sid: sessionId })).toBeNull();

    // A session past its idle lifetime is no session, though nothing was written: no kept page goes back.
    view = viewRequest(() => t.db);
    const before = renders;
    const clockWas = process.env.MADANG_NOW;
    process.env.MADANG_NOW = new Date(Date.now() + 400 * 86_400_000).toISOString();
    try {
      const late = await ask(port, "/j", cookie);
      expect(late.headers[PAGE_CACHE_HEADER]).toBeUndefined();
      expect(late.body).toMatch(/session=none/);
      expect(renders).toBe(before + 1);
    } finally {
      if (clockWas === undefined) delete process.env.MADANG_NOW;
      else process.env.MADANG_NOW = clockWas;
    }
    // An ended one likewise.
    await endSession(t.db, sessionId, "sign_out");
    expect((await ask(port, "/j", cookie)).body).toMatch(/session=none/);
  });

  it("marks each table's writes: committed ones, on their own table only, and not reads or rolled-back ones", async () => {
    const a = await readWriteMarks(t.db);
    // Every table has a mark, migrated or added later (mark_all_tables), written or not.
    const tables = await executeRows<{ name: string }>(
      t.db,
      sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname <> 'write_marks'`,
    );
    expect(tables.length).toBeGreaterThan(30);
    expect(Object.keys(a).sort()).toEqual(tables.map((r) => r.name).sort());
    await t.db.execute(sql`select count(*) from page_cache_probe`);
    expect(await readWriteMarks(t.db)).toEqual(a);
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`insert into page_cache_probe (n) values (2)`);
      await tx.execute(sql`update page_cache_probe set n = 3 where n = 2`);
    });
    const b = await readWriteMarks(t.db);
    expect(Number(b.page_cache_probe)).toBe(Number(a.page_cache_probe) + 2);
    expect({ ...b, page_cache_probe: a.page_cache_probe }).toEqual(a);
    await expect(
      t.db.transaction(async (tx) => {
        await tx.execute(sql`delete from page_cache_probe`);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await readWriteMarks(t.db)).toEqual(b);
    await t.db.execute(sql`truncate page_cache_other`);
    expect(Number((await readWriteMarks(t.db)).page_cache_other)).toBe(Number(b.page_cache_other) + 1);
    // Folding the rows of closed connections (here a slot no live backend has) moves no mark, and leaves one row
    // per table and open connection.
    await t.db.execute(
      sql`insert into write_marks (table_name, slot, writes) values ('page_cache_other', 2147483000, 5)`,
    );
    const before = await readWriteMarks(t.db);
    expect(await foldWriteMarks(t.db)).toBeGreaterThanOrEqual(1);
    expect(await readWriteMarks(t.db)).toEqual(before);
    const [gone] = await executeRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from write_marks where slot = 2147483000`,
    );
    expect(gone!.n).toBe(0);
  });

  it("a change of the person (name, roles, language) is a new page, though the page read nothing of them", async () => {
    const { person, cookie } = await signedIn("who@example.org", "Before");
    await ask(port, "/m", cookie);
    expect((await ask(port, "/m", cookie)).headers[PAGE_CACHE_HEADER]).toBe("hit");
    await t.db
      .update(users)
      .set({ name: "After" })
      .where(sql`id = ${person!.id}`);
    expect((await ask(port, "/m", cookie)).headers[PAGE_CACHE_HEADER]).toBe("miss");
    expect((await ask(port, "/m", cookie)).headers[PAGE_CACHE_HEADER]).toBe("hit");
    await t.db
      .update(users)
      .set({ locale: "ko" })
      .where(sql`id = ${person!.id}`);
    expect((await ask(port, "/m", cookie)).headers[PAGE_CACHE_HEADER]).toBe("miss");
  });
});
