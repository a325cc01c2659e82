import { type Command, InvalidArgumentError } from "commander";

export const DEFAULT_NEO4J_HOME = "data/neo4j";
export const DEFAULT_BOLT_PORT = 7687;

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new InvalidArgumentError("a port is a whole number from 0 to 65535");
  }
  return port;
}

interface Neo4jCommandOptions {
  readonly home: string;
  readonly port: number;
}

async function runNeo4j(options: Neo4jCommandOptions): Promise<void> {
  const { startNeo4j } = await import("../../store/neo4j/launcher.js");
  const neo4j = await startNeo4j({
    home: options.home,
    port: options.port,
    onStderr: (text) => process.stderr.write(text),
  });
  process.stdout.write(`NEO4J_URI=${neo4j.uri}\n`);
  process.stderr.write("Neo4j is running; Ctrl-C stops it.\n");
  const stop = () => void neo4j.stop();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  await neo4j.exited;
  process.off("SIGINT", stop);
  process.off("SIGTERM", stop);
}

export function register(program: Command): void {
  program
    .command("neo4j")
    .description(
      "Run a local Neo4j Community 5.26 server in the foreground, for development: Bolt on 127.0.0.1 only, " +
        "no authentication. Prints NEO4J_URI=bolt://127.0.0.1:PORT when it is ready; Ctrl-C stops it cleanly. " +
        "Needs Java 17 and Maven; the first run downloads Neo4j's jars (~120 MB) from Maven Central.",
    )
    .option("--home <dir>", "the directory that keeps the database between runs", DEFAULT_NEO4J_HOME)
    .option("--port <n>", "Bolt port on 127.0.0.1 (0 picks a free port)", parsePort, DEFAULT_BOLT_PORT)
    .addHelpText(
      "after",
      "\nExample:\n  weave neo4j --port 0\n  NEO4J_URI=bolt://127.0.0.1:7687 weave import nodes.csv ties.csv",
    )
    .action(runNeo4j);
}
