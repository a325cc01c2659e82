import type { ShownKind } from "../filters/shown-kind.js";

/**
 * Okabe–Ito first (safe for the common colour-vision deficiencies), then Paul Tol's muted scheme
 * for networks with more clusters; yellow and black are left out because they vanish on white or
 * drown the labels.
 */
export const CLUSTER_PALETTE = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#D55E00",
  "#56B4E9",
  "#332288",
  "#117733",
  "#882255",
  "#44AA99",
  "#999933",
  "#AA4499",
] as const;

export const NO_CLUSTER_COLOUR = "#9a9a9a";

export const KIND_COLOURS: Readonly<Record<ShownKind, string>> = {
  resident: "#0072B2",
  professional: "#D55E00",
  group: "#E69F00",
  institution: "#CC79A7",
  place: "#009E73",
};

export const DIMMED_NODE_COLOUR = "#e2e2e2";
export const EDGE_COLOUR = "#c4c4c4";
export const HIGHLIGHT_EDGE_COLOUR = "#444444";

/** The colours this page gave its clusters, by number (`steady-clusters.ts`), so they hold through edits. */
export type ClusterColours = ReadonlyMap<number, string>;

/** A cluster's colour: the one the page gave it, else the palette's by its number. */
export function clusterColour(cluster: number | null | undefined, colours?: ClusterColours): string {
  if (cluster === null || cluster === undefined || cluster < 0) return NO_CLUSTER_COLOUR;
  return colours?.get(cluster) ?? CLUSTER_PALETTE[cluster % CLUSTER_PALETTE.length] ?? NO_CLUSTER_COLOUR;
}
