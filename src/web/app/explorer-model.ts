import { createContext, useContext } from "react";
import { clusterName, type Message, type MessageContext, renderMessage, type Translate } from "../../analysis/index.js";
import type { Actor, Network } from "../../model/index.js";
import { isActiveIn } from "../../model/years.js";
import type { AnalysedActor, AnalysisResponse, Community } from "../api/types.js";
import type { Neighbours } from "../features/actor/state.js";
import { type HiddenNames, hiddenName } from "../features/graph/appearance.js";
import type { DisplayGraph } from "../features/graph/display-graph.js";
import type { ClusterColours } from "../features/graph/palette.js";
import type { ViewProducer, ViewState } from "../features/view/state.js";
import type { NetworkCounts } from "../features/years/counts.js";

/** What every panel reads: the data of the chosen year and the view, with lookups ready. */
export interface ExplorerModel {
  readonly network: Network;
  /** Undefined until the first analysis arrives: the map is drawn without it, panels wait for it. */
  readonly analysis: AnalysisResponse | undefined;
  /** True while the analysis of the year on screen is computed (an older one may show meanwhile). */
  readonly analysing: boolean;
  /** True while the figures shown are older than the graph (a write since): newer ones are coming. */
  readonly updating: boolean;
  /** The years in the data, ascending. */
  readonly years: readonly number[];
  /** The year on screen (the view's choice resolved); undefined for every year at once. */
  readonly year: number | undefined;
  /** Actors and tied pairs on screen, counted from the graph so they show before the analysis. */
  readonly counts: NetworkCounts;
  readonly graph: DisplayGraph;
  readonly view: ViewState;
  readonly update: (producer: ViewProducer) => void;
  readonly actor: (id: string) => Actor | undefined;
  readonly analysed: (id: string) => AnalysedActor | undefined;
  readonly community: (id: number) => Community | undefined;
  /** A name fit for the current view: residents under their pseudonym (or initials) with names hidden. */
  readonly nameOf: (id: string) => string;
  /** Ties active in the chosen year. */
  readonly neighbours: Neighbours;
  /** An analysis message (a gap's, a suggestion's) in the current language, names as `nameOf` gives them. */
  readonly describe: (message: Message) => string;
  /** A cluster's name in the current language: its number and the interests its members share. */
  readonly clusterName: (community: number) => string;
  /** The colours the page gave the clusters, kept through edits (map, legend, exports). */
  readonly clusterColours: ClusterColours;
  /** Actors and ties just added (on any screen), highlighted for a few seconds. */
  readonly fresh: { readonly actors: ReadonlySet<string>; readonly ties: ReadonlySet<string> };
  /** With names hidden: residents' pseudonyms, as downloads have them; undefined: initials. */
  readonly hiddenNames: HiddenNames | undefined;
}

const NOTHING_FRESH = { actors: new Set<string>(), ties: new Set<string>() };
const NO_COLOURS_GIVEN: ClusterColours = new Map();

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

/** What the model is built from: its data fields as they are, and the analysis catalog in the chosen language. */
export type ExplorerSources = Pick<
  ExplorerModel,
  "network" | "analysis" | "analysing" | "years" | "year" | "counts" | "graph" | "view" | "update" | "neighbours"
> &
  Partial<Pick<ExplorerModel, "fresh" | "updating" | "hiddenNames" | "clusterColours">> & {
    readonly language: string;
    readonly translate: Translate;
  };

export function buildExplorerModel(sources: ExplorerSources): ExplorerModel {
  const { network, analysis, view, language } = sources;
  const actors = new Map(network.actors.map((actor) => [actor.id, actor]));
  const analysed = new Map(analysis?.actors.map((actor) => [actor.id, actor]));
  const communities = new Map(analysis?.communities.map((community) => [community.community, community]));
  const nameOf = (id: string) => {
    const actor = actors.get(id);
    if (actor === undefined) return id;
    return view.anonymous && actor.kind === "resident" ? hiddenName(id, actor.name, sources.hiddenNames) : actor.name;
  };
  // Names are filled in as the view shows them: hiding names needs nothing more than this `nameOf`.
  const messages: MessageContext = { language, t: sources.translate, nameOf, communities: analysis?.communities };
  return {
    network,
    analysis,
    analysing: sources.analysing,
    updating: sources.updating ?? false,
    years: sources.years,
    year: sources.year,
    counts: sources.counts,
    graph: sources.graph,
    view,
    update: sources.update,
    actor: (id) => actors.get(id),
    analysed: (id) => analysed.get(id),
    community: (id) => communities.get(id),
    nameOf,
    neighbours: sources.neighbours,
    describe: (message) => renderMessage(message, messages),
    clusterName: (community) => clusterName(community, messages),
    clusterColours: sources.clusterColours ?? NO_COLOURS_GIVEN,
    fresh: sources.fresh ?? NOTHING_FRESH,
    hiddenNames: sources.hiddenNames,
  };
}

export const ExplorerContext = createContext<ExplorerModel | undefined>(undefined);

export function useExplorer(): ExplorerModel {
  const model = useContext(ExplorerContext);
  if (model === undefined) throw new Error("useExplorer is used outside <ExplorerContext.Provider>");
  return model;
}

/** The analysis, for views shown only once it has arrived (inside an <AnalysisGate>). */
export function useAnalysis(): AnalysisResponse {
  const { analysis } = useExplorer();
  if (analysis === undefined)
    throw new Error("useAnalysis is used before the analysis arrived: wrap the view in <AnalysisGate>");
  return analysis;
}
