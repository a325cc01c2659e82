import type { FastifyInstance } from "fastify";
import { SESSION_HOURS } from "../../store/accounts/account-store.js";
import type { ServerContext } from "../context.js";
import { HttpError } from "../http-error.js";
import { SESSION_COOKIE } from "../plugins/auth.js";
import { ERRORS } from "../schemas/common.js";

const TAGS = ["session"];

const SESSION = {
  type: "object",
  properties: {
    open: { type: "boolean", description: "true when no login is needed (loopback, no accounts yet)" },
    user: {
      type: ["object", "null"],
      properties: { name: { type: "string" }, role: { type: "string", enum: ["viewer", "editor", "admin"] } },
    },
    csrfToken: { type: "string", description: "send it as the x-csrf-token header with every write" },
  },
  required: ["open", "user"],
} as const;

interface LoginBody {
  name: string;
  password: string;
}

/** Login attempts per client address and minute. */
export const LOGIN_ATTEMPTS_PER_MINUTE = 5;

export function sessionRoutes(app: FastifyInstance, { accounts, auth, streams }: ServerContext): void {
  app.get(
    "/api/session",
    {
      config: { access: "public" },
      schema: { tags: TAGS, summary: "Who am I, and my CSRF token", response: { 200: SESSION } },
    },
    async (request) => {
      const { principal } = request;
      return {
        open: auth.isOpen(),
        user: principal === null ? null : { name: principal.name, role: principal.role },
        csrfToken: auth.csrfToken(principal),
      };
    },
  );

  app.post<{ Body: LoginBody }>(
    "/api/session",
    {
      config: {
        access: "public",
        csrf: false,
        rateLimit: {
          max: LOGIN_ATTEMPTS_PER_MINUTE,
          timeWindow: 60_000,
          errorResponseBuilder: (_request, context) =>
            new HttpError(429, "too_many_attempts", `too many login attempts; try again in ${context.after}`),
        },
      },
      schema: {
        tags: TAGS,
        summary: "Log in: sets the session cookie and returns the CSRF token",
        body: {
          type: "object",
          properties: { name: { type: "string", maxLength: 64 }, password: { type: "string", maxLength: 1024 } },
          required: ["name", "password"],
          additionalProperties: false,
        },
        response: { 200: SESSION, ...ERRORS },
      },
    },
    async (request, reply) => {
      const account = await accounts.verify(request.body.name, request.body.password);
      if (account === undefined) throw new HttpError(401, "invalid_credentials", "the name or password is not right");
      const session = accounts.startSession(account);
      reply.setCookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: "strict",
        secure: request.protocol === "https",
        path: "/",
        maxAge: SESSION_HOURS * 3600,
      });
      request.log.info({ role: account.role }, "logged in");
      const principal = { name: account.name, role: account.role, session };
      return { open: false, user: { name: account.name, role: account.role }, csrfToken: auth.csrfToken(principal) };
    },
  );

  app.delete(
    "/api/session",
    {
      config: { access: "viewer" },
      schema: { tags: TAGS, summary: "Log out", response: { 204: { type: "null" }, ...ERRORS } },
    },
    async (request, reply) => {
      const session = request.principal?.session;
      if (session !== undefined) {
        accounts.endSession(session.token);
        streams.endSession(session.token);
      }
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send();
    },
  );
}
