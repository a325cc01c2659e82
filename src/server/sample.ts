import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { readNetworkCsv } from "../io/index.js";
import type { GraphStore } from "../store/graph-store.js";

/** The synthetic sample neighbourhood shipped in the repository. */
export const SAMPLE_DIR = new URL("../../data/sample/", import.meta.url).pathname;

/**
 * Loads nodes.csv and ties.csv from `dir` into a store that has never been written to, so a first
 * start shows something; a store someone emptied on purpose stays empty. Returns what it loaded,
 * or undefined when it did nothing (store used before, or no sample files).
 */
export async function loadSampleIntoNewStore(
  store: GraphStore,
  dir: string = SAMPLE_DIR,
): Promise<{ actors: number; ties: number } | undefined> {
  if ((await store.version()) !== 0 || (await store.counts()).actors !== 0) return undefined;
  let nodes: Buffer;
  let ties: Buffer;
  try {
    [nodes, ties] = await Promise.all([readFile(join(dir, "nodes.csv")), readFile(join(dir, "ties.csv"))]);
  } catch {
    return undefined;
  }
  const network = readNetworkCsv({ name: "nodes.csv", bytes: nodes }, { name: "ties.csv", bytes: ties });
  await store.importNetwork(network);
  return { actors: network.actors.length, ties: network.ties.length };
}
