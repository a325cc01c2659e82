import { afterAll } from "vitest";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { scratchDir } from "./harness.js";
import { describeLargeImport } from "./import-large-suite.js";

const scratch = scratchDir("weave-large-import-");
afterAll(() => scratch.remove());
let count = 0;

describeLargeImport(
  "SQLite",
  async () => {
    const store = new SqliteStore(`${scratch.dir}/large-${++count}.db`);
    await store.init();
    return store;
  },
  20,
);
