import { UndirectedGraph } from "graphology";
import type { AbstractGraph } from "graphology-types";
import type { Actor, ActorKind, Network, TieType } from "../../../model/index.js";

export interface TieSpan {
  readonly id: string;
  readonly type: TieType;
  readonly since?: number;
  readonly until?: number;
}

/** Domain data and position only: colour, size, label and hiding come from the reducers. */
export interface DisplayNode {
  x: number;
  y: number;
  kind: ActorKind;
  name: string;
  area?: string;
  gifts: readonly string[];
  interests: readonly string[];
  since?: number;
  until?: number;
}

/** One edge per pair; every tie between them (over all years) is kept to decide when it shows. */
export interface DisplayEdge {
  ties: TieSpan[];
}

export type DisplayGraph = AbstractGraph<DisplayNode, DisplayEdge>;
export type Position = { readonly x: number; readonly y: number };

export function createDisplayGraph(): DisplayGraph {
  return new UndirectedGraph<DisplayNode, DisplayEdge>();
}

/**
 * Makes `graph` hold every actor and tie of every year, in place, so that moving through the years
 * or receiving a live change only hides and shows: nobody who was already drawn moves. Newcomers
 * start next to a neighbour already drawn, or where `seed` puts them.
 */
export function syncDisplayGraph(graph: DisplayGraph, network: Network, seed: (actor: Actor) => Position): void {
  const wanted = new Set(network.actors.map((actor) => actor.id));
  for (const id of graph.nodes()) if (!wanted.has(id)) graph.dropNode(id);
  graph.clearEdges();
  const newcomers: Actor[] = [];
  for (const actor of network.actors) {
    const existing = graph.hasNode(actor.id) ? graph.getNodeAttributes(actor.id) : undefined;
    const position = existing ?? seed(actor);
    if (existing === undefined) newcomers.push(actor);
    graph.mergeNode(actor.id, displayNodeOf(actor, position));
  }
  for (const tie of network.ties) {
    if (tie.source === tie.target || !graph.hasNode(tie.source) || !graph.hasNode(tie.target)) continue;
    const span: TieSpan = { id: tie.id, type: tie.type, since: tie.since, until: tie.until };
    const edge = graph.edge(tie.source, tie.target);
    if (edge === undefined) graph.addEdge(tie.source, tie.target, { ties: [span] });
    else graph.getEdgeAttributes(edge).ties.push(span);
  }
  if (graph.order > newcomers.length) placeNextToNeighbours(graph, newcomers);
}

function displayNodeOf(actor: Actor, position: Position): DisplayNode {
  const node: DisplayNode = {
    x: position.x,
    y: position.y,
    kind: actor.kind,
    name: actor.name,
    gifts: actor.gifts,
    interests: actor.interests,
  };
  if (actor.area !== undefined) node.area = actor.area;
  if (actor.since !== undefined) node.since = actor.since;
  if (actor.until !== undefined) node.until = actor.until;
  return node;
}

function placeNextToNeighbours(graph: DisplayGraph, newcomers: readonly Actor[]): void {
  const fresh = new Set(newcomers.map((actor) => actor.id));
  for (const actor of newcomers) {
    const anchor = graph.neighbors(actor.id).find((neighbour) => !fresh.has(neighbour));
    if (anchor === undefined) continue;
    const at = graph.getNodeAttributes(anchor);
    const angle = 2 * Math.PI * hashUnit(actor.id);
    graph.mergeNodeAttributes(actor.id, { x: at.x + 5 * Math.cos(angle), y: at.y + 5 * Math.sin(angle) });
  }
}

export function positionsOf(graph: DisplayGraph): Map<string, Position> {
  const positions = new Map<string, Position>();
  graph.forEachNode((id, attributes) => {
    positions.set(id, { x: attributes.x, y: attributes.y });
  });
  return positions;
}

/** A stable number in [0, 1) from a string, so seeding never depends on load order. */
export function hashUnit(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) / 4294967296;
}

/**
 * Clusters sit evenly on a large circle, members on a small circle around their cluster's place,
 * both decided by ids only: the same data always starts from the same picture.
 */
export function seedByCluster(
  clusterOf: (id: string) => number | null | undefined,
  clusterCount: number,
): (actor: Actor) => Position {
  const slots = Math.max(clusterCount, 1);
  return (actor) => {
    const cluster = clusterOf(actor.id) ?? slots;
    const angle = (2 * Math.PI * cluster) / (slots + 1);
    const centre = { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) };
    const innerAngle = 2 * Math.PI * hashUnit(actor.id);
    const innerRadius = 10 + 30 * hashUnit(`${actor.id}#r`);
    return { x: centre.x + innerRadius * Math.cos(innerAngle), y: centre.y + innerRadius * Math.sin(innerAngle) };
  };
}
