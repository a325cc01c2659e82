import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";

/** A CommonJS bundle's exports, and how to keep its code cache for the next run. */
export interface CodeCached<T> {
  readonly exports: T;
  /** Writes the cache when there was none for this bundle (or V8 rejected it); call it after the work. */
  keep(): void;
}

/**
 * Runs a CommonJS bundle with V8's code cache, kept next to it as `<bundle>.cache`: the bytecode of every
 * function it compiled, so that the next run parses and compiles none of them again (about 30 ms of a
 * 0.6 s `weave analyse` of 1,000 actors). Node 20 keeps no such cache for ES modules
 * (`module.enableCompileCache` came with Node 22). The cache is made after the work, so that it holds the
 * functions compiled on the way and not only the top level. A cache that cannot be read, was made for
 * another bundle or Node, or is damaged, is not used and is made again; one that cannot be written is done
 * without.
 */
export function requireWithCodeCache<T>(bundle: string): CodeCached<T> {
  // Node 20's V8 checks no checksum of a code cache unless asked to, and a damaged cache can crash the
  // process (a fatal error in V8's deserializer). Asked, it writes caches with a checksum and rejects one
  // that does not match or has none. (A digest of our own needs node:crypto: 3 ms more to load.)
  setFlagsFromString("--verify-snapshot-checksum");
  const cache = `${bundle}.cache`;
  const source = readFileSync(bundle, "utf8");
  const key = cacheKey(bundle);
  const cachedData = cachedFor(cache, key);
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: bundle, cachedData });
  const module = { exports: {} as T };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return {
    exports: module.exports,
    keep() {
      if (cachedData !== undefined && !script.cachedDataRejected) return;
      // Written whole under another name first: another `weave analyse` may be reading it.
      const partial = `${cache}.${process.pid}`;
      try {
        writeFileSync(partial, Buffer.concat([key, script.createCachedData()]));
        renameSync(partial, cache);
      } catch {
        // A build/ this user may not write to (an installed copy) goes without the cache.
        rmSync(partial, { force: true });
      }
    },
  };
}

/**
 * What a cache file starts with: the Node that made it and the bundle's size and time. V8 checks its own
 * version and flags and the source's length, not the source: a bundle rewritten to the same length
 * would otherwise run the bytecode of the old one.
 */
function cacheKey(bundle: string): Buffer {
  const { size, mtimeMs } = statSync(bundle);
  return Buffer.from(`weave code cache ${process.version} ${size} ${mtimeMs}\n`);
}

/** The cache in file `cache` when it was made for `key`; undefined when it is missing, unreadable or another's. */
function cachedFor(cache: string, key: Buffer): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(cache);
  } catch {
    return undefined;
  }
  return file.subarray(0, key.length).equals(key) ? file.subarray(key.length) : undefined;
}
