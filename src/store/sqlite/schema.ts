/**
 * Migrations in order; PRAGMA user_version holds how many have run. Never edit one that has shipped:
 * add the next.
 */
export const MIGRATIONS: readonly string[] = [
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
];
