import type { Network } from "../model/index.js";
import type { ActorFigureColumns } from "./figure-columns.js";
import { writeNetworkGexf } from "./gexf.js";
import { writeNetworkGraphml } from "./graphml.js";
import { writeNetworkJson } from "./json.js";
import { writeNetworkCsv } from "./write-network-csv.js";

export const EXPORT_FORMATS = ["csv", "json", "gexf", "graphml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The files an export consists of, by file name, in a stable order (actors by id, ties by id). Given
 * `figures`, csv, gexf and graphml carry each actor's figures too; json stays the network alone.
 */
export function exportNetwork(
  network: Network,
  format: ExportFormat,
  figures?: ActorFigureColumns,
): Record<string, string> {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted: Network = { actors: [...network.actors].sort(byId), ties: [...network.ties].sort(byId) };
  switch (format) {
    case "csv": {
      const { nodes, ties } = writeNetworkCsv(sorted, figures);
      return { "nodes.csv": nodes, "ties.csv": ties };
    }
    case "json":
      return { "weave.json": writeNetworkJson(sorted) };
    case "gexf":
      return { "weave.gexf": writeNetworkGexf(sorted, figures) };
    case "graphml":
      return { "weave.graphml": writeNetworkGraphml(sorted, figures) };
  }
}
