import type { ActorKind } from "../model/index.js";
import { type Adjacency, toMapping } from "./adjacency.js";
import type { PathFigures } from "./brandes.js";
import { closenessFromSums } from "./closeness.js";
import { type ClusteringMethod, type Clusters, clusterGraph } from "./clusters.js";
import { type CutPoints, cutPoints } from "./cut-points.js";
import { degree } from "./degree.js";
import { eigenvector } from "./eigenvector.js";
import type { NodeMapping, WeaveGraph } from "./graph.js";
import { pagerank } from "./pagerank.js";
import type { PathSampling, SampledPaths } from "./pivots.js";
import { professionals } from "./professionals.js";
import { type Role, roles } from "./roles.js";
import { type Status, status } from "./status.js";
import { structuralHoles } from "./structural-holes.js";

export interface ActorFigures {
  id: string;
  name: string;
  kind: ActorKind;
  /** A resident with a paid tie (`works_at`): a professional, shown apart from the neighbours. */
  professional: boolean;
  /** Distinct neighbours. */
  degree: number;
  /** Sum of tie weights. */
  strength: number;
  betweenness: number;
  closeness: number;
  harmonic: number;
  eigenvector: number;
  pagerank: number;
  community: number;
  participation: number;
  withinModuleZ: number;
  role: Role;
  effectiveSize: number | null;
  constraint: number | null;
  articulationPoint: boolean;
  /** How many actors would lose their only way to the largest remaining part if this one left (0 unless an articulation point). */
  cutOff: number;
  status: Status;
}

export interface ActorFiguresOptions {
  weighted: boolean;
  clustering: ClusteringMethod;
  /** Seeded clustering runs; undefined: the method's default. */
  clusteringRuns: number | undefined;
  seed: number;
  /** Clusters found already (a year of the cluster timeline); otherwise the graph is clustered here. */
  clusters?: Clusters | undefined;
}

/** Every per-actor figure that does not read shortest paths: measured while threads search them. */
export interface PathFreeFigures {
  readonly graph: WeaveGraph;
  readonly weighted: boolean;
  readonly counts: NodeMapping;
  readonly strengths: NodeMapping;
  readonly eigen: NodeMapping;
  readonly rank: NodeMapping;
  readonly clusters: Clusters;
  readonly holes: ReturnType<typeof structuralHoles>;
  readonly cutPoints: CutPoints;
  readonly statuses: ReturnType<typeof status>;
  readonly paid: ReturnType<typeof professionals>;
}

export interface ActorFiguresResult {
  actors: ActorFigures[];
  byId: Map<string, ActorFigures>;
  clusters: Clusters;
  cutPoints: CutPoints;
  /** The sampling of the shortest-path figures, with the error bound the pivots drawn give; null: exact. */
  sampling: SampledPaths | null;
}

export function pathFreeFigures(graph: WeaveGraph, options: ActorFiguresOptions): PathFreeFigures {
  const { weighted } = options;
  return {
    graph,
    weighted,
    counts: degree(graph),
    strengths: degree(graph, { weighted: true }),
    eigen: eigenvector(graph, { weighted }),
    rank: pagerank(graph, { weighted }),
    clusters:
      options.clusters ??
      clusterGraph(graph, {
        clustering: options.clustering,
        weighted,
        runs: options.clusteringRuns,
        seed: options.seed,
      }),
    holes: structuralHoles(graph, { weighted }),
    cutPoints: cutPoints(graph),
    statuses: status(graph),
    paid: professionals(graph),
  };
}

/**
 * Every per-actor figure of DESIGN.md §3, in the order of `adjacency` (the graph's): the path-free ones
 * with betweenness, closeness and harmonic from `paths` (one Brandes pass, brandes.ts, computed with
 * `sampling`), and the roles, which read betweenness.
 */
export function actorFigures(
  free: PathFreeFigures,
  adjacency: Adjacency,
  paths: PathFigures,
  sampling: PathSampling | null,
): ActorFiguresResult {
  const { graph, clusters } = free;
  checkPaths(paths, adjacency.ids.length, sampling);
  const close = closenessFromSums(paths);
  const between = toMapping(adjacency.ids, paths.betweenness);
  const actorRoles = roles(graph, clusters.communities, between, { weighted: free.weighted });
  const actors = adjacency.ids.map((id, i): ActorFigures => {
    const attributes = graph.getNodeAttributes(id);
    const role = actorRoles[id] ?? { participation: 0, withinModuleZ: 0, role: "ultra-peripheral" as const };
    const holes = free.holes[id];
    return {
      id,
      name: attributes.name,
      kind: attributes.kind,
      professional: free.paid.has(id),
      degree: free.counts[id] ?? 0,
      strength: free.strengths[id] ?? 0,
      betweenness: paths.betweenness[i] ?? 0,
      closeness: close[i] ?? 0,
      harmonic: paths.harmonic[i] ?? 0,
      eigenvector: free.eigen[id] ?? 0,
      pagerank: free.rank[id] ?? 0,
      community: clusters.communities[id] ?? 0,
      participation: role.participation,
      withinModuleZ: role.withinModuleZ,
      role: role.role,
      effectiveSize: holes?.effectiveSize ?? null,
      constraint: holes?.constraint ?? null,
      articulationPoint: id in free.cutPoints.articulationPoints,
      cutOff: free.cutPoints.articulationPoints[id]?.cutOff ?? 0,
      status: free.statuses[id] ?? "none",
    };
  });
  return {
    actors,
    byId: new Map(actors.map((actor) => [actor.id, actor])),
    clusters,
    cutPoints: free.cutPoints,
    sampling: paths.sampling,
  };
}

function checkPaths(paths: PathFigures, n: number, sampling: PathSampling | null): void {
  if (paths.betweenness.length !== n || paths.sampling?.pivots !== sampling?.pivots) {
    throw new Error("the shortest-path figures handed in were computed for another graph or sampling");
  }
}
