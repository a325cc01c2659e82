/**
 * `weave analyse` on its own: bin/build.js bundles it with everything the command loads, commander and
 * the analysis included, as one CommonJS file, build/cli/analyse-cli.cjs, which analyse-main.ts runs with
 * V8's code cache (code-cache.ts).
 */
import * as analyseCommand from "./commands/analyse.js";
import { runWeave } from "./program.js";

export const run = (): Promise<void> => runWeave([analyseCommand.register]);
