// globalSetup of the "neo4j" test project: the URI of a real Neo4j for the *.neo4j.test.ts files.
// NEO4J_URI when set (an empty or test-only database); otherwise a throw-away local Neo4j in a
// temporary home on a free port, stopped and deleted after the run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startNeo4j } from "../../src/store/neo4j/launcher.js";
import { claimTestDatabase, openTestDriver } from "./neo4j-test-database.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

async function claim(uri: string): Promise<void> {
  const driver = openTestDriver(uri);
  try {
    await claimTestDatabase(driver);
  } finally {
    await driver.close();
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.NEO4J_URI;
  if (given) {
    await claim(given);
    project.provide("neo4jUri", given);
    return undefined;
  }
  const home = mkdtempSync(join(tmpdir(), "weave-neo4j-test-"));
  const started = performance.now();
  const neo4j = await startNeo4j({ home, port: 0 }).catch((error: unknown) => {
    rmSync(home, { recursive: true, force: true });
    throw error;
  });
  process.stderr.write(`throw-away Neo4j at ${neo4j.uri}, ready in ${Math.round(performance.now() - started)} ms\n`);
  try {
    await claim(neo4j.uri);
  } catch (error) {
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  project.provide("neo4jUri", neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
