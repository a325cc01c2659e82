import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

/** A CommonJS bundle's exports, and how to keep its code cache for the next run. */
export interface CodeCached<T> {
  readonly exports: T;
  /** Writes the cache when there was none (or V8 rejected it); call it after the work. */
  keep(): void;
}

/**
 * Runs a CommonJS bundle with V8's code cache, kept next to it as `<bundle>.cache`: the bytecode of every
 * function it compiled, so that the next run parses and compiles none of them again (about 30 ms of a
 * 0.6 s `weave analyse` of 1,000 actors). Node 20 keeps no such cache for ES modules
 * (`module.enableCompileCache` came with Node 22). The cache is made after the work, so that it holds the
 * functions compiled on the way and not only the top level. bin/build.js replaces build/ as a whole, so a
 * cache never outlives its bundle; V8 rejects one from another V8 version or other flags, and it is made
 * again.
 */
export function requireWithCodeCache<T>(bundle: string): CodeCached<T> {
  const cache = `${bundle}.cache`;
  const cachedData = existsSync(cache) ? readFileSync(cache) : undefined;
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, "utf8")}\n})`;
  const script = new Script(wrapped, { filename: bundle, cachedData });
  const module = { exports: {} as T };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return {
    exports: module.exports,
    keep() {
      if (cachedData !== undefined && !script.cachedDataRejected) return;
      try {
        // Written whole under another name first: another `weave analyse` may be reading it.
        const partial = `${cache}.${process.pid}`;
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, cache);
      } catch {
        // A build/ this user may not write to (an installed copy) goes without the cache.
      }
    },
  };
}
