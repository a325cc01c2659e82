import type { FastifyInstance } from "fastify";
import { StoreUnavailableError } from "../../model/index.js";
import type { ServerContext } from "../context.js";
import { ERROR_RESPONSE } from "../schemas/common.js";

const HEALTHY = {
  type: "object",
  properties: {
    status: { type: "string", enum: ["ok"] },
    store: { type: "string", enum: ["sqlite", "neo4j"] },
    version: { type: "integer", description: "the graph version: it increases with every committed write" },
  },
  required: ["status", "store", "version"],
} as const;

export function healthRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get(
    "/api/health",
    {
      config: { access: "public" },
      schema: {
        tags: ["server"],
        summary: "Is the server up and its store reachable?",
        response: { 200: HEALTHY, 503: ERROR_RESPONSE },
      },
    },
    async () => {
      try {
        await store.ping();
        return { status: "ok", store: store.kind, version: await store.version() };
      } catch (error) {
        if (error instanceof StoreUnavailableError) throw error;
        throw new StoreUnavailableError(`the ${store.kind} store did not answer`, { cause: error });
      }
    },
  );
}
