import type Database from "better-sqlite3";
import { mappingStorageErrors, StorageReadOnlyError, toStorageError } from "../storage-errors.js";
import { openForWriting, openSnapshot } from "./open-database.js";

export interface SideDatabaseOptions {
  /** Statements that create the tables when they are missing. */
  readonly schema: string;
  readonly foreignKeys?: boolean;
  /** Deleted rows are overwritten, not merely unlinked: for files that name actors. */
  readonly secureDelete?: boolean;
  /** Open the in-memory snapshot even when the folder could be written. */
  readonly readOnly?: boolean;
}

/**
 * Opens one of the small SQLite files beside the graph (accounts, saved views, workshops) and puts
 * its schema in place. Opened for writing when the folder allows it; in a read-only folder the file
 * is read into memory instead and `readOnly` is true, so the caller can refuse every change.
 */
export function openSideDatabase(
  path: string,
  options: SideDatabaseOptions,
): { db: Database.Database; readOnly: boolean } {
  let db: Database.Database;
  let readOnly: boolean;
  try {
    if (options.readOnly === true) throw new StorageReadOnlyError(path);
    db = openForWriting(path);
    readOnly = false;
  } catch (error) {
    const mapped = toStorageError(error, path);
    if (!(mapped instanceof StorageReadOnlyError)) throw mapped;
    db = openSnapshot(path);
    readOnly = true;
  }
  if (options.foreignKeys === true) db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  if (options.secureDelete === true) db.pragma("secure_delete = ON");
  mappingStorageErrors(path, () => db.exec(options.schema));
  return { db, readOnly };
}
