import type { SampleBuilder, TieOptions } from "./builder.js";
import organisations from "./organisations.json" with { type: "json" };
import {
  AREAS,
  type AreaKey,
  areaOf,
  CHOIR_COLEADER,
  CHOIR_FOUNDER,
  CHOIR_INTAKE,
  CONNECTOR,
  FIRST_YEAR,
  gid,
  INST,
  LAST_YEAR,
  ORDINARY_GROUPS,
  PRO,
  residentsOf,
  rid,
} from "./story.js";

/** Members, leaders and volunteers of the groups, the choir's growth among them. */
export function addGroupTies(b: SampleBuilder): void {
  addOrdinaryGroups(b);
  // Two members who left a group and came back: a second period of the same relationship.
  for (const group of [gid(8), gid(16)]) {
    const former = b.tiesOf("member_of", group).find((t) => t.until !== undefined);
    if (former?.until !== undefined && former.until + 2 <= LAST_YEAR) {
      b.tie("member_of", former.source, group, { since: former.until + 2, note: "Came back" });
    }
  }
  // The language café: led by the librarian, then by a volunteer from Canal Wharf.
  b.tie("leads", rid(PRO.librarian), gid(13), { since: 2018, until: 2021 });
  leads(b, leaderFrom(b, "canal", 2022, LAST_YEAR), gid(13), { since: 2022 });
  // Story 4: the connector's repair café, Kaardersstraat and Molenbuurt together, 2017–2023.
  leads(b, CONNECTOR, gid(7), { since: FIRST_YEAR, weight: 3 });
  members(b, gid(7), "kaarders", 6, () => b.draw.int(2017, 2020));
  members(b, gid(7), "molen", 6, () => b.draw.int(2017, 2020));
  addChoir(b);
  // Friendships made at the community fridge, Molenbuurt and Canal Wharf, from 2023.
  const fridge = (area: AreaKey): string[] =>
    b
      .tiesOf("member_of", gid(14))
      .filter((t) => b.actor(t.source).area === AREAS[area])
      .map((t) => t.source);
  for (let k = 0; k < 3; k++) {
    const note = "Met at the community fridge";
    b.knows(b.draw.pick(fridge("molen")), b.draw.pick(fridge("canal")), { since: b.draw.int(2023, 2024), note });
  }
  addVolunteers(b);
}

function joinYear(b: SampleBuilder, group: string): number {
  const start = Math.max(b.actor(group).since ?? FIRST_YEAR, FIRST_YEAR);
  return b.draw.chance(0.6) ? start : b.draw.int(start, LAST_YEAR);
}

/** Adds `count` members from `area` (active in the year they join); some leave after a while. */
function members(b: SampleBuilder, group: string, area: AreaKey, count: number, years?: () => number): void {
  let chosen = 0;
  for (const n of b.draw.shuffled(residentsOf(area))) {
    if (chosen >= count) break;
    if (n === CONNECTOR && group !== gid(7)) continue;
    const since = years ? years() : joinYear(b, group);
    if (!b.active(rid(n), since)) continue;
    const until = b.draw.chance(0.12) && since < LAST_YEAR ? b.draw.int(since, LAST_YEAR - 1) : undefined;
    if (b.tie("member_of", rid(n), group, { since, until })) chosen++;
  }
}

function leads(b: SampleBuilder, n: number, group: string, options: TieOptions = {}): void {
  if (!b.tie("leads", rid(n), group, { weight: 2, ...options })) throw new Error(`leader ${n} of ${group}`);
}

/** A resident of the area, other than the connector, present all through the years given. */
export function leaderFrom(b: SampleBuilder, area: AreaKey, from: number, to: number): number {
  const pool = residentsOf(area).filter((n) => n !== CONNECTOR && b.active(rid(n), from) && b.active(rid(n), to));
  return b.draw.pick(pool);
}

