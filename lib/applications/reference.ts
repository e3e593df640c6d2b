import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: references are read aloud on the phone and typed from letters.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A human reference such as "CPI27-7K3P9Q": the call's prefix where its references have one, then random. */
export function newReference(existing: string | null | undefined): string {
  const prefix = existing?.match(/^([A-Z0-9]{2,10}-)/)?.[1] ?? "APP-";
  let suffix = "";
  for (let i = 0; i < 6; i++) suffix += ALPHABET[randomInt(ALPHABET.length)];
  return `${prefix}${suffix}`;
}
