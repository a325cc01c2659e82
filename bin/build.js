// Compiles the Node side of Weave (src/ without src/web) to JavaScript in build/, one .js and source
// map per .ts, so `weave` starts without a TypeScript compiler. build/ sits at the same depth as src/,
// so paths a module finds from its own URL (data/sample/, neo4j/) are the same from either.
// `npm run build` runs it; bin/weave.js calls buildIfStale() before every run.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SOURCES = join(ROOT, "src");
const BUILD = join(ROOT, "build");
/** Written last; its time is when the build started, so an edit made during a build counts as newer. */
const STAMP = join(BUILD, ".built");

/** The sources the build reads, and the folders holding them (a deleted file changes its folder's time). */
function inputs() {
  const files = [fileURLToPath(import.meta.url)];
  const folders = [SOURCES];
  for (const entry of readdirSync(SOURCES, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (path === join(SOURCES, "web") || path.startsWith(join(SOURCES, "web/"))) continue;
    if (entry.isDirectory()) folders.push(path);
    else if (entry.name.endsWith(".ts") || entry.name.endsWith(".json")) files.push(path);
  }
  return { files, folders };
}

/** True when build/ is missing or older than any source (about 5 ms for the ~170 files). */
export function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  const { files, folders } = inputs();
  return [...files, ...folders].some((path) => statSync(path).mtimeMs > built);
}

/**
 * Builds into a fresh folder and then swaps it in, so a `weave` starting meanwhile never loads half a
 * build. esbuild only strips types (tsc --noEmit checks them): the whole tree takes a fraction of a second.
 */
export async function build() {
  const started = new Date();
  const { build: esbuild } = await import("esbuild");
  const { files } = inputs();
  const next = `${BUILD}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  await esbuild({
    entryPoints: files.filter((path) => path.startsWith(SOURCES) && path.endsWith(".ts")),
    outdir: next,
    outbase: SOURCES,
    format: "esm",
    platform: "node",
    // 20.19 keeps `import … with { type: "json" }`, which an older target would strip.
    target: "node20.19",
    sourcemap: "linked",
    sourcesContent: false,
    logLevel: "warning",
  });
  for (const path of files.filter((path) => path.endsWith(".json"))) {
    const target = join(next, relative(SOURCES, path));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(path, target);
  }
  writeFileSync(join(next, ".built"), "compiled from src/ by bin/build.js\n");
  utimesSync(join(next, ".built"), started, started);
  const previous = `${BUILD}.old-${process.pid}`;
  if (existsSync(BUILD)) renameSync(BUILD, previous);
  try {
    renameSync(next, BUILD);
  } catch (error) {
    // Another `weave` built at the same moment and swapped its build in first: keep that one.
    if (!existsSync(STAMP)) throw error;
  }
  rmSync(next, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
}

/** Rebuilds when a source changed since the last build; says so on stderr, as it takes a moment. */
export async function buildIfStale() {
  if (!isStale()) return;
  process.stderr.write("weave: compiling src/ into build/ (changed since the last build)\n");
  await build();
}

// `node bin/build.js` always builds; `node bin/build.js --if-stale` only when a source changed.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await (process.argv.includes("--if-stale") ? buildIfStale() : build());
}
