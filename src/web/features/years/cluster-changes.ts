import type { ClusterChanges } from "../../../analysis/index.js";

/** One line of "what happened to the clusters": an i18n key under `years.` and the clusters it names. */
export type ClusterChangeLine =
  | { readonly key: "clusterBorn" | "clusterEnded"; readonly cluster: number }
  | { readonly key: "clusterMerged"; readonly from: readonly number[]; readonly into: number }
  | { readonly key: "clusterSplit"; readonly from: number; readonly into: readonly number[] };

/** The clusters born, merged, split and ended going into a year, in that order (stable numbers). */
export function clusterChangeLines(changes: ClusterChanges): ClusterChangeLine[] {
  return [
    ...changes.born.map((cluster) => ({ key: "clusterBorn" as const, cluster })),
    ...changes.merged.map(({ from, into }) => ({ key: "clusterMerged" as const, from, into })),
    ...changes.split.map(({ from, into }) => ({ key: "clusterSplit" as const, from, into })),
    ...changes.ended.map((cluster) => ({ key: "clusterEnded" as const, cluster })),
  ];
}
