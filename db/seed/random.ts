import { createHash } from "node:crypto";

/** A 32-bit seed from any string, so each part of the seed draws from its own stable stream. */
function seedFromString(text: string): number {
  return createHash("sha1").update(text).digest().readUInt32LE(0);
}

/**
 * A small deterministic PRNG (mulberry32). The seed never calls Math.random: the same code gives the
 * same people, answers and scores on every machine and every run.
 */
export class Rng {
  private state: number;

  constructor(seed: number | string) {
    this.state = (typeof seed === "string" ? seedFromString(seed) : seed) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Rng.pick: empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error("Rng.weighted: empty list");
    return last[0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }
}

/**
 * Splits `total` into whole parts proportional to `weights` (largest remainder), giving every key at
 * least `minimum`. Used where exact shares matter (gender mix, one applicant from every country).
 */
export function apportion<K>(total: number, weights: readonly (readonly [K, number])[], minimum = 0): Map<K, number> {
  const result = new Map<K, number>(weights.map(([key]) => [key, minimum]));
  const rest = total - minimum * weights.length;
  if (rest < 0) throw new Error("apportion: total is below the minimum for every key");
  const sum = weights.reduce((acc, [, weight]) => acc + weight, 0);
  const shares = weights.map(([key, weight], index) => ({ key, index, exact: (rest * weight) / sum }));
  let given = 0;
  for (const share of shares) {
    const whole = Math.floor(share.exact);
    result.set(share.key, (result.get(share.key) ?? 0) + whole);
    given += whole;
  }
  const byRemainder = [...shares].sort(
    (a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.index - b.index,
  );
  for (const share of byRemainder.slice(0, rest - given)) result.set(share.key, (result.get(share.key) ?? 0) + 1);
  return result;
}
