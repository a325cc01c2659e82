export type { ActorFigures } from "./actor-figures.js";
export type { BridgingOverYears } from "./bridging-over-years.js";
export type { ClusterChanges } from "./cluster-identity.js";
export { CLUSTERING_METHODS, type ClusteringMethod } from "./clusters.js";
export type { CommunitySummary } from "./communities.js";
export { GAP_TYPES, type Gap } from "./gap-types.js";
export type { GiftEntry } from "./gifts-map.js";
export {
  MESSAGE_CODES,
  MESSAGE_PARAMS,
  type Message,
  type MessageCode,
  message,
  type ParamKind,
} from "./messages/codes.js";
export {
  bridgingIn,
  clusterName,
  listIn,
  type MessageContext,
  percentIn,
  renderMessage,
  type Translate,
} from "./messages/render.js";
export { type AnalyseOptions, analyseNetwork, CONVENTIONS, type NetworkAnalysis } from "./report.js";
export { ROLES } from "./roles.js";
export { STATUSES } from "./status.js";
export { SUGGESTION_TYPES, type Suggestion } from "./suggestions.js";
export type { YearFigures } from "./years.js";
