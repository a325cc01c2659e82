import type Database from "better-sqlite3";
import { type StoredTieKey, tieIdRenames } from "../legacy-tie-ids.js";

/** SQL to run, or a step that needs code; each runs inside the one transaction of `init`. */
export type Migration = string | ((db: Database.Database) => void);

/**
 * Schema 2: tie ids whose ends hold `%` or `:` get their encoded, unambiguous form (see tieId).
 * A new id may be held by a tie that moves later in the same pass, so passes repeat until nothing
 * moves; a tie whose new id the data gave to another tie keeps its old, still unique, id.
 */
function encodeTieIds(db: Database.Database): void {
  const rows = db
    .prepare("SELECT id, type, source, target, since FROM ties WHERE source GLOB '*[%:]*' OR target GLOB '*[%:]*'")
    .all() as (Omit<StoredTieKey, "since"> & { since: number | null })[];
  const rename = db.prepare("UPDATE OR IGNORE ties SET id = ? WHERE id = ?");
  let pending = tieIdRenames(rows.map((row) => ({ ...row, since: row.since ?? undefined })));
  const total = pending.length;
  for (let moved = true; moved; ) {
    const left = pending.filter(({ from, to }) => rename.run(to, from).changes === 0);
    moved = left.length < pending.length;
    pending = left;
  }
  if (pending.length < total) db.prepare("UPDATE meta SET value = value + 1 WHERE key = 'graph_version'").run();
}

/**
 * Migrations in order; PRAGMA user_version holds how many have run. Never edit one that has shipped:
 * add the next.
 */
export const MIGRATIONS: readonly Migration[] = [
  `CREATE TABLE actors (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('resident', 'group', 'institution', 'place')),
     area TEXT,
     gifts TEXT NOT NULL DEFAULT '[]',
     interests TEXT NOT NULL DEFAULT '[]',
     since INTEGER,
     until INTEGER,
     consent_given INTEGER,
     consent_date TEXT,
     notes TEXT,
     custom TEXT NOT NULL DEFAULT '{}'
   ) STRICT;
   CREATE TABLE ties (
     id TEXT PRIMARY KEY,
     source TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
     target TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
     type TEXT NOT NULL,
     since INTEGER,
     until INTEGER,
     weight INTEGER NOT NULL DEFAULT 1,
     note TEXT,
     custom TEXT NOT NULL DEFAULT '{}',
     CHECK (source <> target)
   ) STRICT;
   CREATE INDEX ties_source ON ties(source);
   CREATE INDEX ties_target ON ties(target);
   CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT;
   INSERT INTO meta (key, value) VALUES ('graph_version', 0);`,
  encodeTieIds,
  // Weights are any positive number (co-occurrence counts, hours…), no longer 1–3: REAL, rows kept in order.
  `CREATE TABLE ties_real (
     id TEXT PRIMARY KEY,
     source TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
     target TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
     type TEXT NOT NULL,
     since INTEGER,
     until INTEGER,
     weight REAL NOT NULL DEFAULT 1,
     note TEXT,
     custom TEXT NOT NULL DEFAULT '{}',
     CHECK (source <> target)
   ) STRICT;
   INSERT INTO ties_real (rowid, id, source, target, type, since, until, weight, note, custom)
     SELECT rowid, id, source, target, type, since, until, weight, note, custom FROM ties ORDER BY rowid;
   DROP TABLE ties;
   ALTER TABLE ties_real RENAME TO ties;
   CREATE INDEX ties_source ON ties(source);
   CREATE INDEX ties_target ON ties(target);`,
  // Follow-ups. follow_up_actors lists every actor one names (what it is about, the ends of the tie
  // it proposes); erasing any of them removes the follow-up through the trigger.
  `CREATE TABLE follow_ups (
     id TEXT PRIMARY KEY,
     about TEXT NOT NULL,
     assignee TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('to_contact', 'introduced', 'connected', 'declined', 'not_now')),
     due TEXT,
     tie_type TEXT,
     tie_source TEXT,
     tie_target TEXT,
     notes TEXT NOT NULL DEFAULT '[]',
     created_at TEXT NOT NULL,
     created_by TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     closed_by_tie TEXT
   ) STRICT;
   CREATE TABLE follow_up_actors (
     follow_up_id TEXT NOT NULL REFERENCES follow_ups(id) ON DELETE CASCADE,
     actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
     PRIMARY KEY (follow_up_id, actor_id)
   ) STRICT;
   CREATE INDEX follow_up_actors_actor ON follow_up_actors(actor_id);
   CREATE INDEX follow_ups_open_ties ON follow_ups(tie_type) WHERE status <> 'connected';
   CREATE TRIGGER follow_ups_go_with_their_actors AFTER DELETE ON follow_up_actors
   BEGIN
     DELETE FROM follow_ups WHERE id = OLD.follow_up_id;
   END;`,
];
