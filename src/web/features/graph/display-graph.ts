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
 * start next to a neighbour already drawn, or where `seed` puts them; an actor drawn alone (just
 * added in a workshop) moves beside the first actor it is tied to.
 */
export function syncDisplayGraph(graph: DisplayGraph, network: Network, seed: (actor: Actor) => Position): void {
  const wanted = new Set(network.actors.map((actor) => actor.id));
  for (const id of graph.nodes()) if (!wanted.has(id)) graph.dropNode(id);
  const alone = new Set(graph.filterNodes((id) => graph.degree(id) === 0));
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
  if (graph.order > newcomers.length) {
    const firstTied = [...alone].filter((id) => graph.degree(id) > 0);
    placeNextToNeighbours(graph, [...newcomers.map((actor) => actor.id), ...firstTied]);
  }
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

function placeNextToNeighbours(graph: DisplayGraph, placed: readonly string[]): void {
  const moving = new Set(placed);
  for (const id of placed) {
    const anchor = graph.neighbors(id).find((neighbour) => !moving.has(neighbour));
    if (anchor === undefined) continue;
    const at = graph.getNodeAttributes(anchor);
    const angle = 2 * Math.PI * hashUnit(id);
    graph.mergeNodeAttributes(id, { x: at.x + 5 * Math.cos(angle), y: at.y + 5 * Math.sin(angle) });
  }
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

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * The first picture, drawn before any analysis: each area sits on a large circle and its members on
 * a sunflower spiral around it, both decided by the data alone, so the same data always starts
 * from the same picture and the analysis only recolours it.
 */
export function seedByArea(actors: readonly Actor[]): (actor: Actor) => Position {
  const byArea = new Map<string, string[]>();
  for (const actor of actors) {
    const members = byArea.get(actor.area ?? "") ?? [];
    members.push(actor.id);
    byArea.set(actor.area ?? "", members);
  }
  const areas = [...byArea.keys()].sort();
  const largest = Math.max(1, ...[...byArea.values()].map((members) => members.length));
  const ring = areas.length > 1 ? 2.5 * Math.sqrt(largest) : 0;
  const placed = new Map<string, Position>();
  areas.forEach((area, areaIndex) => {
    const angle = (2 * Math.PI * areaIndex) / areas.length;
    const centre = { x: ring * Math.cos(angle), y: ring * Math.sin(angle) };
    const members = (byArea.get(area) ?? []).map((id) => ({ id, order: hashUnit(id) }));
    members.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
    members.forEach(({ id }, k) => {
      const radius = Math.sqrt(k + 0.5);
      placed.set(id, {
        x: centre.x + radius * Math.cos(k * GOLDEN_ANGLE),
        y: centre.y + radius * Math.sin(k * GOLDEN_ANGLE),
      });
    });
  });
  return (actor) => placed.get(actor.id) ?? { x: 0, y: 0 };
}