function addOrdinaryGroups(b: SampleBuilder): void {
  for (const [g, pools] of ORDINARY_GROUPS) {
    const group = gid(g);
    for (const [area, count] of pools) members(b, group, area, count);
    const spec = organisations.groups[g - 1];
    const home = pools[0]?.[0];
    if (spec === undefined || home === undefined) throw new Error(group);
    if (g === 13) continue; // the language café's leaders are set apart
    const from = Math.max(spec.since ?? FIRST_YEAR, FIRST_YEAR);
    const to = spec.until ?? LAST_YEAR;
    if (b.draw.chance(0.25) && from + 2 < LAST_YEAR) {
      // A change of leader.
      const handover = b.draw.int(from + 2, LAST_YEAR);
      const first = leaderFrom(b, home, from, handover - 1);
      leads(b, first, group, { since: from, until: handover - 1 });
      let second = leaderFrom(b, home, handover, to);
      while (second === first) second = leaderFrom(b, home, handover, to);
      leads(b, second, group, { since: handover });
    } else {
      leads(b, leaderFrom(b, home, from, to), group, { since: from });
    }
  }
}

/** Story 2: the choir grows from a few Spinnersstraat neighbours into the bridge with the flats. */
function addChoir(b: SampleBuilder): void {
  const choirId = gid(6);
  leads(b, CHOIR_FOUNDER, choirId, { since: 2019, weight: 3 });
  leads(b, CHOIR_COLEADER, choirId, { since: 2022 });
  b.tie("member_of", rid(CHOIR_COLEADER), choirId, { since: 2021, until: 2021 });
  const choir: number[] = [];
  for (const [year, area, count] of CHOIR_INTAKE) {
    let added = 0;
    for (const n of b.draw.shuffled(residentsOf(area))) {
      if (added >= count) break;
      if (choir.includes(n) || n === CHOIR_FOUNDER || n === CHOIR_COLEADER) continue;
      // Choir members stay in the district to the end, so the bridge they form is visible in 2025.
      if (!b.active(rid(n), year) || !b.active(rid(n), LAST_YEAR)) continue;
      if (b.tie("member_of", rid(n), choirId, { since: year, weight: year <= 2020 ? 2 : 1 })) {
        choir.push(n);
        added++;
      }
    }
  }
  // Friendships made in the choir, across the two sides, from 2022.
  const spinners = choir.filter((n) => areaOf(n) === "spinners");
  const weefhof = choir.filter((n) => areaOf(n) === "weefhof");
  for (let k = 0; k < 3; k++) {
    const note = "Met in the choir";
    b.knows(rid(b.draw.pick(spinners)), rid(b.draw.pick(weefhof)), { since: b.draw.int(2022, 2024), note });
  }
}

function addVolunteers(b: SampleBuilder): void {
  const { draw } = b;
  for (const n of draw.sample(residentsOf("weefhof"), 5)) {
    b.tie("volunteers_at", rid(n), gid(22), { since: Math.max(2019, b.actor(rid(n)).since ?? 2019) });
  }
  for (const n of draw.sample(residentsOf("molen"), 5)) {
    b.tie("volunteers_at", rid(n), INST.foodbank, { since: draw.int(2017, 2022) });
  }
  for (const n of draw.sample(residentsOf("spinners"), 3)) {
    b.tie("volunteers_at", rid(n), INST.library, { since: draw.int(2017, 2021) });
  }
  for (const n of draw.sample(residentsOf("molen"), 3)) {
    b.tie("volunteers_at", rid(n), gid(14), { since: draw.int(2020, 2022) });
  }
  for (const n of draw.sample(residentsOf("weefhof"), 2)) {
    b.tie("volunteers_at", rid(n), INST.school, { since: draw.int(2017, 2020) });
  }
  for (const n of draw.sample(residentsOf("kaarders"), 2)) {
    b.tie("volunteers_at", rid(n), INST.church, { since: FIRST_YEAR });
  }
}
