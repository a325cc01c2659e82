import type Database from "better-sqlite3";
import { type MergeResult, planMerge } from "../merge-plan.js";
import { mappingStorageErrors } from "../storage-errors.js";
import { SqliteFollowUps } from "./follow-ups.js";
import { type ActorRow, rowToActor, rowToTie, type TieRow } from "./rows.js";

/**
 * GraphStore.mergeActor on SQLite, in one transaction: the ties of `fromId` move to `intoId` under
 * their new ids (see planMerge), then `fromId` is erased as deleteActor erases (its follow-ups go
 * with it by their cascading key), and the graph version goes up by one.
 */
export function mergeActorInSqlite(db: Database.Database, path: string, fromId: string, intoId: string): MergeResult {
  const actor = (id: string) => {
    const row = db.prepare("SELECT * FROM actors WHERE id = ?").get(id) as ActorRow | undefined;
    return row === undefined ? undefined : rowToActor(row);
  };
  const result = mappingStorageErrors(path, () =>
    db.transaction(() => {
      const [from, into] = [actor(fromId), actor(intoId)];
      const touching = (
        db.prepare("SELECT * FROM ties WHERE source = ? OR target = ?").all(fromId, fromId) as TieRow[]
      ).map(rowToTie);
      const stored = db.prepare("SELECT 1 FROM ties WHERE id = ?");
      const plan = planMerge(from, into, touching, (id) => stored.get(id) !== undefined, {
        from: fromId,
        into: intoId,
      });
      const move = db.prepare("UPDATE ties SET id = @id, source = @source, target = @target WHERE id = @old");
      for (const [index, tie] of plan.put.entries()) {
        move.run({ id: tie.id, source: tie.source, target: tie.target, old: plan.moved[index]?.from });
      }
      new SqliteFollowUps(db).closeBy(plan.put);
      db.prepare("DELETE FROM actors WHERE id = ?").run(fromId);
      db.prepare("UPDATE meta SET value = value + 1 WHERE key = 'graph_version'").run();
      return { actor: into as NonNullable<typeof into>, moved: plan.moved, dropped: plan.dropped };
    })(),
  );
  // As deleteActor: the zeroed pages of the erased actor reach the file, and the WAL is emptied.
  db.pragma("wal_checkpoint(TRUNCATE)");
  return result;
}
