import type { FastifyInstance } from "fastify";
import { CLUSTERING_METHODS, type ClusteringMethod } from "../../analysis/index.js";
import type { CachedAnalysis } from "../analysis/analysis-cache.js";
import type { ServerContext } from "../context.js";
import { ANALYSIS_RESPONSE } from "../schemas/analysis.js";
import { ERRORS, queryYear, YEAR_PARAM } from "../schemas/common.js";

interface AnalysisQuery {
  year?: string;
  weighted?: "true" | "false";
  clustering?: ClusteringMethod;
  fresh?: "true" | "false";
  exact?: "true" | "false";
  pivots?: number;
}

export function analysisRoutes(app: FastifyInstance, { store, analysis, privacy }: ServerContext): void {
  app.get<{ Querystring: AnalysisQuery }>(
    "/api/analysis",
    {
      config: { access: "viewer" },
      schema: {
        tags: ["analysis"],
        summary:
          "The analysis of `weave analyse --json` and its `freshness`: after a write, the last figures at once, marked updating, while newer ones are computed (fresh=true waits for them); below admin, residents without consent carry pseudonyms",
        querystring: {
          type: "object",
          properties: {
            year: YEAR_PARAM,
            weighted: { type: "string", enum: ["true", "false"] },
            clustering: { type: "string", enum: [...CLUSTERING_METHODS], description: "leiden (default) or louvain" },
            fresh: {
              type: "string",
              enum: ["true", "false"],
              description: "true: wait for figures of the graph as it is when asked, never older ones",
            },
            exact: {
              type: "string",
              enum: ["true", "false"],
              description: "true: betweenness, closeness and harmonic exactly, also above 20,000 actors",
            },
            pivots: {
              type: "integer",
              minimum: 1,
              maximum: 1_000_000,
              description: "estimate betweenness, closeness and harmonic from this many seeded pivots",
            },
          },
          additionalProperties: false,
        },
        // The body is the cached JSON text, sent as it is: the schema documents it, never filters it.
        response: { 200: ANALYSIS_RESPONSE, 304: { type: "null" }, ...ERRORS },
      },
    },
    async (request, reply) => {
      const options = {
        year: queryYear(request.query.year),
        weighted: request.query.weighted === "true",
        clustering: request.query.clustering ?? "leiden",
        exact: request.query.exact === "true",
        ...(request.query.pivots === undefined ? {} : { pivots: request.query.pivots }),
      };
      // One answer is cached per (version, year, weighting, clustering, exact or pivots), as the admin sees it; each reader gets
      // their view of it, under an ETag of that view, so no cache serves one role's answer to another.
      reply.header("cache-control", "private, no-cache").header("vary", "Cookie");
      const view = await privacy.view(request);
      const current = view.etag(analysis.etag(await store.version(), options));
      if (matches(request.headers["if-none-match"], current)) return reply.header("etag", current).status(304).send();
      const figures = await analysis.get(options, { fresh: request.query.fresh === "true" });
      const answer = view.analysis(figures);
      // Read after the figures are in hand: they are labelled fresh only if no write came since.
      const version = await store.version();
      const state = figures.version >= version ? "fresh" : "updating";
      // Older figures get no ETag: the next request must not be answered "not modified" with them.
      if (state === "fresh") reply.header("etag", answer.etag);
      const freshness = JSON.stringify({ state, version: figures.version, current: version });
      return reply.type("application/json; charset=utf-8").send(withFreshness(answer, freshness));
    },
  );
}

/**
 * Each answer's body as UTF-8, encoded once: a megabyte of figures at 2,000 actors, which pages read
 * again after every write. Kept as long as its answer is (the analysis cache's or the privacy view's).
 */
const encoded = new WeakMap<CachedAnalysis, Buffer>();

/** The cached answer with `freshness` as its first field, without parsing or encoding it again. */
function withFreshness(answer: CachedAnalysis, freshness: string): Buffer {
  let body = encoded.get(answer);
  if (body === undefined) {
    body = Buffer.from(answer.json);
    encoded.set(answer, body);
  }
  const empty = answer.json === "{}";
  return Buffer.concat([Buffer.from(`{"freshness":${freshness}${empty ? "" : ","}`), body.subarray(1)]);
}

function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === etag || tag === "*");
}
