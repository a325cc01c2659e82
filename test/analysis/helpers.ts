import { UndirectedGraph } from "graphology";
import { florentineFamilies, karateClub } from "graphology-generators/social/index.js";
import type { Actor, ActorKind, Network, Tie, TieType } from "../../src/model/index.js";
import { tieId } from "../../src/model/index.js";

type ActorSpec = Partial<Actor> & { id: string };
type TieSpec = [source: string, target: string, type?: TieType, extra?: Partial<Tie>];

export function actor(spec: ActorSpec): Actor {
  return { name: spec.id, kind: "resident", gifts: [], interests: [], custom: {}, ...spec };
}

export function tie(source: string, target: string, type: TieType = "knows", extra: Partial<Tie> = {}): Tie {
  return { id: tieId(type, source, target, extra.since), source, target, type, weight: 1, custom: {}, ...extra };
}

/** A small network written inline: actors as `id:kind` strings or specs, ties as tuples. */
export function network(actors: (string | ActorSpec)[], ties: TieSpec[]): Network {
  return {
    actors: actors.map((entry) => {
      if (typeof entry !== "string") return actor(entry);
      const [id = "", kind = "resident"] = entry.split(":");
      return actor({ id, kind: kind as ActorKind });
    }),
    ties: ties.map(([source, target, type, extra]) => tie(source, target, type, extra)),
  };
}

function fromGraphology(graph: UndirectedGraph, extraNodes: string[] = []): Network {
  return network(
    [...graph.nodes(), ...extraNodes],
    graph.mapEdges((_edge, _attributes, source, target): TieSpec => [source, target]),
  );
}

export const karateNetwork = (): Network => fromGraphology(karateClub(UndirectedGraph));
/** The 15 Florentine families of graphology-generators plus the Pucci family, who had no ties. */
export const florentineNetwork = (): Network => fromGraphology(florentineFamilies(UndirectedGraph), ["Pucci"]);
