import { mulberry32 } from "../../src/analysis/rng.js";
import type { Actor, ActorKind, Network, Tie, TieType } from "../../src/model/index.js";
import { tieId } from "../../src/model/index.js";

const TAGS = [
  "gardening",
  "cooking",
  "music",
  "singing",
  "chess",
  "football",
  "running",
  "reading",
  "crafts",
  "repair",
  "languages",
  "children's play",
  "local history",
  "walking",
  "cycling",
  "painting",
  "tea and talk",
  "climate",
  "board games",
  "dance",
  "photography",
  "knitting",
  "fishing",
  "computers",
  "yoga",
  "theatre",
  "film",
  "bees",
  "birds",
  "baking",
];
const FIRST_YEAR = 2019;
const LAST_YEAR = 2023;

/**
 * A synthetic neighbourhood of `size` actors for benchmarks: 85 % residents, 8 % groups, 4 %
 * institutions, 3 % places, in 12 areas; about four ties per actor of every type, with start and
 * end years between 2019 and 2023. The same seed gives the same network.
 */
export function generateNetwork(size: number, seed = 42): Network {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const tags = (count: number) => [...new Set(Array.from({ length: count }, () => pick(TAGS)))];
  const kindAt = (i: number): ActorKind => {
    const share = i / size;
    if (share < 0.85) return "resident";
    if (share < 0.93) return "group";
    if (share < 0.97) return "institution";
    return "place";
  };
  const actors: Actor[] = Array.from({ length: size }, (_, i) => ({
    id: `A${i}`,
    name: `Actor ${i}`,
    kind: kindAt(i),
    area: `area ${Math.floor(random() * 12)}`,
    gifts: kindAt(i) === "resident" ? tags(1 + Math.floor(random() * 2)) : [],
    interests: kindAt(i) === "place" ? [] : tags(1 + Math.floor(random() * 3)),
    custom: {},
  }));
  const byKind = (kind: ActorKind) => actors.filter((actor) => actor.kind === kind);
  const residents = byKind("resident");
  const groups = byKind("group");
  const institutions = byKind("institution");
  const places = byKind("place");
  const byArea = new Map<string, Actor[]>();
  for (const resident of residents)
    byArea.set(resident.area ?? "", [...(byArea.get(resident.area ?? "") ?? []), resident]);
  const ties = new Map<string, Tie>();
  const add = (source: Actor, target: Actor, type: TieType) => {
    if (source.id === target.id) return;
    const since = random() < 0.5 ? FIRST_YEAR : FIRST_YEAR + Math.floor(random() * (LAST_YEAR - FIRST_YEAR + 1));
    const until = random() < 0.8 ? undefined : since + Math.floor(random() * (LAST_YEAR - since + 1));
    const id = tieId(type, source.id, target.id, since);
    const weight = 1 + Math.floor(random() * 3);
    ties.set(id, { id, source: source.id, target: target.id, type, since, until, weight, custom: {} });
  };
  for (const resident of residents) {
    const neighbours = byArea.get(resident.area ?? "") ?? residents;
    for (let k = 0; k < 2; k++) add(resident, random() < 0.85 ? pick(neighbours) : pick(residents), "knows");
    const roll = random();
    if (roll < 0.55) add(resident, pick(groups), random() < 0.1 ? "leads" : "member_of");
    if (roll < 0.15) add(resident, pick(groups), "member_of");
    if (random() < 0.25) add(resident, pick(institutions), "client_of");
    if (random() < 0.05) add(resident, pick(institutions), "works_at");
    if (random() < 0.08) add(resident, random() < 0.5 ? pick(groups) : pick(institutions), "volunteers_at");
  }
  for (const group of groups) {
    if (random() < 0.6) add(group, pick([...groups, ...institutions]), "partner_of");
    add(group, pick(places), "meets_at");
  }
  for (const institution of institutions) {
    for (let k = 0; k < 3; k++) add(institution, pick(groups), "supports");
    if (random() < 0.5) add(institution, pick(places), "meets_at");
  }
  return { actors, ties: [...ties.values()] };
}

/** generateNetwork's network topped up with `knows` ties between residents to `ties` ties in all. */
export function generateNetworkWithTies(actors: number, ties: number): Network {
  const network = generateNetwork(actors);
  const random = mulberry32(7);
  const residents = network.actors.filter((actor) => actor.kind === "resident").map((actor) => actor.id);
  const extra: Tie[] = [];
  const seen = new Set(network.ties.map((tie) => tie.id));
  while (network.ties.length + extra.length < ties) {
    const [a, b] = [
      residents[Math.floor(random() * residents.length)],
      residents[Math.floor(random() * residents.length)],
    ];
    if (a === undefined || b === undefined || a === b) continue;
    const [source, target] = a < b ? [a, b] : [b, a];
    const since = 2019 + Math.floor(random() * 5);
    const id = tieId("knows", source, target, since);
    if (seen.has(id)) continue;
    seen.add(id);
    extra.push({ id, source, target, type: "knows", since, weight: 1, custom: {} });
  }
  return { actors: network.actors, ties: [...network.ties, ...extra] };
}
