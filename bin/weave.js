#!/usr/bin/env node
// Runs the compiled CLI in build/ (bin/build.js), compiling it first when src/ changed since the last build.
import { buildIfStale } from "./build.js";

// Stack traces in logs point at src/*.ts rather than at the compiled build/*.js.
process.setSourceMapsEnabled(true);
await buildIfStale();
// A URL rather than a plain specifier: build/ is output, not a source the layer check should follow.
await import(new URL("../build/cli/main.js", import.meta.url).href);
