import { createContext, useContext } from "react";
import type { Actor, Network } from "../../model/index.js";
import { isActiveIn } from "../../model/years.js";
import type { AnalysedActor, AnalysisResponse, Community, Finding } from "../api/types.js";
import { findingText, type Neighbours } from "../features/actor/state.js";
import { displayName } from "../features/graph/appearance.js";
import type { DisplayGraph } from "../features/graph/display-graph.js";
import type { ViewProducer, ViewState } from "../features/view/state.js";

/** What every panel reads: the data of the chosen year and the view, with lookups ready. */
export interface ExplorerModel {
  readonly network: Network;
  readonly analysis: AnalysisResponse;
  readonly overview: AnalysisResponse;
  readonly graph: DisplayGraph;
  readonly view: ViewState;
  readonly update: (producer: ViewProducer) => void;
  readonly actor: (id: string) => Actor | undefined;
  readonly analysed: (id: string) => AnalysedActor | undefined;
  readonly community: (id: number) => Community | undefined;
  /** A name fit for the current view: initials only for residents in the anonymous view. */
  readonly nameOf: (id: string) => string;
  /** Ties active in the chosen year. */
  readonly neighbours: Neighbours;
  /** A gap's or suggestion's sentence in the current language, names hidden in the anonymous view. */
  readonly describe: (finding: Finding) => string;
}

/** Neighbours through ties active in `year`; made once per data and year, as panels memoise on it. */
export function neighboursIn(graph: DisplayGraph, year: number | undefined): Neighbours {
  return (id) => {
    if (!graph.hasNode(id)) return [];
    return graph.filterNeighbors(id, (other) => {
      const edge = graph.edge(id, other);
      if (edge === undefined) return false;
      if (year === undefined) return true;
      return (
        isActiveIn(graph.getNodeAttributes(other), year) &&
        graph.getEdgeAttributes(edge).ties.some((tie) => isActiveIn(tie, year))
      );
    });
  };
}

export function buildExplorerModel(
  network: Network,
  analysis: AnalysisResponse,
  overview: AnalysisResponse,
  graph: DisplayGraph,
  view: ViewState,
  update: (producer: ViewProducer) => void,
  language: string,
  neighbours: Neighbours,
): ExplorerModel {
  const actors = new Map(network.actors.map((actor) => [actor.id, actor]));
  const analysed = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  const communities = new Map(analysis.communities.map((community) => [community.community, community]));
  const nameOf = (id: string) => {
    const actor = actors.get(id);
    if (actor === undefined) return id;
    return displayName(actor.name, view.anonymous && actor.kind === "resident");
  };
  const describe = (finding: Finding) => {
    let text = findingText(finding, language);
    if (!view.anonymous) return text;
    for (const id of finding.actors) {
      const actor = actors.get(id);
      if (actor !== undefined && actor.kind === "resident") text = text.split(actor.name).join(nameOf(id));
    }
    return text;
  };
  return {
    network,
    analysis,
    overview,
    graph,
    view,
    update,
    actor: (id) => actors.get(id),
    analysed: (id) => analysed.get(id),
    community: (id) => communities.get(id),
    nameOf,
    neighbours,
    describe,
  };
}

export const ExplorerContext = createContext<ExplorerModel | undefined>(undefined);

export function useExplorer(): ExplorerModel {
  const model = useContext(ExplorerContext);
  if (model === undefined) throw new Error("useExplorer is used outside <ExplorerContext.Provider>");
  return model;
}
