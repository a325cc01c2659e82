import { request, setCsrfToken } from "../../api/client.js";

/** Codes the explorer has a sentence for; any other falls back to a general one. */
export const KNOWN_ERROR_CODES = [
  "unauthenticated",
  "forbidden",
  "host_not_allowed",
  "invalid_credentials",
  "too_many_attempts",
  "too_many_requests",
  "csrf_token_invalid",
  "route_not_found",
  "actor_not_found",
  "tie_not_found",
  "invalid_input",
  "invalid_request",
  "store_unavailable",
  "network_unreachable",
] as const;

export function errorKey(code: string): string {
  return (KNOWN_ERROR_CODES as readonly string[]).includes(code) ? `error.${code}` : "error.unexpected";
}

interface SessionAnswer {
  readonly csrfToken?: string;
}

export async function login(username: string, password: string): Promise<void> {
  const answer = await request<SessionAnswer | undefined>("/api/session", {
    method: "POST",
    body: JSON.stringify({ name: username, password }),
  });
  setCsrfToken(answer?.csrfToken);
}
