import type { AbstractGraph } from "graphology-types";
import type { ActorKind, TieType } from "../model/index.js";

/** Only domain data lives in the graph: what the actor is, never how it is drawn. */
export interface ActorAttributes {
  kind: ActorKind;
  name: string;
  interests: readonly string[];
  gifts: readonly string[];
  area?: string;
}

/** One edge per pair of actors: the sum of the weights of their ties and the types of those ties. */
export interface TieAttributes {
  weight: number;
  /** Shared between edges (oneTypeLists): never changed in place. */
  types: readonly TieType[];
}

export type WeaveGraph = AbstractGraph<ActorAttributes, TieAttributes>;

/**
 * The type list of a merged tie of one type, one list per type shared by every such tie (most of them):
 * a list per tie was a tenth of the heap at 10,000 actors. A tie of two types gets a new list.
 */
export function oneTypeLists(): (type: TieType) => readonly TieType[] {
  const lists = new Map<TieType, readonly TieType[]>();
  return (type) => {
    let list = lists.get(type);
    if (list === undefined) {
      list = [type];
      lists.set(type, list);
    }
    return list;
  };
}

/** Per-actor figures keyed by actor id, like graphology-metrics' mappings. */
export type NodeMapping<T = number> = Record<string, T>;

/** Thrown when an analysis is given something it cannot work on (not a graph, a bad option). */
export class AnalysisInputError extends Error {
  readonly code = "invalid_analysis_input";
  constructor(analysis: string, message: string) {
    super(`${analysis}: ${message}`);
    this.name = "AnalysisInputError";
  }
}

export function checkGraph(analysis: string, graph: unknown): asserts graph is WeaveGraph {
  const candidate = graph as Partial<WeaveGraph> | null;
  if (typeof candidate !== "object" || candidate === null || typeof candidate.forEachNode !== "function") {
    throw new AnalysisInputError(analysis, "the input is not a graphology graph");
  }
  if (candidate.type !== "undirected" || candidate.multi === true) {
    throw new AnalysisInputError(analysis, "the graph must be undirected and simple (use buildGraph)");
  }
}
