import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`weave serve exited with ${server.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`weave serve did not become healthy within 60 s:\n${log()}`);
}

/** The environment of a `weave` command on its own data folder, on SQLite. */
export function weaveEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, WEAVE_DATA_DIR: dataDir, LOG_LEVEL: "warn", NEO4J_URI: "", ...extra };
}

export interface RunningServer {
  readonly baseUrl: string;
  /** The `weave serve` process, for tests that signal it themselves. */
  readonly process: ChildProcess;
  /** What it printed so far. */
  readonly output: () => string;
  readonly stop: () => Promise<void>;
}

/** `weave serve` on a free loopback port (or the one given, to start again where a page expects it), serving the built app from `webDir`, healthy when returned. */
export async function startWeaveServer(dataDir: string, webDir: string, atPort?: number): Promise<RunningServer> {
  const port = atPort ?? (await freePort());
  let output = "";
  const server = spawn(process.execPath, [join(ROOT, "bin/weave.js"), "serve"], {
    cwd: ROOT,
    env: weaveEnv(dataDir, { PORT: String(port), HOST: "127.0.0.1", WEAVE_WEB_DIR: webDir }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  server.stdout?.on("data", collect);
  server.stderr?.on("data", collect);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server, () => output);
  return {
    baseUrl,
    process: server,
    output: () => output,
    stop: async () => {
      server.kill("SIGTERM");
      await new Promise((done) => {
        if (server.exitCode !== null) done(undefined);
        else server.once("exit", done);
      });
    },
  };
}
