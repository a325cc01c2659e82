import type Database from "better-sqlite3";
import { type Actor, type Tie, type TieEnds, ValidationError } from "../../model/index.js";
import type { ImportOptions, ImportSource } from "../graph-store.js";
import { canonicalJson, planBatch, SummaryTally } from "../import-plan.js";
import { SqliteFollowUps } from "./follow-ups.js";
import { type ActorRow, actorToRow, rowToActor, rowToTie, type TieRow, tieToRow } from "./rows.js";

export const PUT_ACTOR = `INSERT INTO actors (id, name, kind, area, gifts, interests, since, until, consent_given, consent_date, notes, custom)
  VALUES (@id, @name, @kind, @area, @gifts, @interests, @since, @until, @consent_given, @consent_date, @notes, @custom)
  ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, area = excluded.area,
    gifts = excluded.gifts, interests = excluded.interests, since = excluded.since, until = excluded.until,
    consent_given = excluded.consent_given, consent_date = excluded.consent_date, notes = excluded.notes,
    custom = excluded.custom`;

export const PUT_TIE = `INSERT INTO ties (id, source, target, type, since, until, weight, note, custom)
  VALUES (@id, @source, @target, @type, @since, @until, @weight, @note, @custom)
  ON CONFLICT (id) DO UPDATE SET source = excluded.source, target = excluded.target, type = excluded.type,
    since = excluded.since, until = excluded.until, weight = excluded.weight, note = excluded.note,
    custom = excluded.custom`;

/** One statement per batch: json_each takes the batch's ids as one parameter. */
const BY_IDS = (table: "actors" | "ties") => `SELECT * FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`;

const TIES_TOUCHING = `SELECT id, type, source, target FROM ties
  WHERE source IN (SELECT value FROM json_each(@ids)) OR target IN (SELECT value FROM json_each(@ids))`;

/** Every stored actor's kind, read row by row (not as records). */
export function storedKinds(db: Database.Database): Map<string, Pick<Actor, "kind">> {
  const kinds = new Map<string, Pick<Actor, "kind">>();
  const shared = new Map<string, Pick<Actor, "kind">>();
  for (const row of db.prepare("SELECT id, kind FROM actors").iterate() as Iterable<{ id: string; kind: string }>) {
    let entry = shared.get(row.kind);
    if (entry === undefined) {
      entry = { kind: row.kind as Actor["kind"] };
      shared.set(row.kind, entry);
    }
    kinds.set(row.id, entry);
  }
  return kinds;
}

/**
 * Whether a record, as a row, equals a stored row: column by column first (a re-import of unchanged
 * data, without parsing the stored row), and as records when a column differs, so custom attributes
 * given in another order still count as the same.
 */
function sameRow<R extends ActorRow | TieRow>(row: R, storedRow: R, toRecord: (row: R) => Actor | Tie): boolean {
  const columns = Object.keys(row) as (keyof R)[];
  if (columns.every((column) => row[column] === storedRow[column])) return true;
  return canonicalJson(toRecord(row)) === canonicalJson(toRecord(storedRow));
}

/**
 * Checks `source` and writes what it changes on `db`, which the caller has put in a transaction
 * (and rolls back when this throws). Each batch is compared with the stored records of its own
 * ids only, written with prepared statements, and the event loop runs between batches. Open
 * follow-ups proposing a tie the import records are closed.
 */
export async function importInBatches(db: Database.Database, source: ImportSource, options: ImportOptions = {}) {
  options.progress?.("checking", 0);
  const touching = db.prepare(TIES_TOUCHING);
  const issues = await source.check(
    storedKinds(db),
    async (ids) => touching.all({ ids: JSON.stringify(ids) }) as TieEnds[],
  );
  if (issues.length > 0) throw new ValidationError(issues);
  const tally = new SummaryTally();
  const actorsByIds = db.prepare(BY_IDS("actors"));
  const putActor = db.prepare(PUT_ACTOR);
  for await (const batch of source.actors()) {
    const rows = actorsByIds.all(JSON.stringify(batch.map((actor) => actor.id))) as ActorRow[];
    const stored = new Map(rows.map((row) => [row.id, row]));
    if (options.vet !== undefined) options.vet.actors(batch, new Map(rows.map((row) => [row.id, rowToActor(row)])));
    const plan = planBatch(batch, stored, (actor, row) => sameRow(actorToRow(actor), row, rowToActor));
    for (const actor of plan.changed) putActor.run(actorToRow(actor));
    tally.add("actors", plan);
    options.progress?.("actors", tally.done("actors"));
  }
  options.vet?.end();
  const tiesByIds = db.prepare(BY_IDS("ties"));
  const putTie = db.prepare(PUT_TIE);
  const followUps = new SqliteFollowUps(db);
  for await (const batch of source.ties()) {
    const rows = tiesByIds.all(JSON.stringify(batch.map((tie) => tie.id))) as TieRow[];
    const stored = new Map(rows.map((row) => [row.id, row]));
    const plan = planBatch(batch, stored, (tie, row) => sameRow(tieToRow(tie), row, rowToTie));
    for (const tie of plan.changed) putTie.run(tieToRow(tie));
    followUps.closeBy(plan.changed);
    tally.add("ties", plan);
    options.progress?.("ties", tally.done("ties"));
  }
  return tally;
}
