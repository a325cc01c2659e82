/**
 * `weave analyse` on its own: bin/build.js bundles it with everything the command loads, commander and
 * the analysis included (the tables only come from `run`'s caller), as one CommonJS file, build/cli/analyse-cli.cjs, which analyse-main.ts runs with
 * V8's code cache (code-cache.ts).
 */
import * as core from "./analyse-core.js";
import * as analyseCommand from "./commands/analyse.js";
import { runWeave } from "./program.js";

/** The analysis itself, for test/bench/years-run.mjs, which times it without the command around it. */
export { core };

/** `tables`: from the caller, as an import() here would not run in a bundle V8 runs as a script. */
export const run = (tables: analyseCommand.AnalyseModules["tables"]): Promise<void> =>
  runWeave([(program) => analyseCommand.register(program, { core: async () => core, tables })]);
