import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";

/** The OpenAPI document from the route schemas at /api/openapi.json, and Swagger UI at /api/docs (offline). */
export async function registerDocs(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Weave API",
        version,
        description:
          "The community network: actors, ties, analysis, import and export, live changes. Every error is `{error: {code, message}}`. Writes need the `x-csrf-token` header from GET /api/session.",
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "weave_session" } },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", uiConfig: { validatorUrl: null } });
  app.get("/api/openapi.json", { config: { access: "public" }, schema: { hide: true } }, async () => app.swagger());
}
