import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storedFiles } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { databaseStorage, localDiskStorage, type FileStorage } from "./storage";

/** What every backend must do alike. */
function behavesAsStorage(storage: () => FileStorage) {
  it("puts, gets, replaces and deletes by key, byte for byte", async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    await storage().put("applications/a1/f1", bytes);
    expect(await storage().get("applications/a1/f1")).toEqual(bytes);
    await storage().put("applications/a1/f1", new Uint8Array([0, 255, 1]));
    expect(await storage().get("applications/a1/f1")).toEqual(new Uint8Array([0, 255, 1]));
    await storage().delete("applications/a1/f1");
    expect(await storage().get("applications/a1/f1")).toBeNull();
    await storage().delete("applications/a1/f1");
  });

  it("refuses keys that could leave its directory", async () => {
    await expect(storage().put("../escape", new Uint8Array([1]))).rejects.toThrow("bad key");
    await expect(storage().get("/etc/passwd")).rejects.toThrow("bad key");
  });
}

describe("local disk storage", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "madang-storage-"));
  afterAll(() => rm(root, { recursive: true, force: true }));
  behavesAsStorage(() => localDiskStorage(root));
});

describe.each(testDrivers())("database storage on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });
  behavesAsStorage(() => databaseStorage(t.db));

  it("keeps the bytes in stored_files, where another instance's handle reads them", async () => {
    await databaseStorage(t.db).put("participants/x", new Uint8Array([9, 8, 7]));
    const [row] = await t.db.select().from(storedFiles);
    expect(row).toMatchObject({ key: "participants/x", size: 3 });
    expect(Array.from(row!.content)).toEqual([9, 8, 7]);
  });
});
