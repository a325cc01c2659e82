import type Database from "better-sqlite3";
import {
  applyFollowUpChange,
  assertFollowUp,
  assertFollowUpChange,
  ConflictError,
  closeFollowUps,
  type FollowUp,
  type FollowUpChange,
  type FollowUpFilter,
  type FollowUpNote,
  type FollowUpStatus,
  followUpActorIds,
  NotFoundError,
  type Tie,
  type TieType,
  withoutUndefined,
} from "../../model/index.js";

interface FollowUpRow {
  id: string;
  about: string;
  assignee: string;
  status: string;
  due: string | null;
  tie_type: string | null;
  tie_source: string | null;
  tie_target: string | null;
  notes: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  closed_by_tie: string | null;
}

function toRow(followUp: FollowUp): FollowUpRow {
  return {
    id: followUp.id,
    about: JSON.stringify(followUp.about),
    assignee: followUp.assignee,
    status: followUp.status,
    due: followUp.due ?? null,
    tie_type: followUp.tie?.type ?? null,
    tie_source: followUp.tie?.source ?? null,
    tie_target: followUp.tie?.target ?? null,
    notes: JSON.stringify(followUp.notes),
    created_at: followUp.createdAt,
    created_by: followUp.createdBy,
    updated_at: followUp.updatedAt,
    closed_by_tie: followUp.closedByTie ?? null,
  };
}

function fromRow(row: FollowUpRow): FollowUp {
  return withoutUndefined({
    id: row.id,
    about: JSON.parse(row.about) as string[],
    assignee: row.assignee,
    status: row.status as FollowUpStatus,
    due: row.due ?? undefined,
    tie:
      row.tie_type === null
        ? undefined
        : { type: row.tie_type as TieType, source: row.tie_source as string, target: row.tie_target as string },
    notes: JSON.parse(row.notes) as FollowUpNote[],
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    closedByTie: row.closed_by_tie ?? undefined,
  });
}

/**
 * Follow-ups in the SQLite file. Methods are synchronous and run inside the caller's transaction,
 * so closing follow-ups commits with the ties that close them.
 */
export class SqliteFollowUps {
  constructor(readonly db: Database.Database) {}

  list(filter: FollowUpFilter = {}): FollowUp[] {
    // Each condition holds when its parameter is null, so one statement serves every filter.
    const sql = `SELECT f.* FROM follow_ups f
      WHERE (@assignee IS NULL OR f.assignee = @assignee) AND (@status IS NULL OR f.status = @status)
        AND (@about IS NULL OR EXISTS (SELECT 1 FROM follow_up_actors a WHERE a.follow_up_id = f.id AND a.actor_id = @about))
      ORDER BY f.created_at DESC, f.rowid DESC`;
    const params = { assignee: filter.assignee ?? null, status: filter.status ?? null, about: filter.about ?? null };
    return (this.db.prepare(sql).all(params) as FollowUpRow[]).map(fromRow);
  }

  get(id: string): FollowUp | undefined {
    const row = this.db.prepare("SELECT * FROM follow_ups WHERE id = ?").get(id) as FollowUpRow | undefined;
    return row === undefined ? undefined : fromRow(row);
  }

  create(followUp: FollowUp): void {
    assertFollowUp(followUp);
    const ids = followUpActorIds(followUp);
    const known = this.db.prepare("SELECT 1 FROM actors WHERE id = ?");
    const missing = ids.find((id) => known.get(id) === undefined);
    if (missing !== undefined) throw new NotFoundError("actor", missing);
    if (this.get(followUp.id) !== undefined) throw new ConflictError(`a follow-up "${followUp.id}" already exists`);
    this.db
      .prepare(
        `INSERT INTO follow_ups (id, about, assignee, status, due, tie_type, tie_source, tie_target, notes, created_at, created_by, updated_at, closed_by_tie)
         VALUES (@id, @about, @assignee, @status, @due, @tie_type, @tie_source, @tie_target, @notes, @created_at, @created_by, @updated_at, @closed_by_tie)`,
      )
      .run(toRow(followUp));
    const link = this.db.prepare("INSERT INTO follow_up_actors (follow_up_id, actor_id) VALUES (?, ?)");
    for (const id of ids) link.run(followUp.id, id);
  }

  update(id: string, change: FollowUpChange, at: string): FollowUp | undefined {
    assertFollowUpChange(change);
    const stored = this.get(id);
    if (stored === undefined) return undefined;
    const updated = applyFollowUpChange(stored, change, at);
    this.#put(updated);
    return updated;
  }

  deleteAbout(actorId: string): number {
    return this.db
      .prepare("DELETE FROM follow_ups WHERE id IN (SELECT follow_up_id FROM follow_up_actors WHERE actor_id = ?)")
      .run(actorId).changes;
  }

  /** Closes the open follow-ups these ties fulfil (see closeFollowUps). */
  closeBy(ties: readonly Tie[]): void {
    if (ties.length === 0) return;
    const types = [...new Set(ties.map((tie) => tie.type))];
    const open = (
      this.db
        .prepare(
          `SELECT * FROM follow_ups WHERE status <> 'connected' AND tie_type IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(types)) as FollowUpRow[]
    ).map(fromRow);
    for (const closed of closeFollowUps(open, ties, new Date().toISOString())) this.#put(closed);
  }

  #put(followUp: FollowUp): void {
    this.db
      .prepare(
        `UPDATE follow_ups SET assignee = @assignee, status = @status, due = @due, notes = @notes,
           updated_at = @updated_at, closed_by_tie = @closed_by_tie WHERE id = @id`,
      )
      .run(toRow(followUp));
  }
}
