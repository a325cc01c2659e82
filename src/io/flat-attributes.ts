import type { Actor, Tie } from "../model/index.js";
import { formatConsent, formatTags } from "./cells.js";

export type FlatValue = string | number;

/** An actor as the flat attributes graph tools (Gephi, yEd, Cytoscape) understand; lists joined with ";". */
export function flatActor(actor: Actor): Record<string, FlatValue> {
  return withoutEmpty({
    label: actor.name,
    kind: actor.kind,
    area: actor.area,
    gifts: formatTags(actor.gifts),
    interests: formatTags(actor.interests),
    since: actor.since,
    until: actor.until,
    consent: formatConsent(actor.consent),
    notes: actor.notes,
    ...actor.custom,
  });
}

export function flatTie(tie: Tie): Record<string, FlatValue> {
  return withoutEmpty({
    type: tie.type,
    since: tie.since,
    until: tie.until,
    weight: tie.weight,
    note: tie.note,
    ...tie.custom,
  });
}

function withoutEmpty(record: Record<string, FlatValue | undefined>): Record<string, FlatValue> {
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, FlatValue] => entry[1] !== undefined && entry[1] !== ""),
  );
}
