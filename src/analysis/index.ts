export type { ActorFigures } from "./actor-figures.js";
export { betweenness } from "./betweenness.js";
export type { BridgingOverYears } from "./bridging-over-years.js";
export { buildGraph } from "./build-graph.js";
export { closeness } from "./closeness.js";
export type { ClusterChanges } from "./cluster-identity.js";
export { averageClustering, density } from "./clustering.js";
export { CLUSTERING_METHODS, type ClusteringMethod } from "./clusters.js";
export type { CommunitySummary } from "./communities.js";
export { components } from "./components.js";
export { cutPoints } from "./cut-points.js";
export { degree } from "./degree.js";
export { DUPLICATION_THRESHOLDS } from "./duplication.js";
export { eigenvector } from "./eigenvector.js";
export { GAP_TYPES, type Gap, type GapType } from "./gap-types.js";
export type { GiftEntry } from "./gifts-map.js";
export { AnalysisInputError, type WeaveGraph } from "./graph.js";
export { harmonic } from "./harmonic.js";
export { leiden } from "./leiden.js";
export { louvain } from "./louvain.js";
export {
  MESSAGE_CODES,
  MESSAGE_PARAMS,
  type Message,
  type MessageCode,
  message,
  type ParamKind,
  type ParamsOf,
} from "./messages/codes.js";
export {
  clusterName,
  listIn,
  type MessageContext,
  percentIn,
  renderMessage,
  type Translate,
} from "./messages/render.js";
export { pagerank } from "./pagerank.js";
export {
  type Independence,
  type IndependenceYear,
  independenceOverYears,
  isProfessional,
  professionals,
  professionalsIn,
  type WentAlone,
} from "./professionals.js";
export { ANALYSE_DEFAULTS, type AnalyseOptions, analyseNetwork, CONVENTIONS, type NetworkAnalysis } from "./report.js";
export { ROLES, type Role, roles } from "./roles.js";
export { STATUSES, type Status, status } from "./status.js";
export { structuralHoles } from "./structural-holes.js";
export { SUGGESTION_TYPES, type Suggestion, type SuggestionType } from "./suggestions.js";
export type { YearFigures } from "./years.js";
