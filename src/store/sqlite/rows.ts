import {
  type Actor,
  type ActorKind,
  type CustomAttributes,
  type Tie,
  type TieType,
  withoutUndefined,
} from "../../model/index.js";

export interface ActorRow {
  id: string;
  name: string;
  kind: string;
  area: string | null;
  gifts: string;
  interests: string;
  since: number | null;
  until: number | null;
  consent_given: number | null;
  consent_date: string | null;
  notes: string | null;
  custom: string;
}

export interface TieRow {
  id: string;
  source: string;
  target: string;
  type: string;
  since: number | null;
  until: number | null;
  weight: number;
  note: string | null;
  custom: string;
}

const present = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

export function actorToRow(actor: Actor): ActorRow {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    area: actor.area ?? null,
    gifts: JSON.stringify(actor.gifts),
    interests: JSON.stringify(actor.interests),
    since: actor.since ?? null,
    until: actor.until ?? null,
    consent_given: actor.consent === undefined ? null : Number(actor.consent.given),
    consent_date: actor.consent?.date ?? null,
    notes: actor.notes ?? null,
    custom: JSON.stringify(actor.custom),
  };
}

export function rowToActor(row: ActorRow): Actor {
  const consentDate = present(row.consent_date);
  const actor: Actor = {
    id: row.id,
    name: row.name,
    kind: row.kind as ActorKind,
    area: present(row.area),
    gifts: JSON.parse(row.gifts) as string[],
    interests: JSON.parse(row.interests) as string[],
    since: present(row.since),
    until: present(row.until),
    consent:
      row.consent_given === null
        ? undefined
        : consentDate === undefined
          ? { given: row.consent_given === 1 }
          : { given: row.consent_given === 1, date: consentDate },
    notes: present(row.notes),
    custom: JSON.parse(row.custom) as CustomAttributes,
  };
  return withoutUndefined(actor);
}

export function tieToRow(tie: Tie): TieRow {
  return {
    id: tie.id,
    source: tie.source,
    target: tie.target,
    type: tie.type,
    since: tie.since ?? null,
    until: tie.until ?? null,
    weight: tie.weight,
    note: tie.note ?? null,
    custom: JSON.stringify(tie.custom),
  };
}

export function rowToTie(row: TieRow): Tie {
  return withoutUndefined({
    id: row.id,
    source: row.source,
    target: row.target,
    type: row.type as TieType,
    since: present(row.since),
    until: present(row.until),
    weight: row.weight,
    note: present(row.note),
    custom: JSON.parse(row.custom) as CustomAttributes,
  });
}
