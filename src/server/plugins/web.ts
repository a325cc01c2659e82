import { existsSync } from "node:fs";
import { resolve } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { HttpError } from "../http-error.js";

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Weave</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto">
<h1>Weave</h1>
<p>The API is running (<a href="/api/health">/api/health</a>, <a href="/api/docs">/api/docs</a>),
but the web app has not been built yet. Run <code>npm run build</code> (or <code>npm start</code>,
which builds it first), then reload this page.</p>
</body></html>
`;

/**
 * The built web app from `webDir`, with every other non-API GET answered by index.html so the
 * app's own routes survive a reload; unknown /api paths get a JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string | undefined): Promise<void> {
  const root = webDir === undefined ? undefined : resolve(webDir);
  const built = root !== undefined && existsSync(resolve(root, "index.html"));
  // Files are looked up per request (wildcard), so a rebuild while the server runs is served at once.
  if (built) await app.register(fastifyStatic, { root, wildcard: true, index: "index.html" });
  app.setNotFoundHandler({ preHandler: undefined }, async (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (path.startsWith("/api/") || path === "/api" || (request.method !== "GET" && request.method !== "HEAD")) {
      throw new HttpError(404, "route_not_found", `there is no ${request.method} ${path}`);
    }
    if (built) return reply.sendFile("index.html");
    return reply.type("text/html; charset=utf-8").send(NOT_BUILT);
  });
}
