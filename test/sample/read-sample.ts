import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readNetworkCsv } from "../../src/io/index.js";
import type { Network } from "../../src/model/index.js";

export const SAMPLE_FOLDER = fileURLToPath(new URL("../../data/sample/", import.meta.url));

/** The committed sample, read with Weave's own CSV reader. */
export function readSample(): Network {
  const file = (name: string) => ({ name, bytes: readFileSync(`${SAMPLE_FOLDER}${name}`) });
  return readNetworkCsv(file("nodes.csv"), file("ties.csv"));
}
