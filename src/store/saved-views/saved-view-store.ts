import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import type Database from "better-sqlite3";
import { ConflictError, SAVED_VIEW_LIMITS, type SavedView, type SavedViewState } from "../../model/index.js";
import { openSideDatabase } from "../sqlite/open-side-database.js";
import { mappingStorageErrors, StorageReadOnlyError } from "../storage-errors.js";

export const SAVED_VIEWS_FILE = "views.db";

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS saved_views (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, state TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL);`;

interface Row {
  id: string;
  name: string;
  state: string;
  created: string;
  updated: string;
}

function toView(row: Row): SavedView {
  return {
    id: row.id,
    name: row.name,
    state: JSON.parse(row.state) as SavedViewState,
    created: row.created,
    updated: row.updated,
  };
}

/**
 * The saved views, in their own small SQLite file in the data folder beside `accounts.db`: the same
 * place whether the graph lives in SQLite or in Neo4j. They hold no personal data (actors by id only).
 * The caller validates the state's shape; this store keeps it as JSON.
 *
 * In a read-only data folder the views are read into memory: listing works, and every change
 * throws StorageReadOnlyError, as the accounts do.
 */
export class SavedViewStore {
  readonly #db: Database.Database;
  readonly readOnly: boolean;

  constructor(readonly path: string) {
    // An erased actor's id is zeroed in the file, not left in a free page (see forgetActor).
    ({ db: this.#db, readOnly: this.readOnly } = openSideDatabase(path, { schema: SCHEMA, secureDelete: true }));
  }

  static inDataDir(dataDir: string): SavedViewStore {
    return new SavedViewStore(join(dataDir, SAVED_VIEWS_FILE));
  }

  /** Beside the accounts file: the server's data folder without asking for it twice (in memory beside memory). */
  static besideFile(path: string): SavedViewStore {
    return path === ":memory:" ? new SavedViewStore(":memory:") : SavedViewStore.inDataDir(dirname(path));
  }

  list(): SavedView[] {
    const rows = this.#db.prepare("SELECT * FROM saved_views ORDER BY rowid").all() as Row[];
    return rows.map(toView);
  }

  get(id: string): SavedView | undefined {
    const row = this.#db.prepare("SELECT * FROM saved_views WHERE id = ?").get(id) as Row | undefined;
    return row === undefined ? undefined : toView(row);
  }

  add(name: string, state: SavedViewState, now = new Date()): SavedView {
    this.#writable();
    const count = (this.#db.prepare("SELECT count(*) AS n FROM saved_views").get() as { n: number }).n;
    if (count >= SAVED_VIEW_LIMITS.count) {
      throw new ConflictError(`there are already ${count} saved views; delete some before saving another`);
    }
    const at = now.toISOString();
    const view: SavedView = { id: randomBytes(9).toString("base64url"), name, state, created: at, updated: at };
    mappingStorageErrors(this.path, () =>
      this.#db
        .prepare("INSERT INTO saved_views (id, name, state, created, updated) VALUES (?, ?, ?, ?, ?)")
        .run(view.id, name, JSON.stringify(state), at, at),
    );
    return view;
  }

  /** The changed view, or undefined when there is none with that id. */
  update(id: string, change: { name?: string; state?: SavedViewState }, now = new Date()): SavedView | undefined {
    this.#writable();
    const current = this.get(id);
    if (current === undefined) return undefined;
    const next: SavedView = {
      ...current,
      name: change.name ?? current.name,
      state: change.state ?? current.state,
      updated: now.toISOString(),
    };
    mappingStorageErrors(this.path, () =>
      this.#db
        .prepare("UPDATE saved_views SET name = ?, state = ?, updated = ? WHERE id = ?")
        .run(next.name, JSON.stringify(next.state), next.updated, id),
    );
    return next;
  }

  /** False when there was none. */
  remove(id: string): boolean {
    this.#writable();
    return mappingStorageErrors(
      this.path,
      () => this.#db.prepare("DELETE FROM saved_views WHERE id = ?").run(id).changes > 0,
    );
  }

  /**
   * After an actor is erased: no saved view keeps its id as the focus, and the WAL's older copies of
   * those rows go too, as the graph store does on erasure.
   */
  forgetActor(id: string): void {
    if (this.readOnly) return;
    mappingStorageErrors(this.path, () => {
      const changed = this.#db
        .prepare(
          "UPDATE saved_views SET state = json_remove(state, '$.actor') WHERE json_extract(state, '$.actor') = ?",
        )
        .run(id).changes;
      if (changed > 0) this.#db.pragma("wal_checkpoint(TRUNCATE)");
    });
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  #writable(): void {
    if (this.readOnly) throw new StorageReadOnlyError(this.path);
  }
}
