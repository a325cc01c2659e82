import { type Integer, int, isInt } from "neo4j-driver";
import {
  type Actor,
  type ActorKind,
  type CustomAttributes,
  type CustomValue,
  type Tie,
  type TieType,
  withoutUndefined,
} from "../../model/index.js";

/**
 * How records become Neo4j properties and back. Lists are string arrays; consent is two properties
 * (consentGiven, consentDate); each custom attribute is a property named `custom.<name>`, so it can
 * never clash with a field of the model. Years and weights are stored as Cypher integers.
 */
export const CUSTOM_PREFIX = "custom.";

type Properties = Record<string, unknown>;

/** Whole numbers go as Cypher integers (a JS number would be sent as a float). */
function toCypherNumber(value: number): number | Integer {
  return Number.isSafeInteger(value) ? int(value) : value;
}

/** Read side: integers arrive as Integer objects unless the driver was built with disableLosslessIntegers. */
export function toNumber(value: unknown): number {
  return isInt(value) ? (value as Integer).toNumber() : (value as number);
}

function optionalNumber(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : toNumber(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Neo4j keeps no property order, but exports should give custom columns back in the order they came. */
const CUSTOM_ORDER = "customOrder";

function putCustom(properties: Properties, custom: CustomAttributes): void {
  properties[CUSTOM_ORDER] = Object.keys(custom);
  for (const [name, value] of Object.entries(custom)) {
    properties[`${CUSTOM_PREFIX}${name}`] = typeof value === "number" ? toCypherNumber(value) : value;
  }
}

function readCustom(properties: Properties): CustomAttributes {
  const names = Object.keys(properties)
    .filter((key) => key.startsWith(CUSTOM_PREFIX))
    .map((key) => key.slice(CUSTOM_PREFIX.length));
  const order = (properties[CUSTOM_ORDER] ?? []) as string[];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  // fromEntries, not assignment: an attribute named "__proto__" is kept like any other.
  return Object.fromEntries(
    names
      .sort((a, b) => rank(a) - rank(b))
      .map((name) => {
        const value = properties[`${CUSTOM_PREFIX}${name}`];
        return [name, (typeof value === "string" ? value : toNumber(value)) as CustomValue];
      }),
  );
}

export function actorToProperties(actor: Actor): Properties {
  const properties: Properties = withoutUndefined({
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    area: actor.area,
    gifts: [...actor.gifts],
    interests: [...actor.interests],
    since: actor.since === undefined ? undefined : toCypherNumber(actor.since),
    until: actor.until === undefined ? undefined : toCypherNumber(actor.until),
    consentGiven: actor.consent?.given,
    consentDate: actor.consent?.date,
    notes: actor.notes,
  });
  putCustom(properties, actor.custom);
  return properties;
}

export function propertiesToActor(properties: Properties): Actor {
  const consentDate = optionalString(properties.consentDate);
  return withoutUndefined({
    id: properties.id as string,
    name: properties.name as string,
    kind: properties.kind as ActorKind,
    area: optionalString(properties.area),
    gifts: (properties.gifts ?? []) as string[],
    interests: (properties.interests ?? []) as string[],
    since: optionalNumber(properties.since),
    until: optionalNumber(properties.until),
    consent:
      typeof properties.consentGiven === "boolean"
        ? withoutUndefined({ given: properties.consentGiven, date: consentDate })
        : undefined,
    notes: optionalString(properties.notes),
    custom: readCustom(properties),
  });
}

/** The relationship's own properties; its type and ends are the relationship itself. */
export function tieToProperties(tie: Tie): Properties {
  const properties: Properties = withoutUndefined({
    id: tie.id,
    since: tie.since === undefined ? undefined : toCypherNumber(tie.since),
    until: tie.until === undefined ? undefined : toCypherNumber(tie.until),
    weight: toCypherNumber(tie.weight),
    note: tie.note,
  });
  putCustom(properties, tie.custom);
  return properties;
}

export function propertiesToTie(properties: Properties, type: TieType, source: string, target: string): Tie {
  return withoutUndefined({
    id: properties.id as string,
    source,
    target,
    type,
    since: optionalNumber(properties.since),
    until: optionalNumber(properties.until),
    weight: optionalNumber(properties.weight) ?? 1,
    note: optionalString(properties.note),
    custom: readCustom(properties),
  });
}
