import { afterAll } from "vitest";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { scratchDir } from "./harness.js";
import { describeWorkbookImport } from "./xlsx-import-suite.js";

const scratch = scratchDir("weave-xlsx-sqlite-");
afterAll(() => scratch.remove());
let count = 0;

describeWorkbookImport("SQLite", async () => {
  const store = new SqliteStore(`${scratch.dir}/xlsx-${++count}.db`);
  await store.init();
  return store;
});
