import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
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
