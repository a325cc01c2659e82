import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeNetworkCsv } from "../../src/io/index.js";
import { generateNetwork } from "./generate-network.js";

/** Writes the generated network of `size` actors as nodes.csv and ties.csv into `directory`. */
export function writeGeneratedCsv(size: number, directory: string): void {
  const files = writeNetworkCsv(generateNetwork(size));
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, "nodes.csv"), files.nodes);
  writeFileSync(join(directory, "ties.csv"), files.ties);
}

/** The folder of the generated network of `size` actors, written once and shared by the benches. */
export function generatedCsvDirectory(size: number): string {
  const directory = `/tmp/weave-gen-${size}`;
  if (!existsSync(join(directory, "ties.csv"))) writeGeneratedCsv(size, directory);
  return directory;
}
