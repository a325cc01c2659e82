import {
  type Actor,
  type ActorKind,
  isActiveIn,
  type Network,
  TIE_RULES,
  type Tie,
  type TieType,
  tieId,
  withoutUndefined,
} from "../../src/model/index.js";
import { Draws } from "./draws.js";
import { FIRST_YEAR, LAST_YEAR, SEED } from "./story.js";

/** An actor while the story is still being written: every field can change until the network is built. */
export interface DraftActor {
  id: string;
  name: string;
  kind: ActorKind;
  area: string;
  gifts: string[];
  interests: string[];
  since?: number | undefined;
  until?: number | undefined;
  /** As written in the CSV: `yes 2024-03-12`, `no 2023-01-05` or empty. */
  consent: string;
  notes: string;
  householdSize?: number;
}

interface DraftTie {
  source: string;
  target: string;
  type: TieType;
  since: number;
  until: number | undefined;
  weight: number;
  note: string;
}

export interface TieOptions {
  since?: number;
  until?: number | undefined;
  weight?: number;
  note?: string;
}

/** The order ties are written in: by type, then source, target and start. */
const TIE_ORDER: readonly TieType[] = [
  "knows",
  "member_of",
  "leads",
  "volunteers_at",
  "works_at",
  "client_of",
  "supports",
  "partner_of",
  "meets_at",
  "visits",
];

const compare = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The actors and ties of the sample as they are drawn, and the tie rules they must keep. */
export class SampleBuilder {
  readonly draw = new Draws(SEED);
  readonly actors = new Map<string, DraftActor>();
  private readonly ties: DraftTie[] = [];
  private readonly tieIds = new Set<string>();
  /** Undirected pairs already joined by `knows`, whatever the year, so nobody "meets" twice by chance. */
  private readonly knownPairs = new Set<string>();
  readonly usedNames = new Set<string>();

  add(actor: DraftActor): void {
    this.actors.set(actor.id, actor);
  }

  actor(id: string): DraftActor {
    const found = this.actors.get(id);
    if (found === undefined) throw new Error(`unknown actor ${id}`);
    return found;
  }

  active(id: string, year: number): boolean {
    return isActiveIn(this.actor(id), year);
  }

  tiesOf(type: TieType, target: string): readonly DraftTie[] {
    return this.ties.filter((t) => t.type === type && t.target === target);
  }

  /**
   * Adds a tie, fitted into the years both actors are present (a tie never outlives a resident who
   * moves away). Returns false, adding nothing, when no such years remain or the tie already exists.
   */
  tie(type: TieType, source: string, target: string, options: TieOptions = {}): boolean {
    const a = this.actor(source);
    const b = this.actor(target);
    const rule = TIE_RULES[type];
    if (!rule.sources.includes(a.kind) || !rule.targets.includes(b.kind)) {
      throw new Error(`${type} cannot join ${a.kind} ${source} to ${b.kind} ${target}`);
    }
    if (source === target) throw new Error(`self-tie ${type} ${source}`);
    const since = Math.max(options.since ?? FIRST_YEAR, a.since ?? FIRST_YEAR, b.since ?? FIRST_YEAR);
    const ends = [options.until, a.until, b.until].filter((year): year is number => year !== undefined);
    const until = ends.length > 0 ? Math.min(...ends) : undefined;
    if (until !== undefined && until < since) return false;
    if (since > LAST_YEAR) return false;
    const id = tieId(type, source, target, since);
    if (this.tieIds.has(id)) return false;
    this.tieIds.add(id);
    this.ties.push({ source, target, type, since, until, weight: options.weight ?? 1, note: options.note ?? "" });
    return true;
  }

  knows(a: string, b: string, options: TieOptions = {}): boolean {
    if (a === b || this.knownPairs.has(pairKey(a, b))) return false;
    const added = this.tie("knows", a, b, options);
    if (added) this.knownPairs.add(pairKey(a, b));
    return added;
  }

  /** The drafts as Weave's model: actors in the order drawn, ties in the order they are written. */
  network(): Network {
    const actors = [...this.actors.values()].map(toActor);
    const ties = [...this.ties]
      .sort(
        (x, y) =>
          TIE_ORDER.indexOf(x.type) - TIE_ORDER.indexOf(y.type) ||
          compare(x.source, y.source) ||
          compare(x.target, y.target) ||
          x.since - y.since,
      )
      .map(toTie);
    return { actors, ties };
  }
}

function toActor(draft: DraftActor): Actor {
  const resident = draft.kind === "resident";
  const [answer, date] = draft.consent.split(" ");
  return withoutUndefined<Actor>({
    id: draft.id,
    name: draft.name,
    kind: draft.kind,
    area: draft.area || undefined,
    gifts: draft.gifts,
    interests: draft.interests,
    since: draft.since,
    until: draft.until,
    consent: resident && answer ? withoutUndefined({ given: answer === "yes", date }) : undefined,
    notes: draft.notes || undefined,
    custom: resident && draft.householdSize !== undefined ? { household_size: draft.householdSize } : {},
  });
}

function toTie(draft: DraftTie): Tie {
  return withoutUndefined<Tie>({
    id: tieId(draft.type, draft.source, draft.target, draft.since),
    source: draft.source,
    target: draft.target,
    type: draft.type,
    since: draft.since,
    until: draft.until,
    weight: draft.weight,
    note: draft.note || undefined,
    custom: {},
  });
}
