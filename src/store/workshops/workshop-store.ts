import { createHash, randomBytes, randomUUID } from "node:crypto";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { openSideDatabase } from "../sqlite/open-side-database.js";
import { mappingStorageErrors, StorageReadOnlyError } from "../storage-errors.js";
import { newJoinCode } from "./join-code.js";

export const WORKSHOPS_FILE = "workshops.db";
/** A join code works for this long after the workshop opens, unless it is closed earlier. */
export const WORKSHOP_HOURS = 12;

export type WorkshopStatus = "open" | "closed" | "expired";

export interface WorkshopRecord {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  /** YYYY-MM-DD */
  readonly date: string;
  /** ISO instants. */
  readonly openedAt: string;
  readonly expiresAt: string;
  readonly closedAt?: string;
  readonly status: WorkshopStatus;
}

export interface Participant {
  readonly id: string;
  readonly workshopId: string;
  /** 1, 2, 3 … in the order they joined: "Participant 3" when their name may not be shown. */
  readonly number: number;
  readonly joinedAt: string;
  /** Their own resident, once they added themselves (or the actor it was merged into). */
  readonly actorId?: string;
}

/** An actor or tie made while a workshop was open; `participantId` when a participant made it. */
export interface WorkshopItem {
  readonly kind: "actor" | "tie";
  readonly id: string;
  readonly participantId?: string;
}

