import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import { CLUSTERING_METHODS, type ClusteringMethod } from "../../analysis/clustering-methods.js";
import { LANGUAGES, type Language } from "../../analysis/messages/languages.js";
import type * as AnalyseCore from "../analyse-core.js";
import type * as AnalyseTables from "../analyse-tables.js";

interface AnalyseFlags {
  year?: number;
  weighted?: boolean;
  json?: boolean;
  lang?: Language;
  clustering: ClusteringMethod;
  clusteringRuns?: number;
  seed: number;
  exact?: boolean;
  pivots?: number;
  threads?: number;
}

function integer(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed)) throw new InvalidArgumentError(`"${value}" is not a whole number.`);
  return parsed;
}

/**
 * What the command loads once it runs, so that `weave --help` and the other commands start without it:
 * the analysis, and the tables' words (i18next and its catalogs) only when tables are printed. Given by
 * the caller: main.ts imports them; analyse-cli.ts has the analysis bundled in as plain module code (an
 * `import()` in that bundle would make esbuild wrap every module it reaches in a function run on first use).
 */
export interface AnalyseModules {
  core(): Promise<typeof AnalyseCore>;
  tables(): Promise<typeof AnalyseTables>;
}

export function register(program: Command, modules: AnalyseModules): void {
  program
    .command("analyse")
    .description(
      "analyse a network from its two CSV files: centralities, communities, roles, isolated residents, gaps, suggested introductions and the years",
    )
    .argument("<nodes.csv>", "the actors")
    .argument("<ties.csv>", "the ties")
    .option("--year <year>", "analyse the network as of this year (default: every actor and tie in the files)", integer)
    .option(
      "--weighted",
      "use tie weights (strength, distance = 1/weight, weighted eigenvector, PageRank and clusters)",
    )
    .option("--json", "print one JSON object instead of tables (sentences as codes with parameters)")
    .addOption(
      new Option("--lang <language>", "language of the tables (default: from LC_ALL, LC_MESSAGES or LANG)").choices(
        LANGUAGES,
      ),
    )
    .addOption(
      new Option("--clustering <method>", "how clusters are found").choices(CLUSTERING_METHODS).default("leiden"),
    )
    .option(
      "--clustering-runs <n>",
      "seeded clustering runs; the best modularity is kept (default: Leiden 4, 2 above 20,000 actors; Louvain 10)",
      integer,
    )
    .option("--seed <n>", "seed of the first clustering run, and of the pivots when estimating", integer, 1)
    .addOption(
      new Option(
        "--exact",
        "compute betweenness, closeness and harmonic exactly, also above 20,000 actors (where they are estimated from pivots)",
      ).conflicts("pivots"),
    )
    .option(
      "--pivots <n>",
      "estimate betweenness, closeness and harmonic from n seeded pivots, whatever the size (default above 20,000 actors: enough for ±0.1 with probability 0.9)",
      integer,
    )
    .option("--threads <n>", "threads for the shortest paths (default: one per core)", integer)
    .action(async (nodesPath: string, tiesPath: string, flags: AnalyseFlags) => {
      const [core, tables] = await Promise.all([
        modules.core(),
        flags.json === true ? undefined : modules.tables().then(({ tableWriter }) => tableWriter(flags.lang)),
      ]);
      const { readNetworkCsv, analyseNetworkThreaded, defaultPathThreads, writeJsonChunks } = core;
      const file = (path: string) => ({ name: basename(path), bytes: readFileSync(path) });
      // The network is not kept in a variable here: once analysed it can go before the answer is written.
      const analysis = await analyseNetworkThreaded(
        readNetworkCsv(file(nodesPath), file(tiesPath)),
        {
          year: flags.year,
          weighted: flags.weighted === true,
          clustering: flags.clustering,
          clusteringRuns: flags.clusteringRuns,
          seed: flags.seed,
          exact: flags.exact === true,
          pivots: flags.pivots,
        },
        { threads: flags.threads ?? defaultPathThreads() },
      );
      if (tables !== undefined) {
        process.stdout.write(tables(analysis));
      } else {
        // Written as it is made (stdout to a file or a pipe is written synchronously), not as one string.
        // JSON has no NaN or Infinity: the analysis never emits them, and JSON.stringify would write null.
        writeJsonChunks(analysis, (chunk) => process.stdout.write(chunk));
        process.stdout.write("\n");
      }
    });
}
