import type { Actor, Network } from "../../model/index.js";
import type { WorkshopItem, WorkshopRecord, WorkshopStore } from "../../store/workshops/workshop-store.js";
import type { AnswerView } from "../privacy/privacy.js";

/** What the store holds now, by id: entries of erased or deleted records are not counted. */
export class StoredRecords {
  readonly actors: ReadonlyMap<string, Actor>;
  readonly ties: ReadonlySet<string>;

  constructor(network: Network) {
    this.actors = new Map(network.actors.map((actor) => [actor.id, actor]));
    this.ties = new Set(network.ties.map((tie) => tie.id));
  }

  has(item: WorkshopItem): boolean {
    return item.kind === "actor" ? this.actors.has(item.id) : this.ties.has(item.id);
  }
}

/** A workshop as the contract's `Workshop`. */
export function workshopAnswer(workshop: WorkshopRecord, workshops: WorkshopStore, stored: StoredRecords) {
  const items = workshops.items(workshop.id).filter((item) => stored.has(item));
  return {
    ...workshop,
    joinPath: `/join/${workshop.code}`,
    participants: workshops.participants(workshop.id).length,
    added: {
      actors: items.filter((item) => item.kind === "actor").length,
      ties: items.filter((item) => item.kind === "tie").length,
    },
  };
}

/** Per participant: their resident (named as this reader may see it) and the ties they made. */
export function entriesOf(workshopId: string, workshops: WorkshopStore, stored: StoredRecords, view: AnswerView) {
  const items = workshops.items(workshopId).filter((item) => stored.has(item));
  return workshops.participants(workshopId).map((participant) => {
    const actor = participant.actorId === undefined ? undefined : stored.actors.get(participant.actorId);
    return {
      participantId: participant.id,
      joinedAt: participant.joinedAt,
      ...(actor === undefined ? {} : { actorId: actor.id, actorName: view.actor(actor).name }),
      ties: items.filter((item) => item.kind === "tie" && item.participantId === participant.id).map((item) => item.id),
    };
  });
}
