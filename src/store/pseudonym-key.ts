import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { StoreUnavailableError } from "../model/index.js";

const READ_ONLY_CODES = new Set(["EACCES", "EROFS", "EPERM"]);

export const PSEUDONYM_KEY_FILE = "pseudonym.key";
const KEY_BYTES = 32;

/**
 * The installation's secret for pseudonyms (see src/io/pseudonyms.ts): `pseudonym.key` in the data
 * folder, beside accounts.db also when the graph lives in Neo4j, made on first use, readable by its
 * owner only. Losing it gives everyone new pseudonyms; anyone holding it can test a guessed id. In a
 * read-only folder that has none, the key lives only in memory (see `hasPseudonymKey`).
 */
export function readPseudonymKey(dataDir: string): Uint8Array {
  const path = join(dataDir, PSEUDONYM_KEY_FILE);
  try {
    mkdirSync(dataDir, { recursive: true });
    // "wx": two processes starting at once never overwrite each other's key.
    writeFileSync(path, randomBytes(KEY_BYTES), { flag: "wx", mode: 0o600 });
    chmodSync(path, 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code !== "EEXIST" && !READ_ONLY_CODES.has(code)) throw error;
    // A read-only folder without a key: pseudonyms from a key of this process, stable until it ends.
    if (!existsSync(path)) return randomBytes(KEY_BYTES);
  }
  const key = readFileSync(path);
  if (key.length < KEY_BYTES) {
    throw new StoreUnavailableError(
      `${path} holds ${key.length} bytes, fewer than the ${KEY_BYTES} a pseudonym key needs; restore it from a backup, or delete it to give everyone new pseudonyms`,
    );
  }
  return key;
}

/** False when pseudonyms come from a key in memory only, and so change when Weave restarts. */
export function hasPseudonymKey(dataDir: string): boolean {
  return existsSync(join(dataDir, PSEUDONYM_KEY_FILE));
}
