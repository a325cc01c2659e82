import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { ROOT, startWeaveServer } from "./server.js";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The built app, for tests that start a server of their own. */
    webDir: string;
  }
}

/** Builds the app once into a temporary folder and serves it with the sample data on a free port. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = mkdtempSync(join(tmpdir(), "weave-e2e-"));
  const webDir = join(work, "web");
  execFileSync(
    join(ROOT, "node_modules/.bin/vite"),
    ["build", "--outDir", webDir, "--emptyOutDir", "--logLevel", "warn"],
    { cwd: ROOT, stdio: "inherit" },
  );
  const server = await startWeaveServer(join(work, "data"), webDir);
  project.provide("baseUrl", server.baseUrl);
  project.provide("webDir", webDir);
  return async () => {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  };
}
