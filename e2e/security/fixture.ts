import { readFileSync } from "node:fs";
import { test as base, expect, request, type APIRequestContext, type APIResponse } from "@playwright/test";
import { DEMO_PASSWORD } from "../../db/seed/accounts";
import { changedTables, SecurityServer, SECURITY_BASE_URL, tableChecksums } from "./server";
import { buildWorld, PERSONA_EMAIL, PERSONAS, type Persona, type World } from "./world";

export type Suite = {
  server: SecurityServer;
  world: World;
  as: Record<Persona, APIRequestContext>;
  /** Stops the server, reads every table's checksum, starts it again. */
  checksums: () => Promise<Map<string, string>>;
  /** Signs every persona in again: the fuzzing may end sessions (signing out everywhere is an action like any other). */
  signInAgain: () => Promise<void>;
};

async function signIn(persona: Exclude<Persona, "anonymous">): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL: SECURITY_BASE_URL, maxRedirects: 0 });
  const response = await context.post("/api/account/sign-in", {
    data: { email: PERSONA_EMAIL[persona], password: DEMO_PASSWORD },
  });
  expect(response.status(), `${persona} signs in`).toBe(200);
  return context;
}

/**
 * One server and one set of signed-in personas for the whole worker: the matrix and the fuzzing share
 * them (a fresh seed takes half a minute), and the server is stopped when the worker ends.
 */
export const test = base.extend<object, { suite: Suite }>({
  suite: [
    async ({}, provide) => {
      const server = new SecurityServer();
      await server.prepare();
      const world = await server.withDatabase(buildWorld);
      await server.start();
      const as = {} as Record<Persona, APIRequestContext>;
      try {
        for (const persona of PERSONAS)
          as[persona] =
            persona === "anonymous"
              ? await request.newContext({ baseURL: SECURITY_BASE_URL, maxRedirects: 0 })
              : await signIn(persona);
        const checksums = async () => {
          await server.stop();
          try {
            return await server.withDatabase(tableChecksums);
          } finally {
            await server.start();
          }
        };
        const signInAgain = async () => {
          for (const persona of PERSONAS) {
            if (persona === "anonymous") continue;
            const fresh = await signIn(persona);
            await as[persona].dispose();
            as[persona] = fresh;
          }
        };
        await provide({ server, world, as, checksums, signInAgain });
      } finally {
        for (const context of Object.values(as)) await context.dispose();
        await server.stop();
      }
    },
    { scope: "worker", timeout: 600_000 },
  ],
});

export { expect, changedTables };

/** Status and body, with the body read whatever the content type. */
export async function read(response: APIResponse): Promise<{ status: number; location: string; body: string }> {
  return {
    status: response.status(),
    location: response.headers()["location"] ?? "",
    body: await response.text().catch(() => ""),
  };
}

/** The ids of every server action in the build, with the pages that carry them. */
export function serverActions(): { id: string; pages: string[]; exportedName: string; filename: string }[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    pages: Object.keys(entry.workers),
    exportedName: entry.exportedName ?? "",
    filename: entry.filename ?? "",
  }));
}
