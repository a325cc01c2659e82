import {
  type Actor,
  checkNetwork,
  currentTieId,
  type Network,
  recordIssuesToError,
  type Tie,
  ValidationError,
  withoutUndefined,
} from "../model/index.js";

export const JSON_FORMAT = "weave-network";
export const JSON_VERSION = 1;

interface Dump {
  format: typeof JSON_FORMAT;
  version: typeof JSON_VERSION;
  actors: readonly Actor[];
  ties: readonly Tie[];
}

export function writeNetworkJson(network: Network): string {
  const dump: Dump = { format: JSON_FORMAT, version: JSON_VERSION, actors: network.actors, ties: network.ties };
  return `${JSON.stringify(dump, null, 2)}\n`;
}

/** Reads a dump written by writeNetworkJson; throws ValidationError naming the record and field. */
export function readNetworkJson(text: string, file: string): Network {
  let dump: Partial<Dump>;
  try {
    dump = JSON.parse(text) as Partial<Dump>;
  } catch (error) {
    throw new ValidationError([{ file, message: `the file is not JSON: ${(error as Error).message}` }]);
  }
  if (dump?.format !== JSON_FORMAT || !Array.isArray(dump.actors) || !Array.isArray(dump.ties)) {
    throw new ValidationError([{ file, message: `the file is not a Weave network dump (format "${JSON_FORMAT}")` }]);
  }
  if (dump.version !== JSON_VERSION) {
    throw new ValidationError([
      { file, message: `dump version ${String(dump.version)} is not supported (expected ${JSON_VERSION})` },
    ]);
  }
  const shapeIssues = [
    ...shapeProblems(dump.actors, "actors", ["id", "name", "kind"]),
    ...shapeProblems(dump.ties, "ties", ["source", "target", "type"]),
  ].map((message) => ({ file, message }));
  if (shapeIssues.length > 0) throw new ValidationError(shapeIssues);
  const network: Network = {
    actors: dump.actors.map((actor) =>
      withoutUndefined({
        ...actor,
        gifts: actor.gifts ?? [],
        interests: actor.interests ?? [],
        custom: actor.custom ?? {},
      }),
    ),
    ties: dump.ties.map((tie) =>
      withoutUndefined({
        ...tie,
        // A dump from before tie ids encoded their ends gets today's ids, as migrated stores have.
        id: currentTieId(tie),
        weight: tie.weight ?? 1,
        custom: tie.custom ?? {},
      }),
    ),
  };
  const issues = checkNetwork(network);
  if (issues.length > 0) throw recordIssuesToError(issues, file);
  return network;
}

function shapeProblems(records: readonly unknown[], collection: string, textFields: readonly string[]): string[] {
  return records.flatMap((record, index) => {
    if (record === null || typeof record !== "object") return [`${collection}[${index}] is not an object`];
    return textFields
      .filter((field) => typeof (record as Record<string, unknown>)[field] !== "string")
      .map((field) => `${collection}[${index}].${field} must be text`);
  });
}
