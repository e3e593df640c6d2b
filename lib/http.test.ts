import { describe, expect, it } from "vitest";
import { DomainError } from "./errors";
import { assertSameOrigin, readAccountBody, readBody, readBodyBytes, readMultipart, RequestRefused } from "./http";

/** A body that would go on for `total` bytes, counting how much of it was pulled. */
function endlessBody(total: number, chunk = 64 * 1024) {
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= total) return controller.close();
      state.pulled += chunk;
      controller.enqueue(new Uint8Array(chunk));
    },
  });
  return { stream, state };
}

const post = (body: BodyInit | ReadableStream, headers: Record<string, string> = {}) =>
  new Request("http://localhost:3000/api/account/sign-in", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);

describe("reading a body with a cap", () => {
  it("stops pulling a chunked 40 MB body soon after the limit", async () => {
    const { stream, state } = endlessBody(40 * 1024 * 1024);
    await expect(readBodyBytes(post(stream), 16_384)).rejects.toMatchObject({ code: "too_large" });
    expect(state.pulled).toBeLessThan(1024 * 1024);
  });

  it("refuses a declared length over the limit before reading anything", async () => {
    const { stream, state } = endlessBody(1024 * 1024);
    const request = post(stream, { "content-length": String(1024 * 1024) });
    await expect(readBodyBytes(request, 1000)).rejects.toBeInstanceOf(DomainError);
    expect(state.pulled).toBeLessThanOrEqual(64 * 1024 * 2);
  });

  it("reads a body at the limit exactly, and one byte over is refused", async () => {
    expect((await readBodyBytes(post("x".repeat(100)), 100)).byteLength).toBe(100);
    await expect(readBodyBytes(post("x".repeat(101)), 100)).rejects.toMatchObject({ code: "too_large" });
  });

  it("parses JSON and forms, and says so when it cannot", async () => {
    expect(await readBody(post('{"a":1}', { "content-type": "application/json" }))).toEqual({ a: 1 });
    expect(await readBody(post("a=1&b=%C3%A9", { "content-type": "application/x-www-form-urlencoded" }))).toEqual({
      a: "1",
      b: "é",
    });
    await expect(readBody(post("{nope", { "content-type": "application/json" }))).rejects.toMatchObject({
      code: "validation",
    });
  });
});

describe("the account endpoints", () => {
  it("take JSON only (415 otherwise)", async () => {
    for (const type of ["application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x", ""]) {
      const refused = await readAccountBody(post('{"email":"a@b.co"}', type ? { "content-type": type } : {})).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refused, type).toBeInstanceOf(RequestRefused);
      expect((refused as RequestRefused).status).toBe(415);
    }
    expect(
      await readAccountBody(post('{"email":"a@b.co"}', { "content-type": "application/json; charset=utf-8" })),
    ).toEqual({ email: "a@b.co" });
  });

  it("refuse a browser request from another origin (403) and accept our own or none", () => {
    const app = "http://localhost:3000";
    const refusedFor = (headers: Record<string, string>) => {
      try {
        assertSameOrigin(post("{}", headers), app);
        return null;
      } catch (error) {
        return (error as RequestRefused).status;
      }
    };
    expect(refusedFor({ origin: "http://attacker.test" })).toBe(403);
    expect(refusedFor({ origin: "null" })).toBe(403);
    expect(refusedFor({ origin: "http://localhost:3000.attacker.test" })).toBe(403);
    expect(refusedFor({ "sec-fetch-site": "cross-site" })).toBe(403);
    expect(refusedFor({ "sec-fetch-site": "same-site", origin: "http://localhost:3000" })).toBe(403);
    expect(refusedFor({ origin: app, "sec-fetch-site": "same-origin" })).toBeNull();
    expect(refusedFor({})).toBeNull();
  });
});

describe("multipart", () => {
  it("is read through the same cap", async () => {
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(5000)]), "a.bin");
    const encoded = new Request("http://x/", { method: "POST", body: form });
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    const type = encoded.headers.get("content-type")!;
    const parsed = await readMultipart(post(bytes, { "content-type": type }), 10_000);
    expect((parsed.get("file") as File).size).toBe(5000);
    await expect(readMultipart(post(bytes, { "content-type": type }), 1000)).rejects.toMatchObject({
      code: "too_large",
    });
    await expect(readMultipart(post("{}", { "content-type": "application/json" }), 1000)).rejects.toBeInstanceOf(
      RequestRefused,
    );
  });
});
