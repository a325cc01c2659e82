import { accessSync, constants, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";

/** Bytes 18 and 19 of an SQLite header: the write and read format versions; 2 means WAL. */
const FORMAT_BYTES = [18, 19];
const LEGACY_FORMAT = 1;

/**
 * Opens the SQLite file for reading and writing (WAL), creating its folder when needed. Throws
 * the driver's or the file system's error as is; callers map it.
 */
export function openForWriting(path: string): Database.Database {
  if (path === ":memory:") return new Database(path);
  mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    // SQLITE_CANTOPEN says nothing of why; a folder that cannot be written gives EACCES or EROFS here.
    accessSync(dirname(path), constants.W_OK);
    throw error;
  }
  try {
    // On a read-only folder this is the first statement that fails (SQLITE_READONLY_*).
    db.pragma("journal_mode = WAL");
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens the file for commands that only read, where the folder may be read-only. A WAL database
 * needs its `-shm` file, which a read-only folder cannot hold once a clean shutdown removed it; then
 * the file is read into memory instead (a snapshot: nobody can be writing to a read-only folder).
 * A missing file gives an empty database, as opening it for writing would have. The caller makes
 * the connection refuse writes once its schema is in place.
 */
export function openForReading(path: string): Database.Database {
  if (path === ":memory:" || !existsSync(path)) return new Database(":memory:");
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      db.prepare("SELECT count(*) FROM sqlite_schema").get();
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  } catch {
    return openSnapshot(path);
  }
}

/** The file's content as an in-memory database (writable, but only in memory); empty when there is no file. */
export function openSnapshot(path: string): Database.Database {
  if (!existsSync(path)) return new Database(":memory:");
  const bytes = readFileSync(path);
  // An in-memory copy cannot use WAL: mark it as a rollback-journal file, which is otherwise the same.
  for (const offset of FORMAT_BYTES) if (bytes.length > offset) bytes[offset] = LEGACY_FORMAT;
  return new Database(bytes);
}
