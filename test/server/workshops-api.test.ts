import { afterAll } from "vitest";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { scratchDir } from "./harness.js";
import { describeWorkshopApiSuite } from "./workshops-api-suite.js";

const scratch = scratchDir("weave-workshops-sqlite-");
afterAll(() => scratch.remove());
let count = 0;

describeWorkshopApiSuite("SQLite", async () => {
  const store = new SqliteStore(`${scratch.dir}/workshops-${++count}.db`);
  await store.init();
  return store;
});
