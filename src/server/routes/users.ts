import type { FastifyInstance } from "fastify";
import { ROLES, type Role } from "../../store/accounts/roles.js";
import type { ServerContext } from "../context.js";
import { HttpError } from "../http-error.js";
import { ERRORS } from "../schemas/common.js";

const TAGS = ["accounts"];

const ACCOUNT = {
  type: "object",
  properties: { name: { type: "string" }, role: { type: "string", enum: ROLES }, created: { type: "string" } },
  required: ["name", "role", "created"],
} as const;

interface NewAccountBody {
  name: string;
  role: Role;
  password: string;
}

/** Accounts, for admins; the same as `weave user add|list|remove` on the server's machine. */
export function userRoutes(app: FastifyInstance, { accounts, streams }: ServerContext): void {
  app.get(
    "/api/users",
    {
      config: { access: "admin" },
      schema: { tags: TAGS, summary: "Every account", response: { 200: { type: "array", items: ACCOUNT }, ...ERRORS } },
    },
    async () => accounts.list(),
  );

  app.post<{ Body: NewAccountBody }>(
    "/api/users",
    {
      config: { access: "admin" },
      schema: {
        tags: TAGS,
        summary: "Add an account",
        body: {
          type: "object",
          properties: {
            name: { type: "string", maxLength: 64 },
            role: { type: "string", enum: ROLES },
            password: { type: "string", maxLength: 1024 },
          },
          required: ["name", "role", "password"],
          additionalProperties: false,
        },
        response: { 201: ACCOUNT, ...ERRORS },
      },
    },
    async (request, reply) => {
      const { name, role, password } = request.body;
      return reply.status(201).send(await accounts.add(name, role, password));
    },
  );

  app.delete<{ Params: { name: string } }>(
    "/api/users/:name",
    {
      config: { access: "admin" },
      schema: {
        tags: TAGS,
        summary: "Remove an account and end its sessions",
        params: { type: "object", properties: { name: { type: "string" } }, required: ["name"] },
        response: { 204: { type: "null" }, ...ERRORS },
      },
    },
    async (request, reply) => {
      const { name } = request.params;
      if (name === request.principal?.name && request.principal.session !== undefined) {
        throw new HttpError(409, "conflict", "you cannot remove your own account while logged in with it");
      }
      if (!accounts.remove(name)) throw new HttpError(404, "account_not_found", `no account named "${name}"`);
      streams.endAccount(name);
      return reply.status(204).send();
    },
  );
}
