import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { GraphStore } from "../store/graph-store.js";
import { HttpError } from "./http-error.js";
import type { Principal } from "./plugins/auth.js";

/**
 * A token that lets the editor who added an actor take it back, though erasing is otherwise the
 * admin's call: an HMAC over the actor's id and the adder's session, keyed by a secret of this
 * process. It names one actor and one session, so it cannot erase anyone else's actor, nor be used
 * after a logout or a restart.
 */
export interface UndoTokens {
  of(actorId: string, principal: Principal): string;
  accepts(token: string, actorId: string, principal: Principal): boolean;
}

/** The session's token, or, in the open mode that has no sessions, the one local user. */
function sessionKey(principal: Principal): string {
  return principal.session === undefined ? `open:${principal.name}` : `session:${principal.session.token}`;
}

export function undoTokens(secret: Buffer = randomBytes(32)): UndoTokens {
  const of = (actorId: string, principal: Principal) =>
    createHmac("sha256", secret)
      .update(`undo-actor\n${actorId}\n${sessionKey(principal)}`)
      .digest("base64url");
  return {
    of,
    accepts(token, actorId, principal) {
      const expected = Buffer.from(of(actorId, principal));
      const sent = Buffer.from(token);
      return sent.length === expected.length && timingSafeEqual(sent, expected);
    },
  };
}

/** POST /api/actors's answer: the actor, and the token that lets its adder take it back. */
export function createdActorSchema<T extends { properties: object }>(actor: T) {
  return {
    ...actor,
    properties: {
      ...actor.properties,
      undoToken: {
        type: "string",
        description: "lets this session erase this actor again (DELETE ?undo=) while nothing else refers to it",
      },
    },
  } as const;
}

export const UNDO_QUERY = {
  type: "object",
  properties: { undo: { type: "string", maxLength: 100, description: "the undoToken from POST /api/actors" } },
  additionalProperties: false,
} as const;

export interface UndoQuery {
  undo?: string;
}

/**
 * An editor may erase an actor only to undo adding it: with the token their session got for it,
 * and only while no tie and no follow-up refers to it (their own ties are undone first; anything
 * else means someone built on it, and erasing would take that away too). An admin always may.
 */
export async function assertMayErase(
  store: Pick<GraphStore, "load" | "listFollowUps">,
  undo: UndoTokens,
  request: { principal: Principal | null; query: UndoQuery; params: { id: string } },
): Promise<void> {
  const { principal } = request;
  const { id } = request.params;
  if (principal === null || principal.role === "admin") return;
  const token = request.query.undo;
  if (token === undefined || !undo.accepts(token, id, principal)) {
    throw new HttpError(
      403,
      "forbidden",
      "erasing an actor needs the admin role, or the undoToken of your own new actor",
    );
  }
  const { ties } = await store.load();
  const followUps = await store.listFollowUps({ about: id });
  if (followUps.length > 0 || ties.some((tie) => tie.source === id || tie.target === id)) {
    throw new HttpError(409, "actor_in_use", "this actor has ties or follow-ups now; only an admin can erase it");
  }
}
