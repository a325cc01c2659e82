import type { Driver } from "neo4j-driver";
import { afterAll, inject } from "vitest";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { clearTestDatabase, openTestDriver, testDatabase } from "../setup/neo4j-test-database.js";
import { describeStoreContract } from "./contract.js";
import { describeFollowUpContract } from "./follow-up-contract.js";

let driver: Driver | undefined;
afterAll(async () => {
  await driver?.close();
});

/** The contract wants an empty store each time: one shared driver, the database wiped first. */
async function openEmpty(): Promise<Neo4jStore> {
  driver ??= openTestDriver(inject("neo4jUri"));
  await clearTestDatabase(driver);
  const store = new Neo4jStore(driver, { database: testDatabase() });
  await store.init();
  return store;
}

describeStoreContract("Neo4j", openEmpty);
describeFollowUpContract("Neo4j", openEmpty);
