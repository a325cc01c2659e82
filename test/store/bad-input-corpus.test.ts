import { afterAll } from "vitest";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { scratchDir } from "../server/harness.js";
import { describeBadInputCorpus } from "./bad-input-suite.js";

const scratch = scratchDir("weave-bad-input-");
afterAll(() => scratch.remove());
let count = 0;

describeBadInputCorpus("SQLite", async () => {
  const store = new SqliteStore(`${scratch.dir}/corpus-${++count}.db`);
  await store.init();
  return store;
});
