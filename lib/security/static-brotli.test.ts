import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installServerEdge } from "./server-edge";
import { acceptsBrotli } from "./static-brotli";

describe("the build's scripts and stylesheets, brotli-compressed at the edge", () => {
  const root = mkdtempSync(path.join(tmpdir(), "static-brotli-"));
  const staticDir = path.join(root, "static");
  const script = `self.chunk=${JSON.stringify("const answer = 42; ".repeat(2000))};`;
  const style = ".a{color:red}".repeat(500);
  let server: http.Server;
  let port = 0;
  beforeAll(async () => {
    mkdirSync(path.join(staticDir, "chunks"), { recursive: true });
    mkdirSync(path.join(staticDir, "build-1"), { recursive: true });
    mkdirSync(path.join(staticDir, "media"), { recursive: true });
    writeFileSync(path.join(staticDir, "chunks", "0a1b.js"), script);
    writeFileSync(path.join(staticDir, "chunks", "0c2d.css"), style);
    writeFileSync(path.join(staticDir, "build-1", "_buildManifest.js"), "self.__BUILD_MANIFEST={}");
    writeFileSync(path.join(staticDir, "media", "font.woff2"), "not text");
    // Beside the static folder, as .next's server files are beside .next/static: never to be served.
    writeFileSync(path.join(root, "secret.js"), "SECRET");
    installServerEdge(0, { staticDir });
    // Stands in for Next: says it answered.
    server = http.createServer((request, response) => response.end(`next ${request.url}`));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  const ask = (target: string, headers: Record<string, string> = {}, method = "GET") =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      // The target goes as written: http.request does not normalise dots or escapes.
      const request = http.request({ host: "127.0.0.1", port, path: target, method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      });
      request.on("error", reject);
      request.end();
    });
  const br = { "accept-encoding": "gzip, deflate, br, zstd" };

  /** Asks until the edge's background copy is ready (the first asks go to Next and bump the file). */
  const askCompressed = async (target: string, headers: Record<string, string> = br, method = "GET") => {
    for (let tries = 0; ; tries++) {
      const answer = await ask(target, headers, method);
      if (answer.headers["content-encoding"] === "br" || tries > 100) return answer;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it("sends a script and a stylesheet as brotli with Next's headers, the same bytes once decoded", async () => {
    const js = await askCompressed("/_next/static/chunks/0a1b.js?dpl=x");
    expect(js.status).toBe(200);
    expect(zlib.brotliDecompressSync(js.body).toString()).toBe(script);
    expect(js.body.length).toBeLessThan(script.length / 10);
    expect(js.headers).toMatchObject({
      "content-type": "application/javascript; charset=UTF-8",
      "cache-control": "public, max-age=31536000, immutable",
      vary: "Accept-Encoding",
      "x-content-type-options": "nosniff",
      "referrer-policy": "same-origin",
      "content-length": String(js.body.length),
    });
    expect(js.headers["x-frame-options"]).toBeUndefined();
    expect(js.headers["x-request-id"]).toBeTruthy();
    expect(js.headers.etag).toMatch(/^"br-[\w-]+"$/);

    const css = await askCompressed("/_next/static/chunks/0c2d.css");
    expect(css.headers["content-type"]).toBe("text/css; charset=UTF-8");
    expect(zlib.brotliDecompressSync(css.body).toString()).toBe(style);
    // Outside chunks/, the headers next.config.ts gives the rest of /_next.
    const manifest = await askCompressed("/_next/static/build-1/_buildManifest.js");
    expect(manifest.headers).toMatchObject({ "content-encoding": "br", "x-frame-options": "DENY" });
  });

  it("answers HEAD with the headers alone and 304 to the ETag it gave", async () => {
    const head = await askCompressed("/_next/static/chunks/0a1b.js", br, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBeGreaterThan(0);
    const etag = head.headers.etag!;
    const again = await ask("/_next/static/chunks/0a1b.js", { ...br, "if-none-match": `W/"other", ${etag}` });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect((await ask("/_next/static/chunks/0a1b.js", { ...br, "if-none-match": '"other"' })).status).toBe(200);
  });

  it("leaves to Next a client without brotli, a Range, another method, another file and anything outside", async () => {
    await askCompressed("/_next/static/chunks/0a1b.js");
    const next = async (target: string, headers: Record<string, string> = br, method = "GET") => {
      const answer = await ask(target, headers, method);
      expect(answer.headers["content-encoding"], target).toBeUndefined();
      return answer.body.toString();
    };
    const chunk = "/_next/static/chunks/0a1b.js";
    expect(await next(chunk, {})).toBe(`next ${chunk}`);
    expect(await next(chunk, { "accept-encoding": "gzip, br;q=0" })).toBe(`next ${chunk}`);
    expect(await next(chunk, { ...br, range: "bytes=0-10" })).toBe(`next ${chunk}`);
    expect(await next(chunk, br, "POST")).toBe(`next ${chunk}`);
    for (const target of [
      "/_next/static/media/font.woff2",
      "/_next/static/chunks/missing.js",
      "/_next/static/../secret.js",
      "/_next/static/chunks/../../secret.js",
      "/_next/static/%2e%2e/secret.js",
      "/_next/static/chunks/%2E%2E%2F%2E%2E%2Fsecret.js",
      "/_next/static/chunks%2F..%2F..%2Fsecret.js",
      "/_next/static/..%5csecret.js",
      "/_next/static/chunks/0a1b.js%00",
      "/_next/static//chunks/0a1b.js",
      "/_next/static/chunks/./0a1b.js",
      "/_next/static/" + path.join(staticDir, "chunks", "0a1b.js"),
      "/_next/static",
      "/other/_next/static/chunks/0a1b.js",
    ]) {
      expect(await next(target), target).toBe(`next ${target}`);
    }
  });

  it("reads Accept-Encoding's weights", () => {
    expect(acceptsBrotli("gzip, deflate, br")).toBe(true);
    expect(acceptsBrotli("BR;q=0.5")).toBe(true);
    expect(acceptsBrotli("br;q=0")).toBe(false);
    expect(acceptsBrotli("br; q=0.0")).toBe(false);
    expect(acceptsBrotli("gzip")).toBe(false);
    expect(acceptsBrotli("*")).toBe(true);
    expect(acceptsBrotli("*, br;q=0")).toBe(false);
    expect(acceptsBrotli("identity, *;q=0")).toBe(false);
    expect(acceptsBrotli(undefined)).toBe(false);
    expect(acceptsBrotli("")).toBe(false);
  });
});
