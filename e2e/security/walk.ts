import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

/**
 * Every page ("/admin/calls/[id]") and every route handler method ("POST /api/account/sign-in") under
 * app/, read from the files at test time, so a route added without a row in routes.ts fails the matrix.
 */
export function walkRoutes(appDir = "app"): string[] {
  const keys: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name === "page.tsx" || entry.name === "route.ts") {
        const segments = path
          .relative(appDir, dir)
          .split(path.sep)
          .filter((s) => s && !(s.startsWith("(") && s.endsWith(")")));
        const route = `/${segments.join("/")}`;
        if (entry.name === "page.tsx") keys.push(route);
        else for (const method of handlerMethods(readFileSync(full, "utf8"))) keys.push(`${method} ${route}`);
      }
    }
  };
  visit(appDir);
  return keys.sort();
}

function handlerMethods(source: string): Method[] {
  const found = new Set<Method>();
  for (const m of source.matchAll(/export\s+(?:(?:async\s+)?function|const)\s+([A-Z]+)\b/g))
    if ((METHODS as readonly string[]).includes(m[1]!)) found.add(m[1] as Method);
  for (const m of source.matchAll(/export\s+const\s+\{([^}]*)\}/g))
    for (const name of m[1]!.split(",").map((s) => s.trim()))
      if ((METHODS as readonly string[]).includes(name)) found.add(name as Method);
  return [...found];
}

/** "GET /api/x" → ["GET", "/api/x"]; a page key is a GET. */
export function splitKey(key: string): [Method, string] {
  const [first, second] = key.split(" ");
  return second ? [first as Method, second] : ["GET", first!];
}
