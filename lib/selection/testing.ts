import type { UnescoRegion } from "@/lib/geo";
import type { Candidate, CandidateGender } from "./types";

/** A small deterministic PRNG for generated pools (tests and benchmarks). */
export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS: UnescoRegion[] = [
  "africa",
  "arab_states",
  "asia_pacific",
  "europe_north_america",
  "latin_america_caribbean",
];

/**
 * A realistic pool: countries spread over the five regions with a skew (a few countries send many),
 * genders ~50/42/3/5 with some undisclosed, scores on a 0–10 scale with two decimals (so ties happen).
 */
export function generatePool(n: number, seed: number, countries = 120): Candidate[] {
  const rnd = mulberry32(seed);
  const codes = Array.from(
    { length: countries },
    (_, i) => `${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`,
  );
  const regionOf = new Map(codes.map((c, i) => [c, REGIONS[i % REGIONS.length]!]));
  const pool: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    const country = codes[Math.floor(codes.length * rnd() ** 2)]!;
    const g = rnd();
    const gender: CandidateGender = g < 0.5 ? "woman" : g < 0.92 ? "man" : g < 0.95 ? "non_binary" : "undisclosed";
    pool.push({
      id: `a${i}`,
      score: Math.round(rnd() * 1000) / 100,
      gender,
      country,
      region: regionOf.get(country)!,
      trackId: null,
    });
  }
  return pool;
}
