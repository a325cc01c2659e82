import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { StoreUnavailableError } from "../../model/index.js";
import { ensureNeo4jJars, LAUNCHER_CLASS, NEO4J_CLASSPATH } from "./jars.js";

/**
 * Neo4j 5.26's own defaults for Java 17 (its server.jvm.additional), plus a heap sized for a 2-core,
 * 24 GiB machine; the page cache (512 MiB) is set by the launcher. Without the java.nio opening,
 * start-up fails with a LinkageError on java.nio.DirectByteBuffer.
 */
export const NEO4J_JVM_OPTIONS: readonly string[] = [
  "-Xms512m",
  "-Xmx2g",
  "-XX:+UseG1GC",
  "-XX:+ExitOnOutOfMemoryError",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dfile.encoding=UTF-8",
];

export interface Neo4jLaunchOptions {
  /** The database home: data and logs live here and survive a restart. Created when missing. */
  readonly home: string;
  /** Bolt port on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
  /** How long to wait for Bolt to answer; the first start of a new home takes longest. */
  readonly timeoutMs?: number;
  /** Receives Neo4j's standard error as it comes (the CLI shows it); it is kept for errors regardless. */
  readonly onStderr?: (text: string) => void;
}

export interface RunningNeo4j {
  /** bolt://127.0.0.1:PORT */
  readonly uri: string;
  readonly pid: number;
  /** Resolves with the exit code (or signal) when the JVM has ended, however it ended. */
  readonly exited: Promise<number | NodeJS.Signals | null>;
  /** Asks Neo4j to shut down (SIGTERM) and waits until the JVM has ended. */
  stop(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 60_000;
const STDERR_TAIL_LINES = 40;
const URI_LINE = /^NEO4J_URI=(bolt:\/\/\S+)$/;

function javaCommand(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", "java") : "java";
}

/** Keeps the last lines a process wrote, for an error message that shows why it failed. */
class Tail {
  readonly #lines: string[] = [];
  push(text: string): void {
    this.#lines.push(...text.split(/\r?\n/).filter((line) => line !== ""));
    this.#lines.splice(0, Math.max(0, this.#lines.length - STDERR_TAIL_LINES));
  }
  toString(): string {
    return this.#lines.length === 0 ? "(nothing on stderr)" : this.#lines.join("\n");
  }
}

/**
 * Starts a local Neo4j Community server in a child JVM and resolves once Bolt answers. Builds the
 * jars first when needed. The JVM runs in its own process group, so a Ctrl-C in the terminal reaches
 * only the caller, which decides when to stop it; it also stops by itself when the caller's end of its
 * standard input closes (the caller died).
 */
export async function startNeo4j(options: Neo4jLaunchOptions): Promise<RunningNeo4j> {
  await ensureNeo4jJars();
  const home = resolve(options.home);
  mkdirSync(home, { recursive: true });
  const args = [
    ...NEO4J_JVM_OPTIONS,
    "-cp",
    NEO4J_CLASSPATH,
    LAUNCHER_CLASS,
    "--home",
    home,
    "--port",
    String(options.port ?? 0),
    "--stop-on-stdin-eof",
  ];
  const java = spawn(javaCommand(), args, { stdio: ["pipe", "pipe", "pipe"], detached: true });
  const tail = new Tail();
  java.stderr.setEncoding("utf8").on("data", (text: string) => {
    tail.push(text);
    options.onStderr?.(text);
  });
  const exited = new Promise<number | NodeJS.Signals | null>((done) => {
    java.on("exit", (code, signal) => done(code ?? signal));
  });
  const failure = (why: string) =>
    new StoreUnavailableError(
      `the local Neo4j (home ${home}) ${why}; its log is ${join(home, "logs", "debug.log")}. Last stderr lines:\n${tail}`,
    );

  const uri = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => {
      java.kill("SIGKILL");
      fail(failure(`did not answer on Bolt within ${(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000} s`));
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    java.on("error", (error) => {
      clearTimeout(timer);
      fail(new StoreUnavailableError(`cannot run java to start Neo4j: ${error.message}`, { cause: error }));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      fail(failure(`stopped before Bolt answered (exit ${code})`));
    });
    createInterface({ input: java.stdout }).on("line", (line) => {
      const match = URI_LINE.exec(line.trim());
      if (match?.[1] === undefined) return;
      clearTimeout(timer);
      ready(match[1]);
    });
  });
  return { uri, pid: java.pid as number, exited, stop: () => stopJava(java, exited) };
}

async function stopJava(java: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (java.exitCode !== null || java.signalCode !== null) return;
  java.kill("SIGTERM");
  const grace = setTimeout(() => java.kill("SIGKILL"), STOP_GRACE_MS);
  await exited;
  clearTimeout(grace);
}
