import { Worker } from "node:worker_threads";
import type { BuiltModel } from "./model";
import type { ModelSolver, SolveResult } from "./solve";
import { HIGHS_OPTIONS } from "./highs-solver";

/*
 * HiGHS solves synchronously; a large solve on the request thread would stall every other user's page
 * (a 10,000-applicant solve once froze a static page for seconds). The solve runs in one long-lived worker thread instead. The worker's code is plain
 * CommonJS given as a string, so no bundler has to find a worker file; it loads `highs` from the app's
 * node_modules (highs is a serverExternalPackage).
 */
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { createRequire } = require("node:module");
const path = require("node:path");
const load = createRequire(path.join(process.cwd(), "package.json"))("highs");
const ready = load();
parentPort.on("message", async ({ id, model, options }) => {
  try {
    const highs = await ready;
    const out = highs.withModel({
      numCols: model.numCols, numRows: model.numRows, sense: highs.constants.objectiveSense.maximize,
      colCost: model.colCost, colLower: model.colLower, colUpper: model.colUpper,
      rowLower: model.rowLower, rowUpper: model.rowUpper, integrality: model.integrality,
      matrix: { format: "csr", numRows: model.numRows, numCols: model.numCols, starts: model.starts, indices: model.indices, values: model.values },
    }, (m) => {
      m.options.set(options);
      m.run();
      const status = m.getModelStatus();
      // Infeasible (found in presolve): there is no solution to read.
      if (status !== 7) return { status, colValue: new Float64Array(0), objective: 0 };
      return { status, colValue: Float64Array.from(m.getSolution().colValue), objective: m.getObjectiveValue() };
    });
    parentPort.postMessage({ id, ok: true, out });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: String(error && error.message || error) });
  }
});
`;

type Pending = { resolve: (r: SolveResult) => void; reject: (e: Error) => void };
type Lane = { worker: Worker; pending: Map<number, Pending>; next: number };
/**
 * Two lanes, each its own worker: "suggest" answers the click that waits for a panel, "analyse" works out
 * ways out and rule prices after the panel shows. A suggestion never queues behind the previous run's
 * analysis (which can take several solves), and on two cores both run at once.
 */
type SolverLane = "suggest" | "analyse";
const state = globalThis as unknown as { madangSolvers?: Partial<Record<SolverLane, Lane>> };

/** The smallest model there is: one column, one row. Solving it loads HiGHS and compiles its code paths. */
const WARM_MODEL: BuiltModel = {
  numCols: 1,
  numRows: 1,
  colCost: Float64Array.of(1),
  colLower: Float64Array.of(0),
  colUpper: Float64Array.of(1),
  rowLower: Float64Array.of(0),
  rowUpper: Float64Array.of(1),
  integrality: Int32Array.of(1),
  starts: Int32Array.of(0, 1),
  indices: Int32Array.of(0),
  values: Float64Array.of(1),
  n: 1,
  slackRuleIds: [],
  slackStart: 1,
  brokenStart: 1,
};

function solverWorker(lane: SolverLane): Lane {
  const lanes = (state.madangSolvers ??= {});
  let w = lanes[lane];
  if (!w) {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    const pending = new Map<number, Pending>();
    worker.on("message", (msg: { id: number; ok: boolean; out?: SolveResult; error?: string }) => {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.ok && msg.out) p?.resolve(msg.out);
      else p?.reject(new Error(msg.error ?? "solver failed"));
    });
    worker.on("error", (error) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
      delete lanes[lane];
    });
    worker.unref();
    w = lanes[lane] = { worker, pending, next: 1 };
  }
  return w;
}

function solveIn(lane: SolverLane, model: BuiltModel): Promise<SolveResult> {
  return new Promise<SolveResult>((resolve, reject) => {
    const w = solverWorker(lane);
    const id = w.next++;
    w.pending.set(id, { resolve, reject });
    w.worker.postMessage({ id, model, options: HIGHS_OPTIONS });
  });
}

/** Solves in the suggestion's worker thread; other requests keep being served meanwhile. */
export const workerSolver: ModelSolver = (model: BuiltModel) => solveIn("suggest", model);
/** Solves in the analysis's worker thread, beside (never ahead of) the suggestions. */
export const analysisSolver: ModelSolver = (model: BuiltModel) => solveIn("analyse", model);

/**
 * Starts both workers and has each solve a one-column model, so the first click of a server's life does
 * not pay for loading and compiling HiGHS (seconds on a busy machine). Called when the workbench renders.
 */
export function warmSolvers(): void {
  for (const lane of ["suggest", "analyse"] as const)
    if (!state.madangSolvers?.[lane]) solveIn(lane, WARM_MODEL).catch(() => {});
}
