import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storedFiles } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import S3rver from "s3rver";
import { databaseStorage, localDiskStorage, s3Storage, type FileStorage } from "./storage";

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

// An S3-compatible server on loopback (s3rver: the S3 REST API over HTTP, checking AWS Signature V4 as S3 does).
describe("S3-compatible storage", async () => {
  const directory = await mkdtemp(path.join(tmpdir(), "madang-s3-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: "madang" }],
  });
  let endpoint = "";
  beforeAll(async () => {
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await server.close();
    await rm(directory, { recursive: true, force: true });
  });
  const options = () => ({
    endpoint,
    bucket: "madang",
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
  });
  behavesAsStorage(() => s3Storage(options()));

  it("keeps the bytes in the bucket, where another instance's client reads them", async () => {
    await s3Storage(options()).put("participants/x", new Uint8Array([9, 8, 7]));
    expect(Array.from((await s3Storage(options()).get("participants/x"))!)).toEqual([9, 8, 7]);
    expect(await s3Storage(options()).get("participants/never-stored")).toBeNull();
  });

  it("says so when the store refuses, instead of calling the file missing", async () => {
    const elsewhere = s3Storage({ ...options(), bucket: "no-such-bucket" });
    await expect(elsewhere.put("participants/y", new Uint8Array([1]))).rejects.toThrow(
      /S3 put participants\/y answered 404/,
    );
    await expect(elsewhere.get("participants/y")).rejects.toThrow(/S3 get participants\/y answered 404/);
  });
});
