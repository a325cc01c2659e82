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
  "follow_up_not_found",
  "invalid_input",
  "invalid_request",
  "store_unavailable",
  "network_unreachable",
  "view_not_found",
  "storage_read_only",
] as const;

export function errorKey(code: string): string {
  return (KNOWN_ERROR_CODES as readonly string[]).includes(code) ? `error.${code}` : "error.unexpected";
}

/** `GET /api/session`: whether the server is open (no login), who is logged in, and the CSRF token. */
export interface SessionAnswer {
  readonly open?: boolean;
  readonly user?: { readonly name: string; readonly role: string } | null;
  readonly csrfToken?: string;
}

/** Who is logged in; also picks up the CSRF token of a session kept from an earlier visit. */
export async function fetchSession(): Promise<SessionAnswer> {
  const answer = await request<SessionAnswer>("/api/session");
  setCsrfToken(answer.csrfToken);
  return answer;
}

export async function logout(): Promise<void> {
  await request<undefined>("/api/session", { method: "DELETE" });
  setCsrfToken(undefined);
}

export async function login(username: string, password: string): Promise<void> {
  const answer = await request<SessionAnswer | undefined>("/api/session", {
    method: "POST",
    body: JSON.stringify({ name: username, password }),
  });
  setCsrfToken(answer?.csrfToken);
}
