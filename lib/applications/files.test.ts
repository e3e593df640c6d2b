import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import type { DomainError } from "@/lib/errors";
import { localDiskStorage, type FileStorage } from "@/lib/uploads/storage";
import { startApplication } from "./commands";
import { readApplicationFile, removeApplicationFile, uploadApplicationFile } from "./files";
import { makeManager, makePerson, makeProgrammeWithCall, PDF_BYTES } from "./test-fixtures";

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: DomainError) => e,
  );

describe.each(testDrivers())("application files on %s", (driver) => {
  let t: TestDatabase;
  let root: string;
  let storage: FileStorage;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    root = await mkdtemp(path.join(tmpdir(), "madang-files-"));
    storage = localDiskStorage(root);
  });
  afterAll(async () => {
    await t?.close();
    await rm(root, { recursive: true, force: true });
  });

  it("stores a PDF, replaces it, and lets only its applicant and the programme's staff read it", async () => {
    const call = await makeProgrammeWithCall(t.db);
    const me = await makePerson(t.db);
    const { applicationId } = await startApplication(t.db, me, { callId: call.callId, criteria: [] });
    await uploadApplicationFile(t.db, storage, me, {
      applicationId,
      questionId: "cv",
      fileName: "old.pdf",
      bytes: PDF_BYTES,
    });
    const stored = await uploadApplicationFile(t.db, storage, me, {
      applicationId,
      questionId: "cv",
      fileName: "My CV.pdf",
      bytes: PDF_BYTES,
    });
    expect(stored).toMatchObject({ fileName: "My CV.pdf", mimeType: "application/pdf" });
    expect((await readApplicationFile(t.db, storage, me, { applicationId, questionId: "cv" })).bytes).toEqual(
      PDF_BYTES,
    );

    const manager = await makeManager(t.db, call.programmeId);
    await expect(
      readApplicationFile(t.db, storage, manager, { applicationId, questionId: "cv" }),
    ).resolves.toMatchObject({ fileName: "My CV.pdf" });
    const stranger = await makePerson(t.db);
    expect(
      await errorOf(readApplicationFile(t.db, storage, stranger, { applicationId, questionId: "cv" })),
    ).toMatchObject({ code: "not_found" });
    const otherManager = await makeManager(t.db, (await makeProgrammeWithCall(t.db)).programmeId);
    expect(
      await errorOf(readApplicationFile(t.db, storage, otherManager, { applicationId, questionId: "cv" })),
    ).toMatchObject({ code: "not_found" });
    expect(
      await errorOf(
        uploadApplicationFile(t.db, storage, stranger, {
          applicationId,
          questionId: "cv",
          fileName: "x.pdf",
          bytes: PDF_BYTES,
        }),
      ),
    ).toMatchObject({ code: "not_found" });

    await removeApplicationFile(t.db, storage, me, { applicationId, questionId: "cv" });
    expect(await errorOf(readApplicationFile(t.db, storage, me, { applicationId, questionId: "cv" }))).toMatchObject({
      code: "not_found",
    });
  });

  it("refuses a renamed program and an oversized file, storing nothing", async () => {
    const call = await makeProgrammeWithCall(t.db);
    const me = await makePerson(t.db);
    const { applicationId } = await startApplication(t.db, me, { callId: call.callId, criteria: [] });
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]);
    expect(
      await errorOf(
        uploadApplicationFile(t.db, storage, me, { applicationId, questionId: "cv", fileName: "cv.pdf", bytes: exe }),
      ),
    ).toMatchObject({ code: "validation", message: expect.stringContaining("is a program") });
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(PDF_BYTES);
    expect(
      await errorOf(
        uploadApplicationFile(t.db, storage, me, { applicationId, questionId: "cv", fileName: "cv.pdf", bytes: big }),
      ),
    ).toMatchObject({ code: "too_large" });
    expect(
      await errorOf(
        uploadApplicationFile(t.db, storage, me, {
          applicationId,
          questionId: "bio",
          fileName: "cv.pdf",
          bytes: PDF_BYTES,
        }),
      ),
    ).toMatchObject({ code: "not_found" });
    expect(await errorOf(readApplicationFile(t.db, storage, me, { applicationId, questionId: "cv" }))).toMatchObject({
      code: "not_found",
    });
  });
});
