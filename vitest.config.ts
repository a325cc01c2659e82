import { defineConfig } from "vitest/config";

// Tests that need the real Neo4j are named *.neo4j.test.ts: they share one database, so they run
// one file at a time, next to everything else.
export default defineConfig({
  test: {
    reporters: ["default", "./test/setup/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/**/*.neo4j.test.ts", "test/e2e/**"],
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
          globalSetup: ["test/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
