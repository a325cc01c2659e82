import type { ActorFigures } from "../analysis/index.js";
import type { FlatValue } from "./flat-attributes.js";

/** The figures an export can carry per actor, in the order they are written. */
export const FIGURE_COLUMNS = [
  "degree",
  "strength",
  "betweenness",
  "closeness",
  "harmonic",
  "eigenvector",
  "pagerank",
  "cluster",
  "role",
] as const;

/** One actor's figures as flat attributes or cells, keyed by actor id. */
export type ActorFigureColumns = ReadonlyMap<string, Readonly<Record<string, FlatValue>>>;

/**
 * The analysis' figures of one year as export columns, so Gephi, yEd or a spreadsheet opens a map
 * that is already analysed. `cluster` is numbered from 1, as the explorer and the report show it.
 */
export function figureColumns(
  actors: readonly Pick<
    ActorFigures,
    | "id"
    | "degree"
    | "strength"
    | "betweenness"
    | "closeness"
    | "harmonic"
    | "eigenvector"
    | "pagerank"
    | "community"
    | "role"
  >[],
): ActorFigureColumns {
  return new Map(
    actors.map((actor) => [
      actor.id,
      {
        degree: actor.degree,
        strength: actor.strength,
        betweenness: actor.betweenness,
        closeness: actor.closeness,
        harmonic: actor.harmonic,
        eigenvector: actor.eigenvector,
        pagerank: actor.pagerank,
        cluster: actor.community + 1,
        role: actor.role,
      },
    ]),
  );
}
