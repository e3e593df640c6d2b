import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { HANDOFF_HEADER } from "@/lib/auth/edge-session";
import { hasRootField, installServerEdge } from "./server-edge";

describe("the server edge on a real HTTP server", () => {
  let server: http.Server;
  let port = 0;
  let bodiesRead = 0;
  beforeAll(async () => {
    installServerEdge(0);
    server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => {
        bodiesRead += 1;
        chunks.push(chunk);
      });
      request.on("end", () =>
        response.end(
          request.url === "/echo"
            ? Buffer.concat(chunks)
            : request.url === "/handoff"
              ? String(request.headers[HANDOFF_HEADER] ?? "none")
              : String(request.headers[CLIENT_ADDRESS_HEADER] ?? ""),
        ),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const ask = (options: {
    path?: string;
    method?: string;
    headers?: Record<string, string>;
    from?: string;
    body?: string;
  }) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: "127.0.0.1",
          port,
          path: options.path ?? "/",
          method: options.method ?? "GET",
          headers: options.headers,
          localAddress: options.from ?? "127.0.0.1",
        },
        (response) => {
          let body = "";
          response.on("data", (chunk) => (body += chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      request.on("error", reject);
      request.end(options.body);
    });

  it("removes a session hand-off header the client sent, on every path and method", async () => {
    for (const method of ["GET", "POST"])
      expect((await ask({ path: "/handoff", method, headers: { [HANDOFF_HEADER]: "chosen" } })).body).toBe("none");
  });

  it("stamps the socket's address, replacing a header of the same name and ignoring X-Forwarded-For", async () => {
    expect((await ask({ headers: { [CLIENT_ADDRESS_HEADER]: "1.2.3.4", "x-forwarded-for": "5.6.7.8" } })).body).toBe(
      "127.0.0.1",
    );
    expect((await ask({ from: "127.0.9.9" })).body).toBe("127.0.9.9");
  });

  it("answers 400 to a broken %-escape for any method, without reading the body", async () => {
    const before = bodiesRead;
    for (const path of ["/verify/%", "/verify/%E0%A4%A?x=1", "/calls/%ZZ"]) {
      expect((await ask({ path })).status).toBe(400);
      expect(
        (await ask({ path, method: "POST", headers: { "content-type": "text/plain" }, body: "x".repeat(1000) })).status,
      ).toBe(400);
    }
    expect(bodiesRead).toBe(before);
    expect((await ask({ path: "/programmes/%E0%A4%A8" })).status).toBe(200);
  });

  it("answers 415 to an action call in an encoding React never sends, and lets the two it sends through", async () => {
    const action = { "next-action": "7f00aa" };
    for (const type of ["application/json", "application/xml", "application/x-www-form-urlencoded", ""]) {
      const answer = await ask({ method: "POST", headers: { ...action, "content-type": type }, body: "{}" });
      expect(answer.status, type).toBe(415);
    }
    const framed = '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]\r\n--x--\r\n';
    for (const [type, body] of [
      ["text/plain;charset=UTF-8", "[]"],
      ["multipart/form-data; boundary=x", framed],
    ] as const) {
      expect((await ask({ method: "POST", headers: { ...action, "content-type": type }, body })).status).toBe(200);
    }
    expect((await ask({ method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(
      200,
    );
  });

  const part = (name: string, value: string, file = false) =>
    `--b0undary\r\nContent-Disposition: form-data; name="${name}"${file ? '; filename="x.pdf"\r\nContent-Type: application/pdf' : ""}\r\n\r\n${value}\r\n`;
  const multipart = (...parts: string[]) => `${parts.join("")}--b0undary--\r\n`;
  const actionCall = { "next-action": "7f00aa", "content-type": "multipart/form-data; boundary=b0undary" };

  it("answers 400 to a multipart action call without React's root field, and passes React's own unchanged", async () => {
    for (const body of [
      "",
      multipart(),
      multipart(part("1_title", "x"), part("1_file", "%PDF-1.7", true)),
      multipart(part("00", "[]"), part("x0", "[]")),
      `Content-Disposition: form-data; name="0"\r\n\r\n[]`, // no boundary line before it
    ]) {
      const answer = await ask({ path: "/echo", method: "POST", headers: actionCall, body });
      expect(answer.status, body).toBe(400);
      expect(answer.body).toMatch(/not encoded as the app encodes it/);
    }
    const react = multipart(part("1_title", "Café ✓"), part("1_file", "%PDF-1.7 ß", true), part("0", '["$K1"]'));
    const passed = await ask({ path: "/echo", method: "POST", headers: actionCall, body: react });
    expect(passed).toEqual({ status: 200, body: react });
    // Without the action header it is a plain form post, not the edge's business.
    const plain = await ask({
      path: "/echo",
      method: "POST",
      headers: { "content-type": actionCall["content-type"] },
      body: multipart(),
    });
    expect(plain.status).toBe(200);
  });

  it("answers 413 to a chunked multipart action call past the action limit", async () => {
    const big = multipart(part("0", '["$K1"]'), part("1_x", "x".repeat(1_200_000)));
    expect(
      (
        await ask({
          path: "/echo",
          method: "POST",
          headers: { ...actionCall, "transfer-encoding": "chunked" },
          body: big,
        })
      ).status,
    ).toBe(413);
  });

  it("finds the root field only as a whole part name", () => {
    const body = (name: string) =>
      Buffer.from(`--q\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n[]\r\n--q--\r\n`);
    expect(hasRootField(body("0"), "q")).toBe(true);
    expect(hasRootField(body("01"), "q")).toBe(false);
    expect(hasRootField(body("0"), "other")).toBe(false);
    expect(hasRootField(body("0"), "")).toBe(false);
  });
});
