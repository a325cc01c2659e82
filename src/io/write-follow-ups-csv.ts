import type { FollowUp, FollowUpNote } from "../model/index.js";
import { formatCsv } from "./csv.js";

export const FOLLOW_UP_CSV_COLUMNS = [
  "id",
  "status",
  "assignee",
  "due",
  "about",
  "about_names",
  "tie_type",
  "tie_source",
  "tie_target",
  "created_at",
  "created_by",
  "updated_at",
  "closed_by_tie",
  "notes",
] as const;

function noteLine(note: FollowUpNote): string {
  const said = note.code === "closed_by_tie" ? `connected: tie ${note.tieId ?? ""} recorded` : (note.text ?? "");
  return `${note.at} ${note.author}: ${said}`;
}

/**
 * Follow-ups as one CSV table (UTF-8, RFC 4180, formula cells escaped as every export does). Lists
 * are `;`-separated like nodes.csv; notes are one line each inside their cell. `names` gives the
 * name to show for an actor id (whatever the caller may show).
 */
export function writeFollowUpsCsv(followUps: readonly FollowUp[], names: ReadonlyMap<string, string>): string {
  const rows = followUps.map((followUp) => [
    followUp.id,
    followUp.status,
    followUp.assignee,
    followUp.due ?? "",
    followUp.about.join(";"),
    followUp.about.map((id) => names.get(id) ?? id).join(";"),
    followUp.tie?.type ?? "",
    followUp.tie?.source ?? "",
    followUp.tie?.target ?? "",
    followUp.createdAt,
    followUp.createdBy,
    followUp.updatedAt,
    followUp.closedByTie ?? "",
    followUp.notes.map(noteLine).join("\n"),
  ]);
  return formatCsv(FOLLOW_UP_CSV_COLUMNS, rows);
}
