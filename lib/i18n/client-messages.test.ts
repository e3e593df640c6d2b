import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";

/*
 * Pages no longer carry every message to the browser: a layout (or a page) hands its client components only the
 * namespaces they call, through <ClientMessages namespaces={[…]}> (components/i18n/client-messages.tsx). This test
 * reads the source and fails when a client component would meet a namespace its provider does not give it, which
 * on the page would be a raw key.
 *
 * The rules it checks, from the files alone:
 * - a module is client code when it says "use client", or when client code imports it (not "use server" modules,
 *   which the browser calls by reference, nor type-only imports);
 * - a route file (page, layout, error, loading, not-found, …) needs every namespace that useTranslations("…")
 *   names in the client code it reaches through its imports, and a provider at all if that code imports
 *   next-intl (useLocale, useFormatter); the root layout has none, so pages without client text load no next-intl;
 * - its provider is its own <ClientMessages> if it has one (several in one file count together), otherwise the
 *   nearest layout's, from its own folder up to app/layout.tsx. Providers do not merge: the innermost one wins.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];
const ROUTE_FILES = new Set([
  "page",
  "layout",
  "error",
  "loading",
  "not-found",
  "forbidden",
  "unauthorized",
  "template",
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return undefined;
  if (/\.tsx?$/.test(base) && existsSync(base)) return base;
  return EXTENSIONS.map((ext) => base + ext).find((file) => existsSync(file));
}

type Module = {
  client: boolean;
  server: boolean;
  imports: string[];
  namespaces: string[];
  dynamic: boolean;
  intl: boolean;
};

/** Any next-intl hook (useLocale, useFormatter…) needs a provider, with or without messages. */
const ANY_PROVIDER = "(any next-intl provider)";
const modules = new Map<string, Module>();

function moduleAt(file: string): Module {
  const known = modules.get(file);
  if (known) return known;
  const text = readFileSync(file, "utf8");
  const head = text.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  const imports: string[] = [];
  // Static imports and re-exports (not `import type` / `export type`), and import("…").
  for (const match of text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^;]*?\sfrom\s+)?["']([^"']+)["']/gm)) {
    const resolved = resolveImport(file, match[1]!);
    if (resolved) imports.push(resolved);
  }
  for (const match of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) {
    const resolved = resolveImport(file, match[1]!);
    if (resolved) imports.push(resolved);
  }
  const calls = [...text.matchAll(/\buseTranslations\(([^)]*)\)/g)].map((m) => m[1]!.trim());
  const mod: Module = {
    client: /^["']use client["']/.test(head),
    server: /^["']use server["']/.test(head),
    imports,
    namespaces: calls.flatMap((arg) => (/^["'][\w.]+["']$/.test(arg) ? [arg.slice(1, -1)] : [])),
    dynamic: calls.some((arg) => !/^["'][\w.]+["']$/.test(arg)),
    intl: /^import\s+(?!type\s)[^;]*from\s+["']next-intl["']/m.test(text),
  };
  modules.set(file, mod);
  return mod;
}

/** The namespaces the client code reached from one route file names, with the client files that name them. */
function clientNeeds(file: string): Map<string, string[]> {
  const needs = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (current: string, inClient: boolean) => {
    const key = `${inClient}:${current}`;
    if (seen.has(key)) return;
    seen.add(key);
    const mod = moduleAt(current);
    if (mod.server && current !== file) return;
    const client = inClient || mod.client;
    if (client) {
      if (mod.dynamic)
        throw new Error(`${path.relative(ROOT, current)} calls useTranslations without a literal namespace`);
      const used = mod.intl ? [ANY_PROVIDER, ...mod.namespaces] : mod.namespaces;
      for (const ns of used) needs.set(ns, [...(needs.get(ns) ?? []), path.relative(ROOT, current)]);
    }
    for (const next of mod.imports) visit(next, client);
  };
  visit(file, false);
  return needs;
}

function providedIn(file: string): string[] | undefined {
  const text = readFileSync(file, "utf8");
  const lists = [...text.matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g)];
  if (lists.length === 0) return undefined;
  return lists.flatMap((m) => [...m[1]!.matchAll(/["']([\w.]+)["']/g)].map((q) => q[1]!));
}

function providerOf(file: string): { from: string; namespaces: string[] } {
  const own = providedIn(file);
  if (own) return { from: file, namespaces: own };
  const appDir = path.join(ROOT, "app");
  for (let dir = path.dirname(file); dir.startsWith(appDir); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (layout !== file && existsSync(layout)) {
      const namespaces = providedIn(layout);
      if (namespaces) return { from: layout, namespaces };
    }
  }
  return { from: "(none)", namespaces: [] };
}

const covers = (provider: { from: string; namespaces: string[] }, needed: string) =>
  needed === ANY_PROVIDER
    ? provider.from !== "(none)"
    : provider.namespaces.some((ns) => needed === ns || needed.startsWith(`${ns}.`));

function exists(namespace: string): boolean {
  let node: unknown = en;
  for (const part of namespace.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "object";
}

const routeFiles = sourceFiles(path.join(ROOT, "app")).filter((file) =>
  ROUTE_FILES.has(path.basename(file).replace(/\.tsx?$/, "")),
);

describe("client components get the messages they use", () => {
  it("every route's client components find their namespaces in the provider around them", () => {
    const missing: string[] = [];
    for (const file of routeFiles) {
      const provider = providerOf(file);
      for (const [ns, users] of clientNeeds(file)) {
        if (!covers(provider, ns)) {
          missing.push(
            `${path.relative(ROOT, file)}: "${ns}" (used by ${[...new Set(users)].join(", ")}) ` +
              `is not in the ClientMessages of ${path.relative(ROOT, provider.from)}`,
          );
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("every namespace a provider names exists in the messages", () => {
    const unknown = routeFiles.flatMap((file) =>
      (providedIn(file) ?? []).filter((ns) => !exists(ns)).map((ns) => `${path.relative(ROOT, file)}: ${ns}`),
    );
    expect(unknown).toEqual([]);
  });

  it("the analysis sees the client components (a sanity check of the reader itself)", () => {
    // The forgot-password form calls useTranslations("auth") (sign-in's form takes its words as props).
    const forgot = routeFiles.find((file) => file.endsWith(path.join("forgot-password", "page.tsx")));
    expect(forgot && [...clientNeeds(forgot).keys()]).toContain("auth");
  });
});
