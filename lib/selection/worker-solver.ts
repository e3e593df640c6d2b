import { Worker } from "node:worker_threads";
import type { BuiltModel } from "./model";
import type { ModelSolver, SolveResult } from "./solve";
import { HIGHS_OPTIONS } from "./highs-solver";

/*
 * HiGHS solves synchronously; a large solve on the request thread would stall every other user's page
 * (STACK.md). The solve runs in one long-lived worker thread instead. The worker's code is plain
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
const state = globalThis as unknown as {
  madangSolver?: { worker: Worker; pending: Map<number, Pending>; next: number };
};

function solverWorker() {
  if (!state.madangSolver) {
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
      state.madangSolver = undefined;
    });
    worker.unref();
    state.madangSolver = { worker, pending, next: 1 };
  }
  return state.madangSolver;
}

/** Solves in the worker thread; other requests keep being served meanwhile. */
export const workerSolver: ModelSolver = (model: BuiltModel) =>
  new Promise<SolveResult>((resolve, reject) => {
    const w = solverWorker();
    const id = w.next++;
    w.pending.set(id, { resolve, reject });
    w.worker.postMessage({ id, model, options: HIGHS_OPTIONS });
  });
