import { UndirectedGraph } from "graphology";
import { type Network, networkAsOf, type TieType } from "../model/index.js";
import type { ActorAttributes, TieAttributes, WeaveGraph } from "./graph.js";

export interface BuildGraphOptions {
  /** Keep only the actors and ties active in this year (see networkAsOf). */
  year?: number;
}

/**
 * The analysed graph: undirected and simple. Parallel ties between one pair (a `knows` and a
 * `volunteers_at`, or two periods of one friendship) become one edge with the summed weight and the
 * list of their types. Ties to unknown actors are skipped: validation is the reader's job.
 */
export function buildGraph(network: Network, options: BuildGraphOptions = {}): WeaveGraph {
  const source = options.year === undefined ? network : networkAsOf(network, options.year);
  const graph: WeaveGraph = new UndirectedGraph<ActorAttributes, TieAttributes>({ allowSelfLoops: false });
  for (const actor of source.actors) {
    const attributes: ActorAttributes = {
      kind: actor.kind,
      name: actor.name,
      interests: actor.interests,
      gifts: actor.gifts,
    };
    if (actor.area !== undefined) attributes.area = actor.area;
    graph.mergeNode(actor.id, attributes);
  }
  // Edges of one tie type (most) share one list per type, as year-network.ts does.
  const alone = new Map<TieType, readonly TieType[]>();
  for (const tie of source.ties) {
    if (tie.source === tie.target || !graph.hasNode(tie.source) || !graph.hasNode(tie.target)) continue;
    const edge = graph.edge(tie.source, tie.target);
    if (edge === undefined) {
      let types = alone.get(tie.type);
      if (types === undefined) {
        types = [tie.type];
        alone.set(tie.type, types);
      }
      graph.addEdge(tie.source, tie.target, { weight: tie.weight, types });
      continue;
    }
    const attributes = graph.getEdgeAttributes(edge);
    const types = attributes.types.includes(tie.type) ? attributes.types : [...attributes.types, tie.type];
    graph.replaceEdgeAttributes(edge, { weight: attributes.weight + tie.weight, types });
  }
  return graph;
}
