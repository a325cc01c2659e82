import { afterAll, inject } from "vitest";
import { clearTestDatabase, openTestDriver } from "../setup/neo4j-test-database.js";
import { describeImportExport } from "./import-export-scenario.js";

const driver = openTestDriver(inject("neo4jUri"));
afterAll(async () => {
  await driver.close();
});

describeImportExport(
  "Neo4j",
  () => ({ NEO4J_URI: inject("neo4jUri") }),
  () => clearTestDatabase(driver),
);
