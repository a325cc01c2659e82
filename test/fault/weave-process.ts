import { type ChildProcess, spawn } from "node:child_process";
import { statSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root, where `bin/weave.js` is. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The user tests run Weave as when they need permissions to hold: root ignores a read-only folder. */
export const NOBODY = 65534;

/**
 * True when any user can reach the repository (every folder above it searchable by others), so
 * Weave can run from it as `nobody`; a checkout under a private home folder cannot.
 */
export function othersCanRunFromRoot(): boolean {
  for (let path = ROOT; ; path = dirname(path)) {
    if ((statSync(path).mode & 0o001) === 0) return false;
    if (dirname(path) === path) return true;
  }
}

export interface WeaveProcessOptions {
  readonly env?: Record<string, string>;
  /** Run as this user (and group of the same number); only root can ask for it. */
  readonly uid?: number;
  /** The largest file the process may write, in KiB (`ulimit -f`); Node ignores SIGXFSZ, so writes fail with EFBIG. */
  readonly fileSizeLimitKb?: number;
}

/** `weave <args>` as its own process: `node bin/weave.js`, the compiled CLI, from the repository. */
export function spawnWeave(args: readonly string[], options: WeaveProcessOptions = {}): ChildProcess {
  const command = ["node", "bin/weave.js", ...args];
  const limited =
    options.fileSizeLimitKb === undefined
      ? command
      : ["bash", "-c", `ulimit -f ${options.fileSizeLimitKb} && exec "$@"`, "bash", ...command];
  const [program, ...rest] = limited as [string, ...string[]];
  return spawn(program, rest, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "info", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
}

export interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `weave <args>` to the end. */
export function runWeave(args: readonly string[], options: WeaveProcessOptions = {}): Promise<Finished> {
  const child = spawnWeave(args, options);
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export interface ServeProcess {
  readonly child: ChildProcess;
  /** http://127.0.0.1:port */
  readonly address: string;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  /** Stops it with this signal and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const OUTPUT_KEPT = 256 * 1024;

/** `weave serve` on a free loopback port; resolves once it listens. */
export function startServe(options: WeaveProcessOptions = {}): Promise<ServeProcess> {
  const child = spawnWeave(["serve", "--host", "127.0.0.1", "--port", "0"], options);
  let output = "";
  let listening = false;
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`weave serve did not start within 60 s:\n${output}`));
    }, 60_000);
    const read = (chunk: string) => {
      // Only the tail: a long run (the soak) logs every request.
      output = (output + chunk).slice(-OUTPUT_KEPT);
      if (listening) return;
      const address = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (address === undefined) return;
      listening = true;
      clearTimeout(timer);
      resolve({
        child,
        address,
        output: () => output,
        stop: async (signal = "SIGTERM") => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    };
    child.stdout?.setEncoding("utf8").on("data", read);
    child.stderr?.setEncoding("utf8").on("data", read);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`weave serve exited with ${code} before listening:\n${output}`));
    });
  });
}

/** The CSRF token of open mode (loopback, no accounts), for writes to a spawned server. */
export async function openModeHeaders(address: string): Promise<Record<string, string>> {
  const session = (await (await fetch(`${address}/api/session`)).json()) as { csrfToken: string };
  return { "x-csrf-token": session.csrfToken };
}
