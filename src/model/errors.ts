import { quotedValue } from "./limits.js";

/** Base of every error Weave raises on purpose; `code` is stable and never translated. */
export class WeaveError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** One problem in the input, located as precisely as the input allows. */
export interface Issue {
  readonly file?: string;
  /** 1-based physical line where the record starts. */
  readonly line?: number;
  /** 1-based column (field) number. */
  readonly column?: number;
  /** The field the problem is about (a CSV header or a property name). */
  readonly field?: string;
  readonly message: string;
}

export function formatIssue(issue: Issue): string {
  const place = [issue.file, issue.line, issue.column].filter((part) => part !== undefined);
  return place.length > 0 ? `${place.join(":")}: ${issue.message}` : issue.message;
}

/** ValidationError's code. */
export const INVALID_INPUT = "invalid_input";

/** The input is invalid; `issues` lists every problem found, not just the first. */
export class ValidationError extends WeaveError {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super(INVALID_INPUT, `${count}:\n${issues.map(formatIssue).join("\n")}`);
    this.issues = issues;
  }
}

export class NotFoundError extends WeaveError {
  constructor(what: "actor" | "tie", id: string) {
    super(`${what}_not_found`, `no ${what} with id ${quotedValue(id)}`);
  }
}

export class ConflictError extends WeaveError {
  constructor(message: string) {
    super("conflict", message);
  }
}

export class StoreUnavailableError extends WeaveError {
  constructor(message: string, options?: ErrorOptions) {
    super("store_unavailable", message, options);
  }
}
