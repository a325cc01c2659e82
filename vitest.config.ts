import { defineConfig } from "vitest/config";

// Three tiers (CONTRIBUTING.md): "unit" is pure and fast; "integration" runs the stores, the server
// and the CLI, and "neo4j" the same against a real Neo4j (*.neo4j.test.ts, one file at a time, as
// they share one database); "e2e" drives Chromium against a real server.
const INTEGRATION = ["test/store/**", "test/server/**", "test/cli/**", "test/fault/**"];
// Those that run `weave` as a process run the compiled build/ (bin/weave.js), built once here first.
const COMPILE = "test/setup/compile.ts";

export default defineConfig({
  test: {
    reporters: ["default", "./test/setup/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/**/*.neo4j.test.ts", "test/e2e/**", ...INTEGRATION],
          // Pure tests share one module graph per worker: 22 s isolated, 8 s not, on this machine.
          isolate: false,
        },
      },
      {
        test: {
          name: "integration",
          include: INTEGRATION.map((folder) => `${folder}/*.test.ts`),
          exclude: ["test/**/*.neo4j.test.ts"],
          globalSetup: [COMPILE],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "neo4j",
          include: ["test/**/*.neo4j.test.ts"],
          fileParallelism: false,
          globalSetup: ["test/setup/neo4j-global.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.test.ts"],
          fileParallelism: false,
          globalSetup: [COMPILE, "test/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
