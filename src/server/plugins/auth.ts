import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AccountStore, Session } from "../../store/accounts/account-store.js";
import { hasRole, type Role } from "../../store/accounts/roles.js";
import type { Participant } from "../../store/workshops/workshop-store.js";
import { isLoopback } from "../config.js";
import { HttpError } from "../http-error.js";

/** Who is asking: an account with a session, or the one local user when no accounts exist. */
export interface Principal {
  readonly name: string;
  readonly role: Role;
  readonly session?: Session;
}

/**
 * `public` routes need nothing; `participant` routes need a workshop participant's cookie (and
 * nothing else will do); the others need at least that role.
 */
export type Access = "public" | "participant" | Role;

declare module "fastify" {
  interface FastifyRequest {
    principal: Principal | null;
    /** Set on `participant` routes only: who joined, and which workshop. */
    participant: Participant | null;
  }
  interface FastifyContextConfig {
    access?: Access;
    /** Set false only on the login route, which has no session to tie a token to yet. */
    csrf?: boolean;
  }
}

export const SESSION_COOKIE = "weave_session";
export const PARTICIPANT_COOKIE = "weave_participant";
export const CSRF_HEADER = "x-csrf-token";
const LOCAL_USER = "local";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface AuthOptions {
  readonly accounts: AccountStore;
  /** True when the server listens on loopback only: with no accounts, the one local user is admin. */
  readonly openWhenNoAccounts: boolean;
  /** The participant a `weave_participant` cookie belongs to. */
  readonly findParticipant: (token: string) => Participant | undefined;
}

export interface Auth {
  /** The token a client sends in `x-csrf-token` with every write; undefined without a principal. */
  csrfToken(principal: Principal | null): string | undefined;
  /** True when nobody needs to log in (loopback, no accounts). */
  isOpen(): boolean;
}

/**
 * Resolves the principal on every request, then enforces the route's role and, for writes, the
 * CSRF token. Routes say what they need with `config: {access}`; an /api route that says nothing
 * needs a viewer.
 */
export function registerAuth(app: FastifyInstance, options: AuthOptions): Auth {
  // In open mode there is no session to tie a token to; one per process, handed out by GET /api/session
  // (which another site's page cannot read), does the same job.
  const openToken = randomBytes(32).toString("base64url");
  const isOpen = () => options.openWhenNoAccounts && options.accounts.count() === 0;
  const csrfToken = (principal: Principal | null) => {
    if (principal === null) return undefined;
    if (principal.session === undefined) return openToken;
    return createHash("sha256").update(`csrf:${principal.session.token}`).digest("base64url");
  };

  app.decorateRequest("principal", null);
  app.decorateRequest("participant", null);
  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    const access = accessOf(request);
    if (access === "participant") return authenticateParticipant(request, options);
    if (isOpen()) {
      // A page on another site reaching this laptop through DNS rebinding arrives with its own host name.
      if (access !== "public" && !isLoopback(hostName(request.headers.host))) {
        throw new HttpError(403, "host_not_allowed", "without accounts this server only answers to localhost");
      }
      request.principal = { name: LOCAL_USER, role: "admin" };
    } else {
      const token = request.cookies[SESSION_COOKIE];
      const session = token === undefined ? undefined : options.accounts.findSession(token);
      if (token !== undefined && session === undefined) reply.clearCookie(SESSION_COOKIE, { path: "/" });
      request.principal =
        session === undefined ? null : { name: session.account.name, role: session.account.role, session };
    }
    if (access === "public") return;
    if (request.principal === null) throw new HttpError(401, "unauthenticated", "log in first (POST /api/session)");
    if (!hasRole(request.principal.role, access)) {
      throw new HttpError(403, "forbidden", `this needs the ${access} role; you are ${request.principal.role}`);
    }
    if (SAFE_METHODS.has(request.method) || request.routeOptions.config.csrf === false) return;
    const sent = request.headers[CSRF_HEADER];
    const expected = csrfToken(request.principal);
    if (typeof sent !== "string" || expected === undefined || !sameText(sent, expected)) {
      throw new HttpError(
        403,
        "csrf_token_invalid",
        `writes need the ${CSRF_HEADER} header with the token from GET /api/session`,
      );
    }
  });
  return { csrfToken, isOpen };
}

/**
 * A participant's cookie opens the participant routes and nothing else (no principal is set, so
 * every other route still answers 401); writes need the CSRF token derived from it.
 */
function authenticateParticipant(request: FastifyRequest, options: AuthOptions): void {
  if (options.openWhenNoAccounts && !isLoopback(hostName(request.headers.host)) && options.accounts.count() === 0) {
    throw new HttpError(403, "host_not_allowed", "without accounts this server only answers to localhost");
  }
  const token = request.cookies[PARTICIPANT_COOKIE];
  const participant = token === undefined ? undefined : options.findParticipant(token);
  if (token === undefined || participant === undefined) {
    throw new HttpError(401, "unauthenticated", "join the workshop first (POST /api/join/<code>)");
  }
  request.participant = participant;
  if (SAFE_METHODS.has(request.method)) return;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== "string" || !sameText(sent, participantCsrfToken(token))) {
    throw new HttpError(403, "csrf_token_invalid", `writes need the ${CSRF_HEADER} header with the token from joining`);
  }
}

/** The CSRF token of a participant, derived from their cookie's token as a session's is. */
export function participantCsrfToken(token: string): string {
  return createHash("sha256").update(`participant-csrf:${token}`).digest("base64url");
}

function accessOf(request: FastifyRequest): Access {
  const declared = request.routeOptions.config.access;
  if (declared !== undefined) return declared;
  const url = request.routeOptions.url ?? request.url;
  return url.startsWith("/api/") && !url.startsWith("/api/docs") ? "viewer" : "public";
}

function hostName(host: string | undefined): string {
  if (host === undefined) return "";
  if (host.startsWith("[")) return host.slice(1, host.indexOf("]"));
  return host.replace(/:\d+$/, "");
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
