import type { Driver } from "neo4j-driver";
import { afterAll, inject } from "vitest";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { clearTestDatabase, openTestDriver, testDatabase } from "../setup/neo4j-test-database.js";
import { describeLargeImport } from "./import-large-suite.js";

let driver: Driver | undefined;
afterAll(async () => {
  await driver?.close();
});

// Smaller than SQLite's 20 MB: the same code paths, in a time the Neo4j tier can afford.
describeLargeImport(
  "Neo4j",
  async () => {
    driver ??= openTestDriver(inject("neo4jUri"));
    await clearTestDatabase(driver);
    const store = new Neo4jStore(driver, { database: testDatabase() });
    await store.init();
    return store;
  },
  5,
);
