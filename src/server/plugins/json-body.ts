import type { FastifyInstance } from "fastify";

/**
 * JSON bodies as Fastify parses them, except that a DELETE with `content-type: application/json` and
 * no body (curl with the README's header) is a DELETE, not an empty-body error.
 */
export function registerJsonBody(app: FastifyInstance): void {
  const json = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    if (request.method === "DELETE" && body === "") done(null, undefined);
    else json(request, String(body), done);
  });
}
