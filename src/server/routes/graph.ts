import type { FastifyInstance } from "fastify";
import type { ServerContext } from "../context.js";
import { ACTOR } from "../schemas/actor.js";
import { ERRORS, queryYear, YEAR_QUERY, type YearQuery } from "../schemas/common.js";
import { TIE } from "../schemas/tie.js";

const GRAPH = {
  type: "object",
  properties: {
    version: { type: "integer" },
    year: { type: "integer" },
    actors: { type: "array", items: ACTOR },
    ties: { type: "array", items: TIE },
  },
  required: ["version", "actors", "ties"],
} as const;

export function graphRoutes(app: FastifyInstance, { store, privacy }: ServerContext): void {
  app.get<{ Querystring: YearQuery }>(
    "/api/graph",
    {
      config: { access: "viewer" },
      schema: {
        tags: ["graph"],
        summary: "Every actor and tie, or the network as of a year",
        querystring: YEAR_QUERY,
        response: { 200: GRAPH, ...ERRORS },
      },
    },
    async (request) => {
      const year = queryYear(request.query.year);
      const version = await store.version();
      const network = await store.load(year === undefined ? {} : { year });
      return { version, year, ...(await privacy.view(request)).network(network) };
    },
  );
}
