import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll } from "vitest";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { scratchDir } from "./harness.js";
import { describePrivacySuite } from "./privacy-suite.js";

const scratch = scratchDir("weave-privacy-sqlite-");
afterAll(() => scratch.remove());

/** Every file of the data folder (database, WAL, shared memory, accounts, key) whose bytes hold `text`. */
function filesHolding(dir: string, text: string): string[] {
  const needle = Buffer.from(text, "utf8");
  return readdirSync(dir).filter((file) => readFileSync(join(dir, file)).includes(needle));
}

describePrivacySuite(
  "SQLite",
  async () => {
    const store = new SqliteStore(join(scratch.dir, "weave.db"));
    await store.init();
    return { store, dataDir: scratch.dir };
  },
  async (text) => filesHolding(scratch.dir, text),
);
