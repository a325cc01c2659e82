import type { AccountStore } from "../store/accounts/account-store.js";
import type { GraphStore } from "../store/graph-store.js";
import type { SavedViewStore } from "../store/saved-views/saved-view-store.js";
import type { WorkshopStore } from "../store/workshops/workshop-store.js";
import type { AnalysisCache } from "./analysis/analysis-cache.js";
import type { OpenStreams } from "./event-streams.js";
import type { ChangeBus } from "./events.js";
import type { Auth } from "./plugins/auth.js";
import type { Privacy } from "./privacy/privacy.js";

/** What the routes share: handed to each route module when the app is built. */
export interface ServerContext {
  readonly store: GraphStore;
  readonly accounts: AccountStore;
  /** Workshops, participants and what they added (workshops.db beside accounts.db). */
  readonly workshops: WorkshopStore;
  /** The saved views, in the data folder beside the accounts. */
  readonly views: SavedViewStore;
  readonly bus: ChangeBus;
  /** The open event streams, ended when their session or account goes. */
  readonly streams: OpenStreams;
  readonly auth: Auth;
  readonly analysis: AnalysisCache;
  /** What each reader may see of residents without consent: every answer about people goes through it. */
  readonly privacy: Privacy;
  /** Milliseconds between SSE heartbeat comments. */
  readonly heartbeatMs: number;
}
