import { join } from "node:path";
import type { GraphStore } from "./graph-store.js";
import { openNeo4jStore } from "./neo4j/open.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";
import { toStorageError } from "./storage-errors.js";

export interface StoreEnvironment {
  readonly NEO4J_URI?: string;
  readonly NEO4J_USER?: string;
  readonly NEO4J_PASSWORD?: string;
  readonly NEO4J_DATABASE?: string;
  readonly WEAVE_DATA_DIR?: string;
}

export const DEFAULT_DATA_DIR = "data";
export const SQLITE_FILE = "weave.db";
/** The server keeps the last analysis figures here (names included): an erasure removes the folder. */
export const ANALYSIS_CACHE_DIR = "analysis-cache";

/** The folder of the embedded store's files: WEAVE_DATA_DIR, or data/. */
export function dataDirOf(env: StoreEnvironment): string {
  return env.WEAVE_DATA_DIR?.trim() || DEFAULT_DATA_DIR;
}

export interface OpenStoreOptions {
  /**
   * The caller only reads (export, or serving a read-only folder): the SQLite file is opened so
   * that a read-only data folder works, and writes are refused. Neo4j is opened as usual.
   */
  readonly readOnly?: boolean;
}

/** Neo4j when NEO4J_URI is set, else the embedded SQLite file in WEAVE_DATA_DIR; initialised. */
export async function openStore(
  env: StoreEnvironment = process.env,
  options: OpenStoreOptions = {},
): Promise<GraphStore> {
  if (env.NEO4J_URI) return openNeo4jStore(env);
  const path = join(dataDirOf(env), SQLITE_FILE);
  const store = new SqliteStore(path, { readOnly: options.readOnly });
  try {
    await store.init();
  } catch (error) {
    await store.close();
    throw toStorageError(error, path);
  }
  return store;
}
