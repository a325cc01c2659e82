import { randomBytes } from "node:crypto";
import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { AccountStore } from "../store/accounts/account-store.js";
import type { GraphStore } from "../store/graph-store.js";
import { SavedViewStore } from "../store/saved-views/saved-view-store.js";
import { WorkshopStore } from "../store/workshops/workshop-store.js";
import { AnalysisCache } from "./analysis/analysis-cache.js";
import { AnalysisDisk } from "./analysis/analysis-disk.js";
import type { Analyse } from "./analysis/analysis-options.js";
import { AnalysisPool } from "./analysis/analysis-pool.js";
import { AnalysisWarmer } from "./analysis/analysis-warmer.js";
import { isLoopback } from "./config.js";
import type { ServerContext } from "./context.js";
import { OpenStreams } from "./event-streams.js";
import { ChangeBus } from "./events.js";
import { registerAuth } from "./plugins/auth.js";
import { registerDocs } from "./plugins/docs.js";
import { answerFrameworkError, MAX_PARAM_LENGTH, registerErrorHandler } from "./plugins/errors.js";
import { registerJsonBody } from "./plugins/json-body.js";
import { loggerOptions } from "./plugins/logging.js";
import { registerSecurityHeaders } from "./plugins/security.js";
import { registerWebApp } from "./plugins/web.js";
import { Privacy } from "./privacy/privacy.js";
import { actorRoutes } from "./routes/actors.js";
import { analysisRoutes } from "./routes/analysis.js";
import { eventRoutes } from "./routes/events.js";
import { followUpRoutes } from "./routes/follow-ups.js";
import { graphRoutes } from "./routes/graph.js";
import { healthRoutes } from "./routes/health.js";
import { joinRoutes } from "./routes/join.js";
import { savedViewRoutes } from "./routes/saved-views.js";
import { sessionRoutes } from "./routes/session.js";
import { tieRoutes } from "./routes/ties.js";
import { transferRoutes } from "./routes/transfer.js";
import { userRoutes } from "./routes/users.js";
import { workshopRoutes } from "./routes/workshops.js";

export const API_VERSION = "0.1.0";
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface AppConfig {
  /** The address the server listens on; decides whether open access (no accounts) is allowed. */
  readonly host: string;
  /** The `vite build` output; omitted in tests, then non-API paths get the "build it" page. */
  readonly webDir?: string;
  readonly heartbeatMs?: number;
  /** Worker threads computing the analysis (1). */
  readonly analysisWorkers?: number;
  /** The heap limit of each analysis worker in MB (Node's default when absent). */
  readonly analysisMemoryMb?: number;
  /** Reverse proxies whose X-Forwarded-* headers are believed (see ServerConfig.trustProxy). */
  readonly trustProxy?: string;
  /** Quiet time after a write before the analyses pages read are computed again (50 ms); false: never. */
  readonly warmAnalysisAfterMs?: number | false;
  /** Where the last figures are kept over restarts (`analysis/` in the data folder); none when absent. */
  readonly analysisCacheDir?: string;
}

// Short: writes during a computation coalesce anyway (at most one run follows it), so this only
// lets the few writes of one gesture (an actor and its first tie) share a run.
const WARM_AFTER_MS = 50;

export interface BuildAppOptions {
  readonly store: GraphStore;
  readonly accounts: AccountStore;
  /** Workshops and their participants; one in memory when absent (tests that do not need them). */
  readonly workshops?: WorkshopStore;
  readonly config: AppConfig;
  /** The analysis behind /api/analysis; by default `weave analyse --json` in worker threads the app owns. */
  readonly analyse?: Analyse;
  /** A pino level ("info", "warn" …) or false for no logging (tests). */
  readonly logLevel?: string | false;
  readonly bus?: ChangeBus;
  /** The installation's pseudonym key (`pseudonym.key` in the data folder); a random one when absent (tests). */
  readonly pseudonymKey?: Uint8Array;
  /** The saved views; by default `views.db` beside the accounts file, opened and closed by the app. */
  readonly views?: SavedViewStore;
}

/** The whole API as one Fastify instance, not yet listening; the store is the caller's to close. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const serverOptions: FastifyServerOptions = {
    logger: options.logLevel === false || options.logLevel === undefined ? false : loggerOptions(options.logLevel),
    // Bodies are never coerced ("2" is not a year); query strings are declared as text and parsed by the route.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true, allowUnionTypes: true } },
    bodyLimit: 1024 * 1024,
    // Behind TLS-terminating proxies: the client's address (login rate limit) and https (secure cookie).
    trustProxy: options.config.trustProxy ?? false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: answerFrameworkError,
  };
  const app = Fastify(serverOptions);
  registerErrorHandler(app);
  registerJsonBody(app);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 2, fields: 1, parts: 4 } });
  const workshops = options.workshops ?? new WorkshopStore(":memory:");
  if (options.workshops === undefined) app.addHook("onClose", async () => workshops.close());
  const auth = registerAuth(app, {
    accounts: options.accounts,
    openWhenNoAccounts: isLoopback(options.config.host),
    findParticipant: (token) => workshops.findParticipant(token),
  });
  await registerDocs(app, API_VERSION);

  const pool =
    options.analyse === undefined
      ? new AnalysisPool({ size: options.config.analysisWorkers, maxMemoryMb: options.config.analysisMemoryMb })
      : undefined;
  const views = options.views ?? SavedViewStore.besideFile(options.accounts.path);
  const context: ServerContext = {
    store: options.store,
    accounts: options.accounts,
    workshops,
    views,
    bus: options.bus ?? new ChangeBus(),
    streams: new OpenStreams(),
    auth,
    analysis: new AnalysisCache(
      options.analyse ?? (pool as AnalysisPool).analyse,
      randomBytes(6).toString("base64url"),
      options.store,
      options.config.analysisCacheDir === undefined ? undefined : AnalysisDisk.open(options.config.analysisCacheDir),
    ),
    privacy: new Privacy(options.store, options.pseudonymKey ?? randomBytes(32)),
    heartbeatMs: options.config.heartbeatMs ?? 15_000,
  };
  const warmAfterMs = options.config.warmAnalysisAfterMs ?? WARM_AFTER_MS;
  const warmer =
    warmAfterMs === false
      ? undefined
      : new AnalysisWarmer(context.analysis, context.store, context.bus, { debounceMs: warmAfterMs, log: app.log });
  app.addHook("onReady", async () => warmer?.start());
  app.addHook("onClose", async () => {
    warmer?.stop();
    context.analysis.close();
    await pool?.close();
    if (options.views === undefined) views.close();
  });
  for (const routes of [
    healthRoutes,
    sessionRoutes,
    userRoutes,
    graphRoutes,
    actorRoutes,
    tieRoutes,
    analysisRoutes,
    transferRoutes,
    eventRoutes,
    followUpRoutes,
    workshopRoutes,
    joinRoutes,
    savedViewRoutes,
  ]) {
    routes(app, context);
  }
  await registerWebApp(app, options.config.webDir);
  return app;
}
