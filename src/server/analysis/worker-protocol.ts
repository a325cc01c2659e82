import type { Network } from "../../model/index.js";
import type { AnalysisOptions } from "./analysis-options.js";

/** What the server posts to an analysis worker: one job at a time. */
export interface AnalysisJob {
  readonly network: Network;
  readonly options: AnalysisOptions;
}

/** What the worker posts back: the result already as JSON text, so the server never stringifies it. */
export type AnalysisAnswer =
  | { readonly json: string }
  | { readonly error: { readonly name: string; readonly message: string; readonly stack?: string } };
