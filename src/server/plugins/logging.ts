import type { FastifyReply, FastifyRequest } from "fastify";
import type { LoggerOptions } from "pino";

/**
 * Request logs carry the route pattern (`/api/actors/:id`), never the raw URL, body, client
 * address or account name: ids and names of residents stay out of the log.
 */
export const LOG_SERIALIZERS: LoggerOptions["serializers"] = {
  req: (request: FastifyRequest) => ({
    method: request.method,
    route: request.routeOptions?.url ?? "(no route)",
  }),
  res: (reply: FastifyReply) => ({ statusCode: reply.statusCode }),
};

export function loggerOptions(level: string): LoggerOptions {
  return { level, serializers: LOG_SERIALIZERS };
}
