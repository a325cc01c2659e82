import { UndirectedGraph } from "graphology";
import { type Network, networkAsOf } from "../model/index.js";
import { type ActorAttributes, oneTypeLists, type TieAttributes, type WeaveGraph } from "./graph.js";

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
  const typesOf = oneTypeLists();
  for (const tie of source.ties) {
    if (tie.source === tie.target || !graph.hasNode(tie.source) || !graph.hasNode(tie.target)) continue;
    const edge = graph.edge(tie.source, tie.target);
    if (edge === undefined) {
      graph.addEdge(tie.source, tie.target, { weight: tie.weight, types: typesOf(tie.type) });
      continue;
    }
    const attributes = graph.getEdgeAttributes(edge);
    const types = attributes.types.includes(tie.type) ? attributes.types : [...attributes.types, tie.type];
    graph.replaceEdgeAttributes(edge, { weight: attributes.weight + tie.weight, types });
  }
  return graph;
}
