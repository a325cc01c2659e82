import neo4j, { type Driver } from "neo4j-driver";
import { StoreUnavailableError, WeaveError } from "../../model/index.js";
import { toWeaveError } from "./errors.js";
import { Neo4jStore } from "./neo4j-store.js";

export interface Neo4jEnvironment {
  readonly NEO4J_URI?: string;
  readonly NEO4J_USER?: string;
  readonly NEO4J_PASSWORD?: string;
  readonly NEO4J_DATABASE?: string;
}

/** A Neo4jStore that owns its driver, so closing the store closes the driver too. */
class OwningNeo4jStore extends Neo4jStore {
  readonly #driver: Driver;
  constructor(driver: Driver, database: string | undefined) {
    super(driver, { database });
    this.#driver = driver;
  }
  override async close(): Promise<void> {
    await super.close();
    await this.#driver.close();
  }
}

/**
 * Connects to the Neo4j that NEO4J_URI names (no credentials when NEO4J_USER is unset, as for the
 * local development server), checks that it answers, creates the constraints, and returns the store.
 */
export async function openNeo4jStore(env: Neo4jEnvironment = process.env): Promise<Neo4jStore> {
  const uri = env.NEO4J_URI;
  if (uri === undefined || uri === "") throw new StoreUnavailableError("NEO4J_URI is not set");
  const auth = env.NEO4J_USER ? neo4j.auth.basic(env.NEO4J_USER, env.NEO4J_PASSWORD ?? "") : undefined;
  let driver: Driver;
  try {
    driver = neo4j.driver(uri, auth, { disableLosslessIntegers: true });
  } catch (error) {
    throw new StoreUnavailableError(`NEO4J_URI "${uri}" cannot be used: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const database = env.NEO4J_DATABASE || undefined;
  try {
    await driver.verifyConnectivity({ database });
    const store = new OwningNeo4jStore(driver, database);
    await store.init();
    return store;
  } catch (error) {
    await driver.close();
    const mapped = toWeaveError(error);
    throw mapped instanceof WeaveError
      ? mapped
      : new StoreUnavailableError(`cannot use Neo4j at ${uri}: ${(error as Error).message}`, { cause: error });
  }
}
