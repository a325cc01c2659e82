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
    async (request, reply) => {
      const year = queryYear(request.query.year);
      const version = await store.version();
      const view = await privacy.view(request);
      // Serialised by this route's schema, as a returned object would be, once for every request
      // of the same version, year and view.
      const answer = await privacy.shared(`graph ${year ?? "all"} ${view.mode}`, version, async () => {
        const network = await store.load(year === undefined ? {} : { year });
        return Buffer.from(reply.serialize({ version, year, ...view.network(network) }) as string);
      });
      return reply.type("application/json; charset=utf-8").send(answer);
    },
  );
}