export interface WorkshopStoreOptions {
  /** The clock deciding expiry (tests move it). */
  readonly now?: () => Date;
  /** Read only, as a read-only data folder is opened by itself: reads work, writes are refused. */
  readonly readOnly?: boolean;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS workshops (
    id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL, date TEXT NOT NULL,
    opened_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, closed_at INTEGER) STRICT;
  CREATE TABLE IF NOT EXISTS participants (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE, number INTEGER NOT NULL, joined_at INTEGER NOT NULL, actor_id TEXT) STRICT;
  CREATE TABLE IF NOT EXISTS workshop_items (
    workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('actor', 'tie')), item_id TEXT NOT NULL,
    participant_id TEXT REFERENCES participants (id) ON DELETE CASCADE,
    PRIMARY KEY (workshop_id, kind, item_id)) STRICT;
  CREATE INDEX IF NOT EXISTS workshop_items_item ON workshop_items (kind, item_id);`;

interface WorkshopRow {
  id: string;
  code: string;
  title: string;
  date: string;
  opened_at: number;
  expires_at: number;
  closed_at: number | null;
}

interface ParticipantRow {
  id: string;
  workshop_id: string;
  number: number;
  joined_at: number;
  actor_id: string | null;
}

/** Only the hash of a participant's token is stored, as for sessions. */
function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/**
 * Workshops, their participants and what was made while each was open, in a small SQLite file of
 * its own beside accounts.db: the same whether the graph lives in SQLite or Neo4j. It holds ids
 * only: a participant's name is their actor's, in the graph, so erasing the actor erases it.
 *
 * In a read-only data folder the file is read into memory: reads work, every write throws
 * StorageReadOnlyError.
 */
export class WorkshopStore {
  readonly #db: Database.Database;
  readonly #now: () => Date;
  readonly readOnly: boolean;

  constructor(
    readonly path: string,
    options: WorkshopStoreOptions = {},
  ) {
    this.#now = options.now ?? (() => new Date());
    // Erased entries are overwritten, not merely unlinked (they name actors).
    ({ db: this.#db, readOnly: this.readOnly } = openSideDatabase(path, {
      schema: SCHEMA,
      foreignKeys: true,
      secureDelete: true,
      readOnly: options.readOnly,
    }));
    if (this.readOnly) this.#db.pragma("query_only = ON");
  }

  static inDataDir(dataDir: string, options: WorkshopStoreOptions = {}): WorkshopStore {
    return new WorkshopStore(join(dataDir, WORKSHOPS_FILE), options);
  }

  /** Refuses a write before anything else is written (the graph first, then this file, would split). */
  assertWritable(): void {
    if (this.readOnly) throw new StorageReadOnlyError(this.path);
  }

  open(title: string, date: string): WorkshopRecord {
    const opened = this.#now().getTime();
    const id = randomUUID();
    this.#write(() => {
      const insert = this.#db.prepare(
        `INSERT INTO workshops (id, code, title, date, opened_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (code) DO NOTHING`,
      );
      // A code still held by another workshop (1 in 887 million per workshop stored) is drawn again.
      while (insert.run(id, newJoinCode(), title, date, opened, opened + WORKSHOP_HOURS * 3600_000).changes === 0);
    });
    return this.get(id) as WorkshopRecord;
  }

  /** Newest first; only those with `status` when given. */
  list(status?: WorkshopStatus): WorkshopRecord[] {
    const rows = this.#db.prepare("SELECT * FROM workshops ORDER BY opened_at DESC, rowid DESC").all() as WorkshopRow[];
    const workshops = rows.map((row) => this.#record(row));
    return status === undefined ? workshops : workshops.filter((workshop) => workshop.status === status);
  }

  get(id: string): WorkshopRecord | undefined {
    const row = this.#db.prepare("SELECT * FROM workshops WHERE id = ?").get(id) as WorkshopRow | undefined;
    return row === undefined ? undefined : this.#record(row);
  }

  /** `code` in its stored form (see normalJoinCode). */
  byCode(code: string): WorkshopRecord | undefined {
    const row = this.#db.prepare("SELECT * FROM workshops WHERE code = ?").get(code) as WorkshopRow | undefined;
    return row === undefined ? undefined : this.#record(row);
  }

  /** Closes it now (a closed or expired one keeps its first end); undefined when there is none. */
  closeWorkshop(id: string): WorkshopRecord | undefined {
    this.#write(() =>
      this.#db
        .prepare("UPDATE workshops SET closed_at = ? WHERE id = ? AND closed_at IS NULL")
        .run(Math.min(this.#now().getTime(), this.#expiresAt(id)), id),
    );
    return this.get(id);
  }

  /** A new participant of the workshop and the token of their cookie (stored only as a hash). */
  join(workshopId: string): { participant: Participant; token: string } {
    const token = randomBytes(32).toString("base64url");
    const id = randomUUID();
    this.#write(() => {
      const { n } = this.#db
        .prepare("SELECT count(*) AS n FROM participants WHERE workshop_id = ?")
        .get(workshopId) as {
        n: number;
      };
      this.#db
        .prepare("INSERT INTO participants (id, workshop_id, token_hash, number, joined_at) VALUES (?, ?, ?, ?, ?)")
        .run(id, workshopId, hashToken(token), n + 1, this.#now().getTime());
    });
    return { participant: this.participant(id) as Participant, token };
  }

  findParticipant(token: string): Participant | undefined {
    const row = this.#db.prepare("SELECT * FROM participants WHERE token_hash = ?").get(hashToken(token)) as
      | ParticipantRow
      | undefined;
    return row === undefined ? undefined : participantOf(row);
  }

  participant(id: string): Participant | undefined {
    const row = this.#db.prepare("SELECT * FROM participants WHERE id = ?").get(id) as ParticipantRow | undefined;
    return row === undefined ? undefined : participantOf(row);
  }

  /** In the order they joined. */
  participants(workshopId: string): Participant[] {
    const rows = this.#db
      .prepare("SELECT * FROM participants WHERE workshop_id = ? ORDER BY number")
      .all(workshopId) as ParticipantRow[];
    return rows.map(participantOf);
  }

  /** The participant's own resident, recorded with the workshop as theirs. */
  setParticipantActor(participant: Participant, actorId: string): void {
    this.#write(() => {
      this.#db.prepare("UPDATE participants SET actor_id = ? WHERE id = ?").run(actorId, participant.id);
      this.#insertItem(participant.workshopId, "actor", actorId, participant.id);
    });
  }

  /** A tie or actor a participant made. */
  recordItem(workshopId: string, item: WorkshopItem): void {
    this.#write(() => this.#insertItem(workshopId, item.kind, item.id, item.participantId));
  }

  /** Something made by anyone: counted in every workshop open now. */
  recordForOpenWorkshops(kind: WorkshopItem["kind"], id: string): void {
    const open = this.list("open");
    if (open.length === 0) return;
    this.#write(() => {
      for (const workshop of open) this.#insertItem(workshop.id, kind, id, undefined);
    });
  }

  /** A participant's own tie they took back. */
  removeItem(participant: Participant, kind: WorkshopItem["kind"], id: string): void {
    this.#write(() =>
      this.#db
        .prepare("DELETE FROM workshop_items WHERE workshop_id = ? AND kind = ? AND item_id = ? AND participant_id = ?")
        .run(participant.workshopId, kind, id, participant.id),
    );
  }

  items(workshopId: string): WorkshopItem[] {
    const rows = this.#db
      .prepare("SELECT kind, item_id, participant_id FROM workshop_items WHERE workshop_id = ? ORDER BY rowid")
      .all(workshopId) as { kind: WorkshopItem["kind"]; item_id: string; participant_id: string | null }[];
    return rows.map((row) => ({
      kind: row.kind,
      id: row.item_id,
      ...(row.participant_id === null ? {} : { participantId: row.participant_id }),
    }));
  }

  /**
   * After a merge: a participant whose resident was `from` now points at `into`, moved ties keep
   * their maker under their new ids, and `from` and the dropped ties are forgotten. `into` is not
   * recorded as made by the participant: it was there before, and they may not change it.
   */
  merged(from: string, into: string, moved: readonly { from: string; to: string }[], dropped: readonly string[]): void {
    this.#write(() => {
      this.#db.prepare("UPDATE participants SET actor_id = ? WHERE actor_id = ?").run(into, from);
      const rename = this.#db.prepare("UPDATE OR IGNORE workshop_items SET item_id = ? WHERE kind = ? AND item_id = ?");
      const forget = this.#db.prepare("DELETE FROM workshop_items WHERE kind = ? AND item_id = ?");
      forget.run("actor", from);
      for (const tie of moved) {
        rename.run(tie.to, "tie", tie.from);
        forget.run("tie", tie.from);
      }
      for (const id of dropped) forget.run("tie", id);
    });
  }

  /**
   * After an erasure: every entry naming an actor or tie that is no longer stored goes, and a
   * participant whose resident was erased has none. Returns how many entries went.
   */
  forgetMissing(isStored: (item: WorkshopItem) => boolean): number {
    const all = this.#db.prepare("SELECT rowid, kind, item_id FROM workshop_items").all() as {
      rowid: number;
      kind: WorkshopItem["kind"];
      item_id: string;
    }[];
    const gone = all.filter((row) => !isStored({ kind: row.kind, id: row.item_id }));
    const actorsGone = (
      this.#db.prepare("SELECT DISTINCT actor_id FROM participants WHERE actor_id IS NOT NULL").all() as {
        actor_id: string;
      }[]
    ).filter((row) => !isStored({ kind: "actor", id: row.actor_id }));
    if (gone.length === 0 && actorsGone.length === 0) return 0;
    this.#write(() => {
      const forget = this.#db.prepare("DELETE FROM workshop_items WHERE rowid = ?");
      for (const row of gone) forget.run(row.rowid);
      const unlink = this.#db.prepare("UPDATE participants SET actor_id = NULL WHERE actor_id = ?");
      for (const row of actorsGone) unlink.run(row.actor_id);
    });
    // As the graph store does: the zeroed pages reach the file and the WAL is emptied.
    mappingStorageErrors(this.path, () => this.#db.pragma("wal_checkpoint(TRUNCATE)"));
    return gone.length;
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  #insertItem(workshopId: string, kind: WorkshopItem["kind"], id: string, participantId: string | undefined): void {
    this.#db
      .prepare(
        `INSERT INTO workshop_items (workshop_id, kind, item_id, participant_id) VALUES (?, ?, ?, ?)
         ON CONFLICT DO UPDATE SET participant_id = coalesce(participant_id, excluded.participant_id)`,
      )
      .run(workshopId, kind, id, participantId ?? null);
  }

  #expiresAt(id: string): number {
    const row = this.#db.prepare("SELECT expires_at FROM workshops WHERE id = ?").get(id) as
      | { expires_at: number }
      | undefined;
    return row?.expires_at ?? Number.POSITIVE_INFINITY;
  }

  #record(row: WorkshopRow): WorkshopRecord {
    const now = this.#now().getTime();
    const status: WorkshopStatus = row.closed_at !== null ? "closed" : now >= row.expires_at ? "expired" : "open";
    return {
      id: row.id,
      code: row.code,
      title: row.title,
      date: row.date,
      openedAt: new Date(row.opened_at).toISOString(),
      expiresAt: new Date(row.expires_at).toISOString(),
      ...(row.closed_at === null ? {} : { closedAt: new Date(row.closed_at).toISOString() }),
      status,
    };
  }

  #write<T>(work: () => T): T {
    this.assertWritable();
    return mappingStorageErrors(this.path, () => this.#db.transaction(work)());
  }
}

function participantOf(row: ParticipantRow): Participant {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    number: row.number,
    joinedAt: new Date(row.joined_at).toISOString(),
    ...(row.actor_id === null ? {} : { actorId: row.actor_id }),
  };
}
