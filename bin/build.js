// Compiles the Node side of Weave (src/ without src/web) into build/: one bundle per entry (the CLI's
// mains, and each worker thread's entry, *-worker.ts), sharing chunks in build/chunks/ and split at every
// `import()`, so commands still load what they need only when run. A few files to read and link start
// `weave` much faster than one per source (about 100 ms less at every start). Modules that find files
// from their own URL (data/sample/, neo4j/, worker entries) see the URL their unbundled .js would have,
// build/ mirroring src/, so those paths are the same from either.
// `weave analyse` runs from a bundle of its own: the command and all it loads as one CommonJS file, run
// with V8's code cache (src/cli/analyse-main.ts, code-cache.ts). `npm run build` runs it; bin/weave.js
// calls buildIfStale() before every run.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
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
/** Packages bundled in: pure JavaScript the CLI loads at every analysis (CommonJS, slow through Node's loader). */
const BUNDLED_PACKAGES = /^(?:commander|graphology[\w-]*)(?:\/|$)/;
/** How code names a worker thread's entry for startTypeScriptWorker. */
const WORKER_ENTRY = /new URL\("(\.\/[\w-]+\.ts)", import\.meta\.url\)/g;
/** The entry bundled on its own, as CommonJS run with V8's code cache (src/cli/analyse-main.ts). */
const CODE_CACHED = "cli/analyse-cli";
/** Stands for the way from an output file up to build/, which only the written file knows. */
const TO_BUILD = "__weave_to_build__/";

/** The sources the build reads, and the folders holding them (a deleted file changes its folder's time). */
function inputs() {
  const files = [fileURLToPath(import.meta.url)];
  const folders = [];
  const walk = (folder) => {
    folders.push(folder);
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (path !== `${SOURCES}/web`) walk(path);
      } else if (entry.name.endsWith(".ts") || entry.name.endsWith(".json")) files.push(path);
    }
  };
  walk(SOURCES);
  return { files, folders };
}

/** The CLI's mains (all commands; `analyse` alone) and every worker entry a source names (not a comment's example). */
function entryPoints(files) {
  const workers = files
    .filter((path) => path.endsWith(".ts"))
    .flatMap((path) =>
      [...readFileSync(path, "utf8").matchAll(WORKER_ENTRY)].map((match) => join(dirname(path), match[1])),
    )
    .filter((path) => existsSync(path));
  return [...new Set([`${SOURCES}/cli/main.ts`, `${SOURCES}/cli/analyse-main.ts`, ...workers])];
}

/** True when build/ is missing or older than any source (a few ms for the ~200 files and folders). */
export function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  const { files, folders } = inputs();
  return [...files, ...folders].some((path) => statSync(path).mtimeMs > built);
}

/** Leaves packages to node_modules, but for BUNDLED_PACKAGES and what they import. */
const externalPackages = {
  name: "external-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path, importer }) =>
      importer.includes("/node_modules/") || BUNDLED_PACKAGES.test(path) ? undefined : { path, external: true },
    );
  },
};

/**
 * Node's modules that the analyse bundle loads on first use rather than at its start: commander's
 * child_process (for subcommands that are programs of their own; `weave analyse` has none) and
 * worker_threads (the shortest-path helpers, which a small network does without). Loading them, and
 * what they load (net, dgram, the worker internals), took 8–10 ms of every `weave analyse`.
 */
const LAZY_BUILTINS = ["child_process", "worker_threads"];

/**
 * Each LAZY_BUILTINS module becomes an object with a getter for each of its exports (listed from this
 * Node), which loads the module when first read; requires from those objects stay Node's own.
 */
const lazyBuiltins = {
  name: "lazy-builtins",
  setup(build) {
    const filter = new RegExp(`^(?:node:)?(?:${LAZY_BUILTINS.join("|")})$`);
    build.onResolve({ filter }, ({ path, namespace }) =>
      namespace === "lazy-builtin"
        ? { path, external: true }
        : { path: `node:${path.replace(/^node:/, "")}`, namespace: "lazy-builtin" },
    );
    build.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, async ({ path }) => {
      const names = Object.keys(await import(path)).filter((name) => name !== "default");
      const getters = names.map((name) => `  get ${name}() { return load().${name}; },`);
      const load = `let loaded;\nconst load = () => (loaded ??= require(${JSON.stringify(path)}));`;
      return { contents: `${load}\nmodule.exports = {\n${getters.join("\n")}\n};\n`, loader: "js" };
    });
  },
};

/** Each source's `import.meta.url` becomes the URL of its unbundled .js in build/ (see the top). */
const unbundledUrls = {
  name: "unbundled-urls",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, ({ path }) => {
      const text = readFileSync(path, "utf8");
      if (!path.startsWith(`${SOURCES}/`) || !text.includes("import.meta.url")) return undefined;
      const own = JSON.stringify(relative(SOURCES, path).replace(/\.ts$/, ".js"));
      const url = `new URL(${own}, new URL("${TO_BUILD}", import.meta.url)).href`;
      return { contents: text.replaceAll("import.meta.url", url), loader: "ts" };
    });
  },
};

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
  const common = {
    bundle: true,
    platform: "node",
    // 20.19 keeps `import … with { type: "json" }`, which an older target would strip.
    target: "node20.19",
    plugins: [externalPackages, unbundledUrls],
    sourcemap: "linked",
    sourcesContent: false,
    logLevel: "warning",
    write: false,
  };
  const [modules, codeCached] = await Promise.all([
    esbuild({
      ...common,
      entryPoints: entryPoints(files),
      outdir: next,
      outbase: SOURCES,
      chunkNames: "chunks/[name]-[hash]",
      splitting: true,
      format: "esm",
      // CommonJS packages bundled in call require() for Node's own modules.
      banner: {
        js: 'import { createRequire as __weaveCreateRequire } from "node:module"; const require = __weaveCreateRequire(import.meta.url);',
      },
    }),
    // `weave analyse` and all it loads (but the tables), once more as one CommonJS file:
    // src/cli/analyse-main.ts runs it with V8's code cache, which Node 20 keeps for no ES module.
    // import.meta, ES modules' own, becomes its URL.
    esbuild({
      ...common,
      entryPoints: [`${SOURCES}/${CODE_CACHED}.ts`],
      outfile: `${next}/${CODE_CACHED}.cjs`,
      format: "cjs",
      plugins: [lazyBuiltins, ...common.plugins],
      define: { "import.meta.url": "__weaveUrl" },
      banner: { js: 'const __weaveUrl = require("node:url").pathToFileURL(__filename).href;' },
      // import.meta.resolve is read only from the sources (start-typescript-worker.ts).
      logOverride: { "empty-import-meta": "silent" },
    }),
  ]);
  for (const { path, text } of [...modules.outputFiles, ...codeCached.outputFiles]) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text.replaceAll(TO_BUILD, `${relative(dirname(path), next) || "."}/`));
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
