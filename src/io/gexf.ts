import { MultiGraph } from "graphology";
import { write } from "graphology-gexf";
import { type Network, TIE_RULES } from "../model/index.js";
import type { ActorFigureColumns } from "./figure-columns.js";
import { flatActor, flatTie } from "./flat-attributes.js";
import { finishXml } from "./xml-text.js";

/**
 * GEXF 1.3 for Gephi: every actor and tie with its attributes; knows and partner_of ties undirected.
 * Given `figures`, each actor also carries its figures of the analysed year (see `figureColumns`).
 */
export function writeNetworkGexf(network: Network, figures?: ActorFigureColumns): string {
  const graph = new MultiGraph({ type: "mixed", allowSelfLoops: false });
  for (const actor of network.actors) graph.addNode(actor.id, { ...flatActor(actor), ...figures?.get(actor.id) });
  for (const tie of network.ties) {
    const attributes = flatTie(tie);
    if (TIE_RULES[tie.type].undirected) graph.addUndirectedEdgeWithKey(tie.id, tie.source, tie.target, attributes);
    else graph.addDirectedEdgeWithKey(tie.id, tie.source, tie.target, attributes);
  }
  const document = write(graph, {
    version: "1.3",
    formatNode: (_key, { label, ...attributes }) => ({ label: String(label), attributes }),
    formatEdge: (_key, { weight, type, ...attributes }) => ({
      label: String(type),
      weight: Number(weight),
      attributes: { type, ...attributes },
    }),
  });
  return finishXml(document);
}
