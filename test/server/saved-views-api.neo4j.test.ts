import type { Driver } from "neo4j-driver";
import { afterAll, inject } from "vitest";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { clearTestDatabase, openTestDriver, testDatabase } from "../setup/neo4j-test-database.js";
import { describeSavedViewsApiSuite } from "./saved-views-api-suite.js";

let driver: Driver | undefined;
afterAll(async () => {
  await driver?.close();
});

describeSavedViewsApiSuite("Neo4j", async () => {
  driver ??= openTestDriver(inject("neo4jUri"));
  await clearTestDatabase(driver);
  const store = new Neo4jStore(driver, { database: testDatabase() });
  await store.init();
  return store;
});
