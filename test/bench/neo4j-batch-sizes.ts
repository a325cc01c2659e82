/**
 * Picks the Neo4j import's batch size (IMPORT_BATCH_SIZE): each generated network is imported into
 * an emptied throw-away Neo4j with each batch size, then imported again unchanged. Prints the CPU
 * seconds (user + system) of this process and of the Neo4j JVM, and the wall time.
 * Run: npx tsx test/bench/neo4j-batch-sizes.ts [actors…] [--sizes 500,1000,5000,10000]
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { startNeo4j } from "../../src/store/neo4j/launcher.js";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { generateNetwork } from "./generate-network.js";

const args = process.argv.slice(2);
const sizesAt = args.indexOf("--sizes");
const batchSizes = sizesAt >= 0 ? (args[sizesAt + 1] ?? "").split(",").map(Number) : [500, 1_000, 5_000, 10_000];
const actorCounts = args.filter((arg, i) => !arg.startsWith("--") && i !== sizesAt + 1).map(Number);

function jvmCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const home = mkdtempSync(join(tmpdir(), "weave-batch-sizes-"));
const server = await startNeo4j({ home, port: 0 });
const driver = neo4j.driver(server.uri, undefined, { disableLosslessIntegers: true });
const rows: string[] = ["actors  batch  run         wall s  node CPU s  neo4j CPU s  summary"];
try {
  for (const actors of actorCounts.length > 0 ? actorCounts : [10_000]) {
    const network = generateNetwork(actors);
    for (const batchSize of batchSizes) {
      const session = driver.session();
      await session
        .run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
        .finally(() => session.close());
      const store = new Neo4jStore(driver, { importBatchSize: batchSize });
      await store.init();
      for (const run of ["import", "re-import"]) {
        const wall = performance.now();
        const cpu = process.cpuUsage();
        const jvm = jvmCpuSeconds(server.pid);
        const summary = await store.importNetwork(network);
        const used = process.cpuUsage(cpu);
        rows.push(
          [
            String(actors).padStart(6),
            String(batchSize).padStart(5),
            run.padEnd(10),
            ((performance.now() - wall) / 1000).toFixed(1).padStart(7),
            ((used.user + used.system) / 1e6).toFixed(1).padStart(10),
            (jvmCpuSeconds(server.pid) - jvm).toFixed(1).padStart(11),
            ` ${summary.actorsCreated}/${summary.tiesCreated} new`,
          ].join("  "),
        );
        console.log(rows.at(-1));
      }
    }
  }
} finally {
  await driver.close();
  await server.stop();
  rmSync(home, { recursive: true, force: true });
}
console.log(rows.join("\n"));
