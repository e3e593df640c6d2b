import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { localDiskStorage } from "./storage";

describe("local disk storage", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "madang-storage-"));
  const storage = localDiskStorage(root);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("puts, gets and deletes by key", async () => {
    await storage.put("applications/a1/f1", new Uint8Array([1, 2, 3]));
    expect(await storage.get("applications/a1/f1")).toEqual(new Uint8Array([1, 2, 3]));
    await storage.delete("applications/a1/f1");
    expect(await storage.get("applications/a1/f1")).toBeNull();
  });

  it("refuses keys that could leave its directory", async () => {
    await expect(storage.put("../escape", new Uint8Array([1]))).rejects.toThrow("bad key");
    await expect(storage.get("/etc/passwd")).rejects.toThrow("bad key");
  });
});
