import { HttpError } from "../http-error.js";

/** The analysis threw or its worker died; the details go to the log, never to the client. */
export class AnalysisFailedError extends HttpError {
  constructor(options?: ErrorOptions) {
    super(500, "analysis_failed", "the analysis could not be computed; the details are in the server log", options);
  }
}

/** A computation stopped by an erasure (its figures may hold the person); those waiting start another. */
export class AnalysisSupersededError extends HttpError {
  constructor() {
    super(503, "analysis_superseded", "the graph changed while its analysis was being computed");
  }
}

/** The server is shutting down. */
export class AnalysisPoolClosedError extends HttpError {
  constructor() {
    super(503, "analysis_unavailable", "the server is shutting down");
  }
}
