import { type Network, TIE_RULES } from "../model/index.js";
import type { ActorFigureColumns } from "./figure-columns.js";
import { type FlatValue, flatActor, flatTie } from "./flat-attributes.js";
import { escapeXml, finishXml } from "./xml-text.js";

interface Key {
  readonly id: string;
  readonly name: string;
  readonly type: "string" | "int" | "double";
}

/** One GraphML key per attribute name; typed as a number only when every value is one. One pass. */
function keysFor(records: readonly Record<string, FlatValue>[], domain: "node" | "edge"): Map<string, Key> {
  const types = new Map<string, Key["type"]>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      const type = typeof value !== "number" ? "string" : Number.isInteger(value) ? "int" : "double";
      const seen = types.get(name);
      types.set(
        name,
        seen === undefined || seen === type ? type : seen === "string" || type === "string" ? "string" : "double",
      );
    }
  }
  const keys = new Map<string, Key>();
  [...types].forEach(([name, type], index) => {
    keys.set(name, { id: `${domain[0]}${index}`, name, type });
  });
  return keys;
}

function data(record: Record<string, FlatValue>, keys: Map<string, Key>): string {
  return Object.entries(record)
    .map(([name, value]) => `<data key="${keys.get(name)?.id}">${escapeXml(String(value))}</data>`)
    .join("");
}

/**
 * GraphML for yEd, Cytoscape and NetworkX: directed edges marked per edge, knows/partner_of undirected.
 * Given `figures`, each actor also carries its figures of the analysed year (see `figureColumns`).
 */
export function writeNetworkGraphml(network: Network, figures?: ActorFigureColumns): string {
  const nodes = network.actors.map((actor) => ({
    id: actor.id,
    attributes: { ...flatActor(actor), ...figures?.get(actor.id) },
  }));
  const edges = network.ties.map((tie) => ({ tie, attributes: flatTie(tie) }));
  const nodeKeys = keysFor(
    nodes.map((node) => node.attributes),
    "node",
  );
  const edgeKeys = keysFor(
    edges.map((edge) => edge.attributes),
    "edge",
  );
  const declare = (keys: Map<string, Key>, domain: string) =>
    [...keys.values()].map(
      (key) => `  <key id="${key.id}" for="${domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`,
    );
  const document = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...declare(nodeKeys, "node"),
    ...declare(edgeKeys, "edge"),
    '  <graph id="weave" edgedefault="undirected">',
    ...nodes.map((node) => `    <node id="${escapeXml(node.id)}">${data(node.attributes, nodeKeys)}</node>`),
    ...edges.map(
      ({ tie, attributes }) =>
        `    <edge id="${escapeXml(tie.id)}" source="${escapeXml(tie.source)}" target="${escapeXml(tie.target)}" directed="${!TIE_RULES[tie.type].undirected}">${data(attributes, edgeKeys)}</edge>`,
    ),
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
  return finishXml(document);
}
