import highsLoader from "highs";
import type { BuiltModel } from "./model";
import type { ModelSolver, SolveResult } from "./solve";

type HighsRuntime = Awaited<ReturnType<typeof highsLoader>>;

// Exact optimum (no relative gap) and no log output.
/** HiGHS's model status for an optimal solution (solve.ts: OPTIMAL). */
const OPTIMAL_STATUS = 7;

export const HIGHS_OPTIONS = { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 1e-9 } as const;

/** Solves one model with a loaded HiGHS runtime; the native model is freed before returning. */
function solveWithHighs(highs: HighsRuntime, model: BuiltModel): SolveResult {
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
      matrix: {
        format: "csr",
        numRows: model.numRows,
        numCols: model.numCols,
        starts: model.starts,
        indices: model.indices,
        values: model.values,
      },
      integrality: model.integrality as unknown as Int32Array,
    },
    (m) => {
      m.options.set(HIGHS_OPTIONS);
      m.run();
      const status = m.getModelStatus();
      // When presolve proves the model infeasible there is no solution to read (getSolution throws).
      if (status !== OPTIMAL_STATUS) return { status, colValue: new Float64Array(0), objective: 0 };
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
