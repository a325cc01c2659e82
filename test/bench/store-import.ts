/**
 * How long a bulk import takes on each store: the sample neighbourhood and generated networks, into
 * a fresh SQLite file and a fresh throw-away Neo4j (started here, stopped after). The second import
 * of the same data is the idempotent re-import, which writes nothing.
 * Run: npx tsx test/bench/store-import.ts [sizes…]   (default: sample and 10000)
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readNetworkCsv } from "../../src/io/index.js";
import type { Network } from "../../src/model/index.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { startNeo4j } from "../../src/store/neo4j/launcher.js";
import { openNeo4jStore } from "../../src/store/neo4j/open.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { generateNetwork } from "./generate-network.js";

const ROOT = resolve(import.meta.dirname, "../..");
const sizes = process.argv.slice(2).map(Number);

function sample(): Network {
  const file = (name: string) => ({ name, bytes: readFileSync(join(ROOT, "data/sample", name)) });
  return readNetworkCsv(file("nodes.csv"), file("ties.csv"));
}

const networks: [string, Network][] = [
  ["sample", sample()],
  ...(sizes.length > 0 ? sizes : [10000]).map((size): [string, Network] => [
    `generated ${size}`,
    generateNetwork(size),
  ]),
];

async function seconds(work: () => Promise<unknown>): Promise<string> {
  const start = performance.now();
  await work();
  return ((performance.now() - start) / 1000).toFixed(2);
}

const rows: string[][] = [];
async function measure(
  storeName: string,
  open: () => Promise<GraphStore>,
  clear: (store: GraphStore) => Promise<void>,
) {
  for (const [label, network] of networks) {
    const store = await open();
    await clear(store);
    const first = await seconds(() => store.importNetwork(network));
    const again = await seconds(() => store.importNetwork(network));
    const load = await seconds(() => store.load());
    rows.push([storeName, label, String(network.actors.length), String(network.ties.length), first, again, load]);
    await store.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), "weave-bench-import-"));
let count = 0;
await measure(
  "sqlite",
  async () => {
    const store = new SqliteStore(join(dir, `bench-${++count}.db`));
    await store.init();
    return store;
  },
  async () => {},
);
const started = performance.now();
const neo4j = await startNeo4j({ home: join(dir, "neo4j"), port: 0 });
const neo4jReady = ((performance.now() - started) / 1000).toFixed(1);
try {
  await measure(
    "neo4j",
    () => openNeo4jStore({ NEO4J_URI: neo4j.uri }),
    async (store) => {
      const { actors } = await store.load();
      for (const actor of actors) await store.deleteActor(actor.id);
    },
  );
} finally {
  await neo4j.stop();
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\nNeo4j start to ready Bolt port: ${neo4jReady} s\n`);
const header = ["store", "network", "actors", "ties", "import s", "re-import s", "load s"];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? "").length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  "));
