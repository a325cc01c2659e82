import { afterAll } from "vitest";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { scratchDir } from "./harness.js";
import { describeSavedViewsApiSuite } from "./saved-views-api-suite.js";

const scratch = scratchDir("weave-saved-views-sqlite-");
afterAll(() => scratch.remove());
let count = 0;

describeSavedViewsApiSuite("SQLite", async () => {
  const store = new SqliteStore(`${scratch.dir}/graph-${++count}.db`);
  await store.init();
  return store;
});
