/**
 * The ways clusters are found (clusters.ts), on their own: the CLI names them for `--clustering` at every
 * start, and importing clusters.ts for that would load the clustering code (Louvain, Leiden) with them.
 */
export const CLUSTERING_METHODS = ["leiden", "louvain"] as const;
export type ClusteringMethod = (typeof CLUSTERING_METHODS)[number];
