#!/usr/bin/env node
// Runs the compiled CLI in build/ (bin/build.js), compiling it first when src/ changed since the last build.
import { setFlagsFromString } from "node:v8";
import { buildIfStale } from "./build.js";

// `weave analyse` of 1,000 actors is over in about half a second, on two cores, and V8's optimising
// compiler, on threads of its own, took nearly as much CPU as the analysis (0.45 of 1.03 s), mostly for
// functions that ran a few milliseconds in all (the CSV reader, the years' one-shot loops). With three
// times the default budget of bytecode run (67,584) before a function counts as hot, the hot ones alone
// are compiled: at 1,000 actors 0.17 s less CPU and 0.61 -> 0.57 s wall (medians of 10 interleaved runs);
// 10,000 and 100,000 no slower (100,000: 61.2 against 62.6 s). Only here: a server's analyses run long
// enough to warm up anyway.
if (process.argv[2] === "analyse") setFlagsFromString("--interrupt-budget=200000");

// Stack traces in the server's logs point at src/*.ts rather than at the compiled build/. Only there: with
// maps on, Node reads every module's text once more as it loads (10–30 ms per thread at every start of
// `weave analyse`), and the other commands print messages, never a stack.
if (process.argv[2] === "serve") process.setSourceMapsEnabled(true);
await buildIfStale();
// `weave analyse` has a main of its own, which runs it from one code-cached bundle (src/cli/analyse-main.ts).
// A URL rather than a plain specifier: build/ is output, not a source the layer check should follow.
const main = process.argv[2] === "analyse" ? "analyse-main.js" : "main.js";
await import(new URL(`../build/cli/${main}`, import.meta.url).href);
