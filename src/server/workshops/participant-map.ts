import { createHmac } from "node:crypto";
import type { Network } from "../../model/index.js";
import type { AnswerView } from "../privacy/privacy.js";

/**
 * The network as the projector shows it, for a participant's phone: kinds and ties, the names of
 * those a viewer may see by name, and nothing else (no area, gifts, notes or years of anyone). A
 * resident without consent has no label, and an opaque id in place of theirs (an imported id may
 * be a name); only the participant's own resident keeps its id, so the phone can find it.
 */
export function participantMap(network: Network, view: AnswerView, key: Uint8Array, ownActorId: string | undefined) {
  const hidden = new Set(
    network.actors.filter((actor) => actor.id !== ownActorId && view.records.hides(actor)).map((actor) => actor.id),
  );
  const idOf = (id: string) =>
    hidden.has(id) ? `hidden-${createHmac("sha256", key).update(`map:${id}`).digest("base64url").slice(0, 16)}` : id;
  return {
    nodes: network.actors.map((actor) => ({
      id: idOf(actor.id),
      kind: actor.kind,
      label: hidden.has(actor.id) || view.records.hides(actor) ? null : actor.name,
    })),
    edges: network.ties.map((tie) => ({ source: idOf(tie.source), target: idOf(tie.target), type: tie.type })),
  };
}
