import type { ActorKind } from "../model/index.js";
import { adjacencyOf, toMapping } from "./adjacency.js";
import { type PathFigures, shortestPathFigures } from "./brandes.js";
import { closenessFromSums } from "./closeness.js";
import { type ClusteringMethod, type Clusters, clusterGraph } from "./clusters.js";
import { type CutPoints, cutPoints } from "./cut-points.js";
import { degree } from "./degree.js";
import { eigenvector } from "./eigenvector.js";
import type { WeaveGraph } from "./graph.js";
import { pagerank } from "./pagerank.js";
import type { PathSampling } from "./pivots.js";
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
  /** Estimate betweenness, closeness and harmonic from these pivots; null or undefined: exact. */
  sampling?: PathSampling | null;
  /** Those figures computed already (by threads, with the same sampling); undefined: computed here. */
  shortestPaths?: PathFigures | undefined;
}

export interface ActorFiguresResult {
  actors: ActorFigures[];
  byId: Map<string, ActorFigures>;
  clusters: Clusters;
  cutPoints: CutPoints;
  /** The sampling of the shortest-path figures, with the error bound the pivots drawn give; null: exact. */
  sampling: PathSampling | null;
}

/** Every per-actor figure of DESIGN.md §3, in graph order. */
export function actorFigures(graph: WeaveGraph, options: ActorFiguresOptions): ActorFiguresResult {
  const { weighted } = options;
  const counts = degree(graph);
  const strengths = degree(graph, { weighted: true });
  const adjacency = adjacencyOf(graph, weighted);
  // One Brandes pass gives betweenness and the closeness sums together.
  const paths = options.shortestPaths ?? shortestPathFigures(adjacency, { sampling: options.sampling ?? null });
  checkPaths(paths, adjacency.ids.length, options.sampling ?? null);
  const close = closenessFromSums(paths);
  const between = toMapping(adjacency.ids, paths.betweenness);
  const eigen = eigenvector(graph, { weighted });
  const rank = pagerank(graph, { weighted });
  const communities =
    options.clusters ??
    clusterGraph(graph, { clustering: options.clustering, weighted, runs: options.clusteringRuns, seed: options.seed });
  const actorRoles = roles(graph, communities.communities, between, { weighted });
  const holes = structuralHoles(graph, { weighted });
  const cuts = cutPoints(graph);
  const statuses = status(graph);
  const paid = professionals(graph);
  const actors = adjacency.ids.map((id, i): ActorFigures => {
    const attributes = graph.getNodeAttributes(id);
    const role = actorRoles[id] ?? { participation: 0, withinModuleZ: 0, role: "ultra-peripheral" as const };
    const actorStatus = statuses[id] ?? "none";
    return {
      id,
      name: attributes.name,
      kind: attributes.kind,
      professional: paid.has(id),
      degree: counts[id] ?? 0,
      strength: strengths[id] ?? 0,
      betweenness: paths.betweenness[i] ?? 0,
      closeness: close[i] ?? 0,
      harmonic: paths.harmonic[i] ?? 0,
      eigenvector: eigen[id] ?? 0,
      pagerank: rank[id] ?? 0,
      community: communities.communities[id] ?? 0,
      participation: role.participation,
      withinModuleZ: role.withinModuleZ,
      role: role.role,
      effectiveSize: holes[id]?.effectiveSize ?? null,
      constraint: holes[id]?.constraint ?? null,
      articulationPoint: id in cuts.articulationPoints,
      status: actorStatus,
    };
  });
  return {
    actors,
    byId: new Map(actors.map((actor) => [actor.id, actor])),
    clusters: communities,
    cutPoints: cuts,
    sampling: paths.sampling,
  };
}

function checkPaths(paths: PathFigures, n: number, sampling: PathSampling | null): void {
  if (paths.betweenness.length !== n || paths.sampling?.pivots !== sampling?.pivots) {
    throw new Error("the shortest-path figures handed in were computed for another graph or sampling");
  }
}
