import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { HttpError } from "../http-error.js";

const MINUTE = 60_000;

/**
 * Per minute. A room shares one address behind the venue's Wi-Fi, so the per-address limits leave
 * room for everyone in it to join at once; guessing a code (887 million of them) stays hopeless.
 */
export const WORKSHOP_LIMITS = {
  /** Looking a code up (GET /api/join/:code), per client address. */
  lookupsPerAddress: 60,
  /** Joining (POST /api/join/:code), per client address and per code. */
  joinsPerAddress: 30,
  joinsPerCode: 100,
  /** Writes of one participant. */
  writesPerParticipant: 30,
  /** Reads of one participant (the map loads the whole network). */
  readsPerParticipant: 120,
} as const;

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/** An onRequest hook counting requests under `key`; past `max` a minute it answers 429 rate_limited. */
export function rateLimited(app: FastifyInstance, max: number, key: (request: FastifyRequest) => string): Hook {
  const check = app.createRateLimit({ max, timeWindow: MINUTE, keyGenerator: key });
  return async (request, reply) => {
    const result = await check(request);
    if (result.isAllowed || !result.isExceeded) return;
    reply.header("retry-after", String(result.ttlInSeconds));
    throw new HttpError(429, "rate_limited", `too many requests; try again in ${result.ttlInSeconds} s`);
  };
}
