import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Network } from "../../model/index.js";

/**
 * The code the figures come from: from the sources, the analysis and this folder (which options it
 * passes); compiled, all of build/, whose bundles do not tell those parts apart.
 */
const CODE_DIRS = import.meta.url.endsWith(".ts")
  ? [new URL("../../analysis/", import.meta.url), new URL("./", import.meta.url)]
  : [new URL("../../", import.meta.url)];

/**
 * The last figures of each analysis, kept in the data folder under what they were computed from: the
 * network's content and the analysis code. The same network analysed by the same code with the same
 * options gives the same figures (every random choice is seeded), so after a restart, or an edit
 * undone, they are answered at once instead of after a whole computation. One file per kind of
 * analysis, replaced by each newer result; `clear` (an erasure) removes them all.
 */
export class AnalysisDisk {
  private constructor(
    readonly dir: string,
    /** A hash of the analysis code: figures of other code are never taken for these. */
    readonly code: string,
  ) {}

  /** Undefined when the folder cannot be made (a read-only data folder): nothing is kept then. */
  static open(dir: string): AnalysisDisk | undefined {
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      return undefined;
    }
    return new AnalysisDisk(dir, codeHash());
  }

  /** What a result is kept under; the network is hashed as stored, actors and ties in the store's order. */
  key(network: Network): string {
    return createHash("sha256").update(this.code).update(JSON.stringify(network)).digest("base64url");
  }

  /** The figures kept for `kind` under `key`, if those are the ones kept. Synchronous, like `clear`. */
  read(kind: string, key: string): string | undefined {
    let text: string;
    try {
      text = readFileSync(this.#file(kind), "utf8");
    } catch {
      return undefined;
    }
    const newline = text.indexOf("\n");
    return text.slice(0, newline) === key ? text.slice(newline + 1) : undefined;
  }

  /** Written whole or not at all; synchronous, so no write can land after a `clear`. */
  write(kind: string, key: string, json: string): void {
    const file = this.#file(kind);
    try {
      writeFileSync(`${file}.partial`, `${key}\n${json}`);
      renameSync(`${file}.partial`, file);
    } catch {
      // A full or read-only disk costs a computation after the next restart, nothing more.
    }
  }

  clear(): void {
    for (const name of readdirSync(this.dir)) rmSync(join(this.dir, name), { force: true });
  }

  #file(kind: string): string {
    return join(this.dir, `${kind}.json`);
  }
}

function codeHash(): string {
  const hash = createHash("sha256");
  for (const url of CODE_DIRS) {
    const dir = fileURLToPath(url);
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
    for (const file of files) {
      try {
        hash.update(file).update(readFileSync(join(dir, file)));
      } catch {
        // A folder: its files are listed themselves.
      }
    }
  }
  return hash.digest("base64url");
}
