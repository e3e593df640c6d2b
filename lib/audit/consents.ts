import { createHash } from "node:crypto";
import type { Executor } from "@/db/client";
import { consents } from "@/db/schema";
import { now as clockNow } from "@/lib/time/clock";
import { CONSENT_WORDINGS, type ConsentPurpose } from "./consent-wordings";

/** Records, inside the caller's transaction, that the person agreed to the purpose's current wording. */
export async function recordConsent(
  tx: Executor,
  entry: { userId: string; purpose: ConsentPurpose; entityType?: string; entityId?: string; at?: Date },
): Promise<void> {
  const wording = CONSENT_WORDINGS[entry.purpose];
  await tx.insert(consents).values({
    userId: entry.userId,
    purpose: entry.purpose,
    version: wording.version,
    wording: wording.text,
    wordingHash: createHash("sha256").update(wording.text).digest("hex"),
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    createdAt: entry.at ?? clockNow(),
  });
}
