import { afterAll } from "vitest";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { describeFollowUpApiSuite } from "./follow-ups-api-suite.js";
import { scratchDir } from "./harness.js";

const scratch = scratchDir("weave-follow-ups-sqlite-");
afterAll(() => scratch.remove());
let count = 0;

describeFollowUpApiSuite("SQLite", async () => {
  const store = new SqliteStore(`${scratch.dir}/follow-ups-${++count}.db`);
  await store.init();
  return store;
});
