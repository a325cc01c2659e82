import type { FastifyInstance } from "fastify";
import type { ServerContext } from "../context.js";
import type { ChangeEvent } from "../events.js";

/**
 * Server-Sent Events: each committed change as `event: change` with the ChangeEvent as JSON, a
 * `hello` with the current version on connecting, and a comment line as heartbeat so proxies and
 * browsers keep the stream open.
 */
export function eventRoutes(app: FastifyInstance, { store, bus, privacy, heartbeatMs }: ServerContext): void {
  const open = new Set<() => void>();
  app.addHook("onClose", async () => {
    for (const end of open) end();
  });

  app.get(
    "/api/events",
    {
      config: { access: "viewer" },
      schema: {
        tags: ["graph"],
        summary: "Live changes as Server-Sent Events (event: change, data: the change as JSON)",
        produces: ["text/event-stream"],
      },
    },
    async (request, reply) => {
      const version = await store.version();
      const headers: Record<string, string | number | string[]> = {};
      for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) headers[name] = value;
      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, {
        ...headers,
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      const send = (name: string, data: unknown) => stream.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
      stream.write("retry: 3000\n\n");
      send("hello", { version });
      const unsubscribe = bus.subscribe(
        privacy.live(
          request,
          (event: ChangeEvent) => stream.writableEnded || send("change", event),
          () => end(),
        ),
      );
      const heartbeat = setInterval(() => stream.write(": heartbeat\n\n"), heartbeatMs);
      const end = () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(end);
        if (!stream.writableEnded) stream.end();
      };
      open.add(end);
      request.raw.on("close", end);
      stream.on("close", end);
    },
  );
}
