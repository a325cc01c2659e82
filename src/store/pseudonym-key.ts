import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { StoreUnavailableError } from "../model/index.js";

export const PSEUDONYM_KEY_FILE = "pseudonym.key";
const KEY_BYTES = 32;

/**
 * The installation's secret for pseudonyms (see src/io/pseudonyms.ts): `pseudonym.key` in the data
 * folder, beside accounts.db also when the graph lives in Neo4j, made on first use, readable by its
 * owner only. Losing it gives everyone new pseudonyms; anyone holding it can test a guessed id.
 */
export function readPseudonymKey(dataDir: string): Uint8Array {
  const path = join(dataDir, PSEUDONYM_KEY_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    // "wx": two processes starting at once never overwrite each other's key.
    writeFileSync(path, randomBytes(KEY_BYTES), { flag: "wx", mode: 0o600 });
    chmodSync(path, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const key = readFileSync(path);
  if (key.length < KEY_BYTES) {
    throw new StoreUnavailableError(
      `${path} holds ${key.length} bytes, fewer than the ${KEY_BYTES} a pseudonym key needs; restore it from a backup, or delete it to give everyone new pseudonyms`,
    );
  }
  return key;
}
