import type { Driver } from "neo4j-driver";
import { afterAll, inject } from "vitest";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { clearTestDatabase, openTestDriver, testDatabase } from "../setup/neo4j-test-database.js";
import { scratchDir } from "./harness.js";
import { describePrivacySuite } from "./privacy-suite.js";

// The accounts and the pseudonym key stay in the data folder, as with Neo4j in production.
const scratch = scratchDir("weave-privacy-neo4j-");
let driver: Driver | undefined;
afterAll(async () => {
  await driver?.close();
  scratch.remove();
});

/** Every node label or relationship type, and property, whose text holds `text`. */
const TRACES = `
  CALL () {
    MATCH (n) UNWIND keys(n) AS key WITH n, key, n[key] AS value
    WHERE any(part IN (CASE WHEN value IS :: LIST<ANY> THEN value ELSE [value] END) WHERE toString(part) CONTAINS $text)
    RETURN labels(n)[0] + '.' + key AS found
    UNION
    MATCH ()-[r]->() UNWIND keys(r) AS key WITH r, key, r[key] AS value
    WHERE any(part IN (CASE WHEN value IS :: LIST<ANY> THEN value ELSE [value] END) WHERE toString(part) CONTAINS $text)
    RETURN type(r) + '.' + key AS found
  }
  RETURN found`;

describePrivacySuite(
  "Neo4j",
  async () => {
    driver ??= openTestDriver(inject("neo4jUri"));
    await clearTestDatabase(driver);
    const store = new Neo4jStore(driver, { database: testDatabase() });
    await store.init();
    return { store, dataDir: scratch.dir };
  },
  async (text) => {
    const { records } = await (driver as Driver).executeQuery(TRACES, { text }, { database: testDatabase() });
    return records.map((record) => String(record.get("found")));
  },
);
