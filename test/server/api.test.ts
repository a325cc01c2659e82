import { afterAll } from "vitest";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { describeApiSuite } from "./api-suite.js";
import { scratchDir } from "./harness.js";

const scratch = scratchDir("weave-api-sqlite-");
afterAll(() => scratch.remove());
let count = 0;

describeApiSuite("SQLite", async () => {
  const store = new SqliteStore(`${scratch.dir}/api-${++count}.db`);
  await store.init();
  return store;
});
