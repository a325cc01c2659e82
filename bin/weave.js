#!/usr/bin/env node
// Runs the compiled CLI in build/ (bin/build.js), compiling it first when src/ changed since the last build.
import { buildIfStale } from "./build.js";

// Stack traces in the server's logs point at src/*.ts rather than at the compiled build/. Only there: with
// maps on, Node reads every module's text once more as it loads (10–30 ms per thread at every start of
// `weave analyse`), and the other commands print messages, never a stack.
if (process.argv[2] === "serve") process.setSourceMapsEnabled(true);
await buildIfStale();
// A URL rather than a plain specifier: build/ is output, not a source the layer check should follow.
await import(new URL("../build/cli/main.js", import.meta.url).href);
