import forceAtlas2 from "graphology-layout-forceatlas2";
import type { DisplayGraph, Position } from "./display-graph.js";

/** Above this many tied pairs, ties are hidden while the map moves: drawing them takes longer than a frame. */
export const BIG_NETWORK_TIES = 3000;

export function isBigNetwork(graph: DisplayGraph): boolean {
  return graph.size > BIG_NETWORK_TIES;
}

/** How long the layout runs on its own after the data changes: longer for bigger networks. */
export function layoutDuration(order: number): number {
  return Math.min(12_000, 2_000 + order * 2);
}

export function layoutSettings(graph: DisplayGraph) {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 400, adjustSizes: false };
}

const POSITIONS_KEY = "weave.positions";

/** Positions survive a reload, so the next visit opens on the same picture. */
export function savePositions(graph: DisplayGraph): void {
  const positions: Record<string, [number, number]> = {};
  graph.forEachNode((id, node) => {
    positions[id] = [Math.round(node.x * 100) / 100, Math.round(node.y * 100) / 100];
  });
  try {
    globalThis.localStorage?.setItem(POSITIONS_KEY, JSON.stringify(positions));
  } catch {
    // A full storage only costs the next visit its starting picture.
  }
}

export function loadPositions(): Map<string, Position> {
  const positions = new Map<string, Position>();
  try {
    const stored = JSON.parse(globalThis.localStorage?.getItem(POSITIONS_KEY) ?? "{}") as Record<string, unknown>;
    for (const [id, value] of Object.entries(stored)) {
      if (Array.isArray(value) && typeof value[0] === "number" && typeof value[1] === "number") {
        positions.set(id, { x: value[0], y: value[1] });
      }
    }
  } catch {
    // Unreadable positions: start from the seeded picture.
  }
  return positions;
}
