import { type Network, TIE_RULES } from "../model/index.js";
import { type FlatValue, flatActor, flatTie } from "./flat-attributes.js";

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (char) => `&${{ "<": "lt", ">": "gt", "&": "amp", '"': "quot", "'": "apos" }[char]};`);

interface Key {
  readonly id: string;
  readonly name: string;
  readonly type: "string" | "int" | "double";
}

/** One GraphML key per attribute name; typed as a number only when every value is one. */
function keysFor(records: readonly Record<string, FlatValue>[], domain: "node" | "edge"): Map<string, Key> {
  const keys = new Map<string, Key>();
  const names = [...new Set(records.flatMap((record) => Object.keys(record)))];
  names.forEach((name, index) => {
    const values = records.map((record) => record[name]).filter((value) => value !== undefined);
    const numeric = values.every((value) => typeof value === "number");
    const type = !numeric ? "string" : values.every((value) => Number.isInteger(value)) ? "int" : "double";
    keys.set(name, { id: `${domain[0]}${index}`, name, type });
  });
  return keys;
}

function data(record: Record<string, FlatValue>, keys: Map<string, Key>): string {
  return Object.entries(record)
    .map(([name, value]) => `<data key="${keys.get(name)?.id}">${escapeXml(String(value))}</data>`)
    .join("");
}

/** GraphML for yEd, Cytoscape and NetworkX: directed edges marked per edge, knows/partner_of undirected. */
export function writeNetworkGraphml(network: Network): string {
  const nodes = network.actors.map((actor) => ({ id: actor.id, attributes: flatActor(actor) }));
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
  return [
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
}
