import type { AnalysisResponse, GraphResponse } from "./types.js";

/** An answer from the API that is not a success: its stable `code` becomes a translated sentence. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** For a refused write: which field is wrong and why, so a form can say it beside the field. */
  readonly issues: readonly FieldProblem[];
  constructor(status: number, code: string, message: string, issues: readonly FieldProblem[] = []) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

export interface FieldProblem {
  readonly field?: string;
  readonly message: string;
}

let csrfToken: string | undefined;

/** Remembered after login; every write sends it back in a header. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export const CSRF_HEADER = "x-csrf-token";

/** The headers a write needs, for requests that do not go through `request` (an upload with progress). */
export function writeHeaders(): Record<string, string> {
  return csrfToken === undefined ? {} : { [CSRF_HEADER]: csrfToken };
}

export async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set("accept", "application/json");
  if (init.body !== undefined && !(init.body instanceof FormData)) headers.set("content-type", "application/json");
  const method = (init.method ?? "GET").toUpperCase();
  if (method !== "GET" && method !== "HEAD" && csrfToken !== undefined) headers.set(CSRF_HEADER, csrfToken);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "network_unreachable", "the server cannot be reached");
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; issues?: FieldProblem[] };
    };
    const code = body.error?.code ?? `http_${response.status}`;
    return new ApiError(response.status, code, body.error?.message ?? response.statusText, body.error?.issues);
  } catch {
    return new ApiError(response.status, `http_${response.status}`, response.statusText);
  }
}

function yearQuery(year: number | undefined, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (year !== undefined) params.set("year", String(year));
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

export function fetchGraph(year?: number): Promise<GraphResponse> {
  return request<GraphResponse>(`/api/graph${yearQuery(year)}`);
}

/** `fresh`: wait for figures of the graph as it is now, instead of the last ones marked updating. */
export function fetchAnalysis(year?: number, { weighted = false, fresh = false } = {}): Promise<AnalysisResponse> {
  const extra: Record<string, string> = {};
  if (weighted) extra.weighted = "true";
  if (fresh) extra.fresh = "true";
  return request<AnalysisResponse>(`/api/analysis${yearQuery(year, extra)}`);
}

/** `pseudonymise`: every resident under a pseudonym, without notes (what the names-hidden view downloads). */
export function exportUrl(format: string, pseudonymise = false): string {
  return `/api/export?format=${encodeURIComponent(format)}${pseudonymise ? "&pseudonymise=true" : ""}`;
}
