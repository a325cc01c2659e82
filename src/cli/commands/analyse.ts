import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import { analyseNetwork, CLUSTERING_METHODS, type ClusteringMethod } from "../../analysis/index.js";
import { LANGUAGES, type Language } from "../../analysis/messages/catalogs.js";
import { readNetworkCsv } from "../../io/index.js";
import { formatAnalysis } from "../format-analysis.js";
import { languageFromEnvironment } from "../i18n.js";

interface AnalyseFlags {
  year?: number;
  weighted?: boolean;
  json?: boolean;
  lang?: Language;
  clustering: ClusteringMethod;
  clusteringRuns?: number;
  seed: number;
}

function integer(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed)) throw new InvalidArgumentError(`"${value}" is not a whole number.`);
  return parsed;
}

/** JSON has no NaN or Infinity; the analysis never emits them, and this keeps it that way. */
function finiteOnly(_key: string, value: unknown): unknown {
  return typeof value === "number" && !Number.isFinite(value) ? null : value;
}

export function register(program: Command): void {
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
      "seeded clustering runs; the best modularity is kept (default: Leiden 4, 1 above 20,000 actors; Louvain 10)",
      integer,
    )
    .option("--seed <n>", "seed of the first clustering run", integer, 1)
    .action((nodesPath: string, tiesPath: string, flags: AnalyseFlags) => {
      const file = (path: string) => ({ name: basename(path), bytes: readFileSync(path) });
      const network = readNetworkCsv(file(nodesPath), file(tiesPath));
      const analysis = analyseNetwork(network, {
        year: flags.year,
        weighted: flags.weighted === true,
        clustering: flags.clustering,
        clusteringRuns: flags.clusteringRuns,
        seed: flags.seed,
      });
      process.stdout.write(
        flags.json === true
          ? `${JSON.stringify(analysis, finiteOnly)}\n`
          : formatAnalysis(analysis, { language: flags.lang ?? languageFromEnvironment() }),
      );
    });
}
