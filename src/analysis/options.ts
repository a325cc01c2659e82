import { AnalysisInputError } from "./graph.js";

/** Options merged over an analysis' DEFAULTS, graphology style; unknown keys are ignored. */
export function resolveOptions<T extends object>(defaults: T, options: Partial<T> | undefined): T {
  const resolved = { ...defaults };
  for (const [key, value] of Object.entries(options ?? {})) {
    if (value !== undefined) (resolved as Record<string, unknown>)[key] = value;
  }
  return resolved;
}

export function checkPositiveInteger(analysis: string, name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new AnalysisInputError(analysis, `${name} must be a whole number of at least 1, not ${value}`);
  }
}

export function checkPositiveNumber(analysis: string, name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new AnalysisInputError(analysis, `${name} must be a positive number, not ${value}`);
  }
}
