import { WeaveError } from "../model/index.js";

/** The disk under the data folder is full, or a size limit stopped the write; nothing was written. */
export class StorageFullError extends WeaveError {
  constructor(path: string, options?: ErrorOptions) {
    super(
      "storage_full",
      `cannot write to ${path}: the disk is full or a size limit was reached; nothing was written`,
      options,
    );
  }
}

/** The data folder or file cannot be written; reading still works where the command only reads. */
export class StorageReadOnlyError extends WeaveError {
  constructor(path: string, options?: ErrorOptions) {
    super("storage_read_only", `cannot write to ${path}: the data folder is read-only`, options);
  }
}

/** SQLite's extended result codes (better-sqlite3 puts them in `code`) that mean a full disk. */
const FULL_CODES = new Set(["SQLITE_FULL", "SQLITE_IOERR_WRITE", "SQLITE_IOERR_SHMSIZE"]);
/** …and those that mean the file or its folder cannot be written. */
const READ_ONLY_CODES = /^SQLITE_READONLY/;
/** File-system errors, when the folder itself cannot be made or written. */
const FS_FULL = new Set(["ENOSPC", "EDQUOT", "EFBIG"]);
const FS_READ_ONLY = new Set(["EROFS", "EACCES", "EPERM"]);

/** A storage failure as StorageFullError or StorageReadOnlyError; anything else unchanged. */
export function toStorageError(error: unknown, path: string): unknown {
  if (error instanceof WeaveError || !(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string") return error;
  if (FULL_CODES.has(code) || FS_FULL.has(code)) return new StorageFullError(path, { cause: error });
  if (READ_ONLY_CODES.test(code) || FS_READ_ONLY.has(code)) return new StorageReadOnlyError(path, { cause: error });
  return error;
}

/** Runs `work`, turning storage failures into the typed errors above. */
export function mappingStorageErrors<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw toStorageError(error, path);
  }
}
