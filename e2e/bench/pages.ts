/**
 * npm run bench:pages — server response times of the main pages on the demo data, against a running
 * server (BASE_URL, default http://localhost:3000; `npm run demo` starts one). Sequential requests, so
 * the figure is the server's own time plus loopback, not queueing.
 */
import { signIn } from "./database";
import { RENDER } from "./timing";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const runs = Number(process.env.RUNS ?? 30);

async function time(path: string, cookie?: string) {
  const samples: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const t = performance.now();
    const response = await fetch(`${base}${path}`, {
      headers: { ...(cookie ? { cookie } : {}), ...RENDER },
      redirect: "manual",
    });
    await response.arrayBuffer();
    if (response.status >= 400) throw new Error(`${path} answered ${response.status}`);
    if (i >= 3) samples.push(performance.now() - t); // the first few warm caches
  }
  samples.sort((a, b) => a - b);
  return {
    p50: samples[Math.floor(samples.length / 2)]!,
    p99: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.99))]!,
  };
}

async function main() {
  const admin = await signIn(base, "admin@madang.test");
  const applicant = await signIn(base, "applicant@madang.test");
  const pages: [string, string | undefined][] = [
    ["/", undefined],
    ["/programmes", undefined],
    ["/programmes/cultural-partnership-initiative", undefined],
    ["/admin", admin],
    ["/admin/outbox", admin],
    ["/me", applicant],
  ];
  let worst = 0;
  for (const [path, cookie] of pages) {
    const { p50, p99 } = await time(path, cookie);
    worst = Math.max(worst, p50);
    console.log(`${path.padEnd(48)} p50 ${p50.toFixed(1)} ms  p99 ${p99.toFixed(1)} ms`);
  }
  console.log(`pages worst_p50_ms=${Math.round(worst)} runs=${runs}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
