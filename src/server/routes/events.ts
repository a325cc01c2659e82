import type { FastifyInstance } from "fastify";
import { hasRole } from "../../store/accounts/roles.js";
import type { ServerContext } from "../context.js";
import type { ChangeEvent } from "../events.js";
import type { Principal } from "../plugins/auth.js";

/**
 * Server-Sent Events: each committed change as `event: change` with the ChangeEvent as JSON, a
 * `hello` with the current version on connecting, and a comment line as heartbeat so proxies and
 * browsers keep the stream open.
 *
 * A stream is only as good as the session that opened it: it ends at logout, when the account is
 * removed and when the session expires, and access is checked again before every event and
 * heartbeat (an account removed by `weave user remove` in another process is noticed there).
 */
export function eventRoutes(
  app: FastifyInstance,
  { store, bus, privacy, heartbeatMs, accounts, auth, streams }: ServerContext,
): void {
  // Before the server stops listening: `close()` waits for open connections, and a stream never ends by itself.
  app.addHook("preClose", async () => streams.endAll());

  /** True while the principal that opened the stream may still read the network. */
  const stillAllowed = (principal: Principal): boolean => {
    const token = principal.session?.token;
    if (token === undefined) return auth.isOpen();
    const session = accounts.findSession(token);
    return session !== undefined && hasRole(session.account.role, "viewer");
  };

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
      const principal = request.principal as Principal;
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
      let unsubscribe = () => {};
      let expiry: NodeJS.Timeout | undefined;
      const heartbeat = setInterval(() => {
        if (stillAllowed(principal)) stream.write(": heartbeat\n\n");
        else end();
      }, heartbeatMs);
      function end(): void {
        clearInterval(heartbeat);
        clearTimeout(expiry);
        unsubscribe();
        streams.remove(end);
        if (!stream.writableEnded) stream.end();
      }
      stream.write("retry: 3000\n\n");
      send("hello", { version });
      unsubscribe = bus.subscribe(
        privacy.live(
          request,
          (event: ChangeEvent) => {
            if (stream.writableEnded) return;
            if (stillAllowed(principal)) send("change", event);
            else end();
          },
          () => end(),
        ),
      );
      const session = principal.session;
      if (session !== undefined) {
        expiry = setTimeout(end, Math.max(0, session.expires.getTime() - Date.now()));
        expiry.unref();
      }
      streams.add({ name: principal.name, role: principal.role, sessionToken: session?.token }, end);
      request.raw.on("close", end);
      stream.on("close", end);
    },
  );
}
