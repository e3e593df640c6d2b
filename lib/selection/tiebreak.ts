/**
 * A number in [0, 1) fixed by the seed and the id: equal scores are ordered by it, so a suggestion
 * made with a recorded seed can be made again and audited. FNV-1a, then a murmur-style finaliser.
 */
export function seededTieBreak(seed: number, id: string): number {
  let h = (2166136261 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** Candidates best first: by score, then by the seeded tie-break. */
export function rankCandidates<T extends { id: string; score: number }>(candidates: readonly T[], seed: number): T[] {
  const keyed = candidates.map((c) => ({ c, tb: seededTieBreak(seed, c.id) }));
  keyed.sort((a, b) => b.c.score - a.c.score || a.tb - b.tb || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));
  return keyed.map((k) => k.c);
}
