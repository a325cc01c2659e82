import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { describeImportExport } from "./import-export-scenario.js";

let dataDir = mkdtempSync(join(tmpdir(), "weave-cli-sqlite-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describeImportExport(
  "SQLite",
  () => ({ WEAVE_DATA_DIR: dataDir, NEO4J_URI: "" }),
  async () => {
    rmSync(dataDir, { recursive: true, force: true });
    dataDir = mkdtempSync(join(tmpdir(), "weave-cli-sqlite-"));
  },
);
