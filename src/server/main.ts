import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { WeaveError } from "../model/index.js";
import { AccountStore } from "../store/accounts/account-store.js";
import type { GraphStore } from "../store/graph-store.js";
import { ANALYSIS_CACHE_DIR, openStore } from "../store/open-store.js";
import { hasPseudonymKey, readPseudonymKey } from "../store/pseudonym-key.js";
import { StorageReadOnlyError } from "../store/storage-errors.js";
import { WorkshopStore } from "../store/workshops/workshop-store.js";
import type { Analyse } from "./analysis/analysis-options.js";
import { buildApp } from "./app.js";
import { isLoopback, type ServerConfig } from "./config.js";
import { loadSampleIntoNewStore, SAMPLE_DIR } from "./sample.js";

export interface StartOptions {
  readonly analyse?: Analyse;
  readonly logLevel?: string | false;
  /** Where the sample neighbourhood is; it is loaded into a store that was never written to. */
  readonly sampleDir?: string;
}

/** Bound beyond loopback, every route needs a login, so an admin must exist before the first start. */
export function assertCanListen(config: ServerConfig, accounts: AccountStore): void {
  if (isLoopback(config.host) || accounts.hasAdmin()) return;
  throw new WeaveError(
    "no_admin_account",
    `HOST is ${config.host}, which other machines can reach, and there is no admin account yet, so nobody could log in.\n` +
      "Create one first (it is kept in accounts.db in WEAVE_DATA_DIR):\n" +
      "  weave user add <name> --role admin\n" +
      "or listen on this machine only with HOST=127.0.0.1.",
  );
}

/** Opens the stores, builds the app and listens; closing the app closes the stores. */
export async function startServer(config: ServerConfig, options: StartOptions): Promise<FastifyInstance> {
  const accounts = AccountStore.inDataDir(config.dataDir);
  let pseudonymKey: Uint8Array;
  try {
    assertCanListen(config, accounts);
    pseudonymKey = readPseudonymKey(config.dataDir);
  } catch (error) {
    accounts.close();
    throw error;
  }
  const { store, readOnly } = await openForServing(config).catch((error: unknown) => {
    accounts.close();
    throw error;
  });
  let workshops: WorkshopStore;
  try {
    workshops = WorkshopStore.inDataDir(config.dataDir);
  } catch (error) {
    accounts.close();
    await store.close();
    throw error;
  }
  const app = await buildApp({
    store,
    accounts,
    workshops,
    pseudonymKey,
    analyse: options.analyse,
    config: {
      host: config.host,
      webDir: config.webDir,
      analysisWorkers: config.analysisWorkers,
      analysisCacheDir: readOnly ? undefined : join(config.dataDir, ANALYSIS_CACHE_DIR),
      trustProxy: config.trustProxy,
    },
    logLevel: options.logLevel ?? "info",
  });
  app.addHook("onClose", async () => {
    await store.close();
    accounts.close();
    workshops.close();
  });
  try {
    if (readOnly) app.log.warn("the data folder is read-only: serving reads; every write is refused (503)");
    if (!hasPseudonymKey(config.dataDir)) {
      app.log.warn("no pseudonym.key in the read-only data folder: pseudonyms change when Weave restarts");
    }
    const sample = readOnly ? undefined : await loadSampleIntoNewStore(store, options.sampleDir ?? SAMPLE_DIR);
    if (sample !== undefined) {
      app.log.info(sample, "first start: loaded the sample neighbourhood from data/sample");
    }
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    throw error;
  }
  if (accounts.count() === 0) {
    app.log.info("no accounts yet: open access for this machine only (add one with `weave user add`)");
  }
  return app;
}

/** The store for reading and writing, or only for reading when the data folder cannot be written. */
async function openForServing(config: ServerConfig): Promise<{ store: GraphStore; readOnly: boolean }> {
  try {
    return { store: await openStore(config.store), readOnly: false };
  } catch (error) {
    if (!(error instanceof StorageReadOnlyError)) throw error;
    return { store: await openStore(config.store, { readOnly: true }), readOnly: true };
  }
}

/** Closes the server (and so the stores) on Ctrl-C or a stop signal, letting requests finish. */
export function closeOnSignals(app: FastifyInstance): void {
  const stop = (signal: NodeJS.Signals) => {
    app.log.info({ signal }, "shutting down");
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
