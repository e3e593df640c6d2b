import { createHash } from "node:crypto";
import type { Executor } from "@/db/client";
import { consents } from "@/db/schema";
import { now as clockNow } from "@/lib/time/clock";
import { CONSENT_WORDINGS, type ConsentPurpose } from "./consent-wordings";

/** Records, inside the caller's transaction, that the person agreed to the purpose's current wording. */
export async function recordConsent(tx: Executor, entry: ConsentEntry): Promise<void> {
  await tx.insert(consents).values(consentRow(entry));
}

type ConsentEntry = { userId: string; purpose: ConsentPurpose; entityType?: string; entityId?: string; at?: Date };

/** The consents row of that agreement, for a caller that writes it within a statement of its own (db/subquery.ts insertFromEach). */
export function consentRow(entry: ConsentEntry): typeof consents.$inferInsert {
  const wording = CONSENT_WORDINGS[entry.purpose];
  return {
    userId: entry.userId,
    purpose: entry.purpose,
    version: wording.version,
    wording: wording.text,
    wordingHash: createHash("sha256").update(wording.text).digest("hex"),
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    createdAt: entry.at ?? clockNow(),
  };
}
