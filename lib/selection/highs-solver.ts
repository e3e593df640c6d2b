import highsLoader from "highs";
import type { BuiltModel } from "./model";
import type { ModelSolver, SolveResult } from "./solve";

type HighsRuntime = Awaited<ReturnType<typeof highsLoader>>;

// Exact optimum (no relative gap) and no log output.
export const HIGHS_OPTIONS = { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 1e-9 } as const;

/** Solves one model with a loaded HiGHS runtime; the native model is freed before returning. */
export function solveWithHighs(highs: HighsRuntime, model: BuiltModel): SolveResult {
  return highs.withModel(
    {
      numCols: model.numCols,
      numRows: model.numRows,
      sense: highs.constants.objectiveSense.maximize,
      colCost: model.colCost,
      colLower: model.colLower,
      colUpper: model.colUpper,
      rowLower: model.rowLower,
      rowUpper: model.rowUpper,
      matrix: { format: "csr", numRows: model.numRows, numCols: model.numCols, starts: model.starts, indices: model.indices, values: model.values },
      integrality: model.integrality as unknown as Int32Array,
    },
    (m) => {
      m.options.set(HIGHS_OPTIONS);
      m.run();
      const status = m.getModelStatus();
      return { status, colValue: Float64Array.from(m.getSolution().colValue), objective: m.getObjectiveValue() };
    },
  );
}

let runtime: Promise<HighsRuntime> | undefined;
/** HiGHS in this thread: for tests, scripts and benchmarks. The server uses the worker instead. */
export async function inThreadSolver(): Promise<ModelSolver> {
  runtime ??= highsLoader();
  const highs = await runtime;
  return (model) => solveWithHighs(highs, model);
}
