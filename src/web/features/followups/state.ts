import type { Actor, ActorKind, FollowUp, FollowUpStatus, ProposedTie, TieType } from "../../../model/index.js";

export type FollowUpScope = "mine" | "everyone";

export interface FollowUpListState {
  readonly scope: FollowUpScope;
  /** Undefined: every status. */
  readonly status: FollowUpStatus | undefined;
}

export const INITIAL_LIST_STATE: FollowUpListState = { scope: "mine", status: undefined };

export const setScope =
  (scope: FollowUpScope) =>
  (state: FollowUpListState): FollowUpListState => ({ ...state, scope });

export const setStatusFilter =
  (status: FollowUpStatus | undefined) =>
  (state: FollowUpListState): FollowUpListState => ({ ...state, status });

/** Today as YYYY-MM-DD in the reader's own calendar, the form due dates take. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const CLOSED: ReadonlySet<FollowUpStatus> = new Set(["connected", "declined"]);

/** Past its due date and still waiting on someone (not connected or declined). */
export function isOverdue(followUp: FollowUp, today: string): boolean {
  return followUp.due !== undefined && followUp.due < today && !CLOSED.has(followUp.status);
}

/**
 * What the panel lists: the chosen scope and status, overdue first (longest overdue on top), then
 * by due date (undated last), then newest first.
 */
export function followUpsToShow(
  followUps: readonly FollowUp[],
  state: FollowUpListState,
  me: string | undefined,
  today: string,
): FollowUp[] {
  const shown = followUps.filter(
    (followUp) =>
      (state.scope === "everyone" || followUp.assignee === me) &&
      (state.status === undefined || followUp.status === state.status),
  );
  const dueKey = (followUp: FollowUp) => followUp.due ?? "9999-99-99";
  return shown.sort((a, b) => {
    const overdue = Number(isOverdue(b, today)) - Number(isOverdue(a, today));
    if (overdue !== 0) return overdue;
    const due = dueKey(a).localeCompare(dueKey(b));
    return due !== 0 ? due : b.createdAt.localeCompare(a.createdAt);
  });
}

/** How many follow-ups the scope holds per status, for the filter's labels. */
export function countByStatus(
  followUps: readonly FollowUp[],
  scope: FollowUpScope,
  me: string | undefined,
): Map<FollowUpStatus, number> {
  const counts = new Map<FollowUpStatus, number>();
  for (const followUp of followUps) {
    if (scope === "mine" && followUp.assignee !== me) continue;
    counts.set(followUp.status, (counts.get(followUp.status) ?? 0) + 1);
  }
  return counts;
}

const POSITIVE_TIE: Readonly<Record<string, TieType>> = {
  "resident:resident": "knows",
  "resident:group": "member_of",
  "resident:institution": "volunteers_at",
  "group:group": "partner_of",
  "group:institution": "partner_of",
  "institution:institution": "partner_of",
  "institution:group": "supports",
  "group:place": "meets_at",
  "institution:place": "meets_at",
  "resident:place": "visits",
};

/**
 * The tie an introduction between two actors would record: the one type that fits their kinds and
 * is not a needs-based tie (a resident and an institution: volunteering, not being a client). Ends
 * are turned round when the type runs the other way. Undefined when no type fits (a place and a place).
 */
export function proposedTieFor(
  [a, b]: readonly [string, string],
  kindOf: (id: string) => ActorKind | undefined,
): ProposedTie | undefined {
  const [kindA, kindB] = [kindOf(a), kindOf(b)];
  if (kindA === undefined || kindB === undefined) return undefined;
  const forward = POSITIVE_TIE[`${kindA}:${kindB}`];
  if (forward !== undefined) return { type: forward, source: a, target: b };
  const backward = POSITIVE_TIE[`${kindB}:${kindA}`];
  return backward === undefined ? undefined : { type: backward, source: b, target: a };
}

export interface FollowUpYear {
  readonly year: number;
  /** Follow-ups started that year. */
  readonly made: number;
  /** Ties recorded that year that a follow-up had proposed ("the circle made bigger"). */
  readonly connected: number;
}

/** Per calendar year, follow-ups made and the ties that came of them, in year order. */
export function followUpsByYear(followUps: readonly FollowUp[]): FollowUpYear[] {
  const years = new Map<number, { made: number; connected: number }>();
  const at = (year: number) => {
    const entry = years.get(year) ?? { made: 0, connected: 0 };
    years.set(year, entry);
    return entry;
  };
  for (const followUp of followUps) {
    at(Number(followUp.createdAt.slice(0, 4))).made++;
    if (followUp.closedByTie === undefined) continue;
    const closing = followUp.notes.find((note) => note.code === "closed_by_tie");
    at(Number((closing?.at ?? followUp.updatedAt).slice(0, 4))).connected++;
  }
  return [...years].sort(([a], [b]) => a - b).map(([year, counts]) => ({ year, ...counts }));
}

/** Names for a follow-up's actors, in order, as the view may show them. */
export function aboutNames(followUp: FollowUp, nameOf: (id: string) => string): string {
  return followUp.about.map(nameOf).join(" – ");
}

/** The kind of an actor, or undefined when the graph does not hold it (a later year, erased). */
export const kindFrom =
  (actor: (id: string) => Actor | undefined) =>
  (id: string): ActorKind | undefined =>
    actor(id)?.kind;

/**
 * The follow-up a finding becomes: about the actors it names (at most ten), proposing the tie when
 * it is an introduction between two (a suggestion, which carries `introducer`). A finding that names its
 * tie itself (`tie`) is taken at its word.
 */
export function followUpOfFinding(
  finding: { readonly actors: readonly string[]; readonly introducer?: string | null; readonly tie?: ProposedTie },
  kindOf: (id: string) => ActorKind | undefined,
): { readonly about: readonly string[]; readonly tie?: ProposedTie } {
  const about = finding.actors.slice(0, 10);
  const [a, b] = finding.actors;
  const tie =
    finding.tie ??
    ("introducer" in finding && finding.actors.length === 2 && a !== undefined && b !== undefined
      ? proposedTieFor([a, b], kindOf)
      : undefined);
  return tie === undefined ? { about } : { about, tie };
}
