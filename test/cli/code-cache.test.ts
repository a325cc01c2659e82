import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { requireWithCodeCache } from "../../src/cli/code-cache.js";

const dir = mkdtempSync(join(tmpdir(), "weave-code-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let bundles = 0;

/** A CommonJS bundle whose functions run (so the cache holds them), exporting what `answer()` returns. */
function bundleAnswering(answer: number): string {
  const bundle = join(dir, `bundle-${++bundles}.cjs`);
  writeFileSync(bundle, bundleText(answer));
  return bundle;
}

/** The same length for every one-digit answer: V8 checks the length of the source, not the source. */
const bundleText = (answer: number) =>
  `function answer() { return [${answer}].map((x) => x * 1)[0]; }\nexports.answer = answer();\n`;

/**
 * The bundle and its cache under another name, as they were (time and size). V8 keeps each script it
 * compiled by its source and name, and would take it from there without reading the cache again.
 */
function moved(bundle: string): string {
  const to = join(dir, `bundle-${++bundles}.cjs`);
  renameSync(bundle, to);
  renameSync(`${bundle}.cache`, `${to}.cache`);
  return to;
}

/** Runs the bundle as `weave analyse` does and keeps its cache; returns what it exported. */
function run(bundle: string): number {
  const loaded = requireWithCodeCache<{ answer: number }>(bundle);
  loaded.keep();
  return loaded.exports.answer;
}

describe("requireWithCodeCache", () => {
  it("keeps a cache beside the bundle after the first run, and leaves it as it is on the next", () => {
    const first = bundleAnswering(1);
    expect(run(first)).toBe(1);
    const bundle = moved(first);
    const written = statSync(`${bundle}.cache`).mtimeMs;
    expect(run(bundle)).toBe(1);
    expect(statSync(`${bundle}.cache`).mtimeMs).toBe(written);
  });

  it("runs a rebuilt bundle as it now is, not the cache made for the one before", () => {
    const bundle = bundleAnswering(2);
    expect(run(bundle)).toBe(2);
    const before = readFileSync(`${bundle}.cache`);
    writeFileSync(bundle, bundleText(3));
    expect(run(bundle)).toBe(3);
    expect(readFileSync(`${bundle}.cache`).equals(before)).toBe(false);
  });

  it("runs the bundle, and makes the cache again, when the cache is damaged", () => {
    const first = bundleAnswering(4);
    run(first);
    const bundle = moved(first);
    const cache = readFileSync(`${bundle}.cache`);
    const damaged = Buffer.from(cache);
    for (let i = cache.length - 64; i < cache.length; i++) damaged[i] = (damaged[i] ?? 0) ^ 0x5a;
    writeFileSync(`${bundle}.cache`, damaged);
    expect(run(bundle)).toBe(4);
    expect(readFileSync(`${bundle}.cache`).equals(damaged)).toBe(false);
  });

  it("runs the bundle when its cache can be neither read nor written, and leaves nothing behind", () => {
    const bundle = bundleAnswering(5);
    mkdirSync(`${bundle}.cache`);
    expect(run(bundle)).toBe(5);
    expect(readdirSync(dir).filter((name) => name.startsWith(`bundle-${bundles}.cjs.cache.`))).toEqual([]);
  });
});
