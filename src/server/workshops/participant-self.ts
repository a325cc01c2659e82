import { randomUUID } from "node:crypto";
import {
  type Actor,
  type FieldIssue,
  type Network,
  type Tie,
  type TieType,
  tieId,
  ValidationError,
  withoutUndefined,
} from "../../model/index.js";
import type { Participant, WorkshopStore } from "../../store/workshops/workshop-store.js";
import { HttpError } from "../http-error.js";
import type { ParticipantLinksBody, ParticipantSelfBody } from "../schemas/workshop.js";

/** What a participant sees of their own resident: the fields they gave, nothing a facilitator added. */
export function participantActor(actor: Actor) {
  return {
    id: actor.id,
    name: actor.name,
    ...(actor.area === undefined ? {} : { area: actor.area }),
    gifts: actor.gifts,
    interests: actor.interests,
    consent: actor.consent?.given === true,
  };
}

/**
 * The participant's resident when they made it themselves and it is stored. After a facilitator
 * merged it into an existing actor, the participant points at that actor but may neither see nor
 * change it.
 */
export function ownActor(workshops: WorkshopStore, participant: Participant, network: Network): Actor | undefined {
  const { actorId } = participant;
  if (actorId === undefined) return undefined;
  const made = workshops
    .items(participant.workshopId)
    .some((item) => item.kind === "actor" && item.id === actorId && item.participantId === participant.id);
  return made ? network.actors.find((actor) => actor.id === actorId) : undefined;
}

/** Writes of a participant whose entry was merged are refused: the actor they point at is not theirs. */
export function assertNotMerged(participant: Participant, own: Actor | undefined, network: Network): void {
  if (own !== undefined || participant.actorId === undefined) return;
  if (network.actors.some((actor) => actor.id === participant.actorId)) {
    throw new HttpError(409, "participant_merged", "a facilitator merged your entry into the map; it is theirs now");
  }
}

/** Gifts and interests as people type them ("Gardening ") in the form the model keeps. */
function tags(list: readonly string[] | undefined): string[] {
  return [...new Set((list ?? []).map((tag) => tag.trim().toLowerCase()).filter((tag) => tag !== ""))];
}

/** The participant's resident with the fields of PUT …/me; a new one (with a new id) the first time. */
export function selfActor(body: ParticipantSelfBody, stored: Actor | undefined, today: string): Actor {
  const consent =
    stored?.consent !== undefined && stored.consent.given === body.consent
      ? stored.consent
      : { given: body.consent, date: today };
  return withoutUndefined({
    ...(stored ?? { custom: {} }),
    id: stored?.id ?? `resident-${randomUUID().slice(0, 8)}`,
    kind: "resident" as const,
    name: body.name.trim(),
    area: body.area?.trim() === "" ? undefined : body.area?.trim(),
    gifts: tags(body.gifts),
    interests: tags(body.interests),
    consent,
  });
}

/** The groups, places and fellow participants (by participant id) the participant's resident is tied to. */
export function linksOf(actorId: string | undefined, network: Network, fellows: readonly Participant[]) {
  const links = { groups: [] as string[], places: [] as string[], knows: [] as string[] };
  if (actorId === undefined) return links;
  const participantOf = new Map(fellows.flatMap((p) => (p.actorId === undefined ? [] : [[p.actorId, p.id] as const])));
  for (const tie of network.ties) {
    if (tie.type === "member_of" && tie.source === actorId) links.groups.push(tie.target);
    if (tie.type === "visits" && tie.source === actorId) links.places.push(tie.target);
    if (tie.type === "knows" && (tie.source === actorId || tie.target === actorId)) {
      const other = participantOf.get(tie.source === actorId ? tie.target : tie.source);
      if (other !== undefined) links.knows.push(other);
    }
  }
  return links;
}

/**
 * The ties PUT …/me/links asks for, each checked: the groups and places must be stored actors of
 * that kind, and `knows` must name fellow participants of this workshop who added themselves.
 */
export function wantedTies(
  actorId: string,
  body: ParticipantLinksBody,
  network: Network,
  fellows: readonly Participant[],
  self: Participant,
): Tie[] {
  const kinds = new Map(network.actors.map((actor) => [actor.id, actor.kind]));
  const issues: FieldIssue[] = [];
  const ties: Tie[] = [];
  const want = (type: TieType, target: string) =>
    ties.push({ id: tieId(type, actorId, target), type, source: actorId, target, weight: 1, custom: {} });
  for (const [field, kind, type] of [
    ["groups", "group", "member_of"],
    ["places", "place", "visits"],
  ] as const) {
    body[field].forEach((id, index) => {
      if (kinds.get(id) === kind) want(type, id);
      else issues.push({ field: `${field}[${index}]`, message: `"${id}" is not a stored ${kind}` });
    });
  }
  body.knows.forEach((id, index) => {
    const fellow = fellows.find((p) => p.id === id && p.id !== self.id);
    if (fellow?.actorId !== undefined && kinds.has(fellow.actorId)) want("knows", fellow.actorId);
    else issues.push({ field: `knows[${index}]`, message: `"${id}" is not another participant of this workshop` });
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return ties;
}
