import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Command } from "commander";
import { type Network, WeaveError } from "../../model/index.js";
import type { GraphStore } from "../../store/graph-store.js";
import { endProgress, progress } from "../progress.js";

export function register(program: Command): void {
  program
    .command("import")
    .description(
      "Import nodes.csv and ties.csv, one workbook network.xlsx with the sheets nodes and ties, or a JSON export (a backup) into the configured store (Neo4j when NEO4J_URI is set, else the SQLite file in WEAVE_DATA_DIR). All or nothing: on any problem nothing is written and every problem is listed. Importing the same files again changes nothing.",
    )
    .argument(
      "<nodes.csv>",
      "actors: id,name,kind then any of area,gifts,interests,since,until,consent,notes and custom columns; or a workbook (.xlsx) with these columns in its sheet nodes and the ties' in its sheet ties, or a JSON export",
    )
    .argument("[ties.csv]", "ties: source,target,type then any of since,until,weight,note")
    .action(async (nodesPath: string, tiesPath: string | undefined) => {
      const started = performance.now();
      if (tiesPath === undefined) return importOneFile(nodesPath, started);
      progress("reading the files");
      // Read first: a mistyped path should not open, or create, the store.
      const [nodes, ties] = await Promise.all([readFile(nodesPath), readFile(tiesPath)]).finally(endProgress);
      const [{ readNetworkCsv }, { openStore }] = await Promise.all([
        import("../../io/read-network-csv.js"),
        import("../../store/open-store.js"),
      ]);
      const store = await openStore();
      try {
        const stored = await store.load();
        progress(`checking ${basename(nodesPath)} and ${basename(tiesPath)}`);
        const network = readNetworkCsv(
          { name: basename(nodesPath), bytes: nodes },
          { name: basename(tiesPath), bytes: ties },
          { existing: new Map(stored.actors.map((actor) => [actor.id, actor])), existingTies: stored.ties },
        );
        await write(store, network, started);
      } finally {
        endProgress();
        await store.close();
      }
    });
}

/** One workbook (.xlsx), or a JSON dump of `weave export --format json` (restoring a backup). */
async function importOneFile(path: string, started: number): Promise<void> {
  const extension = extname(path).toLowerCase();
  if (extension !== ".xlsx" && extension !== ".json") {
    throw new WeaveError(
      "invalid_option",
      `${path}: give nodes.csv and ties.csv, one workbook ending in .xlsx with the sheets nodes and ties, or a JSON export ending in .json`,
    );
  }
  progress(`reading ${basename(path)}`);
  const bytes = await readFile(path).finally(endProgress);
  const [{ readNetworkJson, readNetworkXlsx }, { openStore }] = await Promise.all([
    import("../../io/index.js"),
    import("../../store/open-store.js"),
  ]);
  const store = await openStore();
  try {
    const stored = await store.load();
    progress(`checking ${basename(path)}`);
    const network =
      extension === ".json"
        ? readNetworkJson(new TextDecoder().decode(bytes), basename(path))
        : await readNetworkXlsx(
            { name: basename(path), bytes },
            { existing: new Map(stored.actors.map((actor) => [actor.id, actor])), existingTies: stored.ties },
          );
    await write(store, network, started);
  } finally {
    endProgress();
    await store.close();
  }
}

async function write(store: GraphStore, network: Network, started: number): Promise<void> {
  progress(`writing ${network.actors.length} actors and ${network.ties.length} ties to ${store.kind}`);
  const s = await store.importNetwork(network);
  endProgress();
  const elapsed = Math.round(performance.now() - started);
  process.stdout.write(
    `imported into ${store.kind} in ${elapsed} ms: actors ${s.actorsCreated} new, ${s.actorsUpdated} changed, ${s.actorsUnchanged} unchanged; ties ${s.tiesCreated} new, ${s.tiesUpdated} changed, ${s.tiesUnchanged} unchanged\n`,
  );
}
