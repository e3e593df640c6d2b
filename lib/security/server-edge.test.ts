import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { installServerEdge } from "./server-edge";

describe("the server edge on a real HTTP server", () => {
  let server: http.Server;
  let port = 0;
  let bodiesRead = 0;
  beforeAll(async () => {
    installServerEdge(0);
    server = http.createServer((request, response) => {
      request.on("data", () => (bodiesRead += 1));
      request.on("end", () => response.end(String(request.headers[CLIENT_ADDRESS_HEADER] ?? "")));
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
    for (const type of ["text/plain;charset=UTF-8", "multipart/form-data; boundary=x"]) {
      expect((await ask({ method: "POST", headers: { ...action, "content-type": type }, body: "[]" })).status).toBe(
        200,
      );
    }
    expect((await ask({ method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(
      200,
    );
  });
});
