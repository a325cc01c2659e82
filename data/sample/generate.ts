/**
 * Generates the synthetic sample neighbourhood "Weverskwartier": data/sample/nodes.csv and ties.csv.
 *
 *   npx tsx data/sample/generate.ts
 *
 * Deterministic (own seeded PRNG, no Date, no Math.random): running it again gives byte-identical files.
 * Every person, group and organisation here is invented. The story the data tells is in README.md.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// ---------------------------------------------------------------------------------------------------
// Seeded randomness

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20240312);
const chance = (p: number): boolean => random() < p;
/** A whole number from `low` to `high`, both included. */
const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}
function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
function sample<T>(items: readonly T[], count: number): T[] {
  return shuffled(items).slice(0, count);
}
/** `weights[i]` is the relative chance of `items[i]`. */
function weighted<T>(items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let roll = random() * total;
  for (let i = 0; i < items.length; i++) {
    roll -= weights[i] ?? 0;
    if (roll < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

// ---------------------------------------------------------------------------------------------------
// Model (kept local so the generator needs nothing but Node; the throw-away check used src/model)

type Kind = "resident" | "group" | "institution" | "place";
type TieType =
  | "knows"
  | "member_of"
  | "leads"
  | "volunteers_at"
  | "works_at"
  | "client_of"
  | "partner_of"
  | "supports"
  | "meets_at";

const RULES: Record<TieType, { from: Kind[]; to: Kind[]; undirected: boolean }> = {
  knows: { from: ["resident"], to: ["resident"], undirected: true },
  member_of: { from: ["resident"], to: ["group"], undirected: false },
  leads: { from: ["resident"], to: ["group"], undirected: false },
  volunteers_at: { from: ["resident"], to: ["group", "institution"], undirected: false },
  works_at: { from: ["resident"], to: ["institution"], undirected: false },
  client_of: { from: ["resident"], to: ["institution"], undirected: false },
  partner_of: { from: ["group", "institution"], to: ["group", "institution"], undirected: true },
  supports: { from: ["institution"], to: ["group"], undirected: false },
  meets_at: { from: ["group", "institution"], to: ["place"], undirected: false },
};

const FIRST_YEAR = 2017;
const LAST_YEAR = 2025;

interface Actor {
  id: string;
  name: string;
  kind: Kind;
  area: string;
  gifts: string[];
  interests: string[];
  since?: number;
  until?: number;
  consent: string;
  notes: string;
  householdSize?: number;
}

interface Tie {
  source: string;
  target: string;
  type: TieType;
  since: number;
  until?: number;
  weight: number;
  note: string;
}

const actors = new Map<string, Actor>();
const ties: Tie[] = [];
const tieIds = new Set<string>();
/** Undirected pairs already joined by `knows`, whatever the year, so nobody "meets" twice by chance. */
const knownPairs = new Set<string>();

function actor(id: string): Actor {
  const found = actors.get(id);
  if (found === undefined) throw new Error(`unknown actor ${id}`);
  return found;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

interface TieOptions {
  since?: number;
  until?: number;
  weight?: number;
  note?: string;
}

/**
 * Adds a tie, fitted into the years both actors are present (a tie never outlives a resident who
 * moves away). Returns false, adding nothing, when no such years remain or the tie already exists.
 */
function tie(type: TieType, source: string, target: string, options: TieOptions = {}): boolean {
  const a = actor(source);
  const b = actor(target);
  const rule = RULES[type];
  if (!rule.from.includes(a.kind) || !rule.to.includes(b.kind)) {
    throw new Error(`${type} cannot join ${a.kind} ${source} to ${b.kind} ${target}`);
  }
  if (source === target) throw new Error(`self-tie ${type} ${source}`);
  const since = Math.max(options.since ?? FIRST_YEAR, a.since ?? FIRST_YEAR, b.since ?? FIRST_YEAR);
  const ends = [options.until, a.until, b.until].filter((year): year is number => year !== undefined);
  const until = ends.length > 0 ? Math.min(...ends) : undefined;
  if (until !== undefined && until < since) return false;
  if (since > LAST_YEAR) return false;
  const [x, y] = rule.undirected && target < source ? [target, source] : [source, target];
  const id = `${type}:${x}:${y}:${since}`;
  if (tieIds.has(id)) return false;
  tieIds.add(id);
  ties.push({ source, target, type, since, until, weight: options.weight ?? 1, note: options.note ?? "" });
  return true;
}

function knows(a: string, b: string, options: TieOptions = {}): boolean {
  if (a === b || knownPairs.has(pairKey(a, b))) return false;
  const added = tie("knows", a, b, options);
  if (added) knownPairs.add(pairKey(a, b));
  return added;
}

const activeIn = (a: Actor, year: number): boolean =>
  (a.since === undefined || a.since <= year) && (a.until === undefined || a.until >= year);

// ---------------------------------------------------------------------------------------------------
// Residents

const AREAS = {
  spinners: "Spinnersstraat",
  kaarders: "Kaardersstraat",
  weefhof: "Weefhof flats",
  molen: "Molenbuurt",
  linden: "the Linden estate",
  canal: "Canal Wharf",
} as const;
type AreaKey = keyof typeof AREAS;

/** Residents by id range: r001–r055 Spinnersstraat and so on; r245–r250 are professionals living elsewhere. */
const AREA_RANGES: readonly [AreaKey | "outside", number, number][] = [
  ["spinners", 1, 55],
  ["kaarders", 56, 95],
  ["weefhof", 96, 150],
  ["molen", 151, 190],
  ["linden", 191, 210],
  ["canal", 211, 244],
  ["outside", 245, 250],
];

const rid = (n: number): string => `r${String(n).padStart(3, "0")}`;
const gid = (n: number): string => `g${String(n).padStart(2, "0")}`;

const FIRST_NAMES = [
  "Anneke",
  "Bram",
  "Carla",
  "Daan",
  "Els",
  "Femke",
  "Gerrit",
  "Hanneke",
  "Ingrid",
  "Jan",
  "Joost",
  "Karin",
  "Lotte",
  "Maarten",
  "Noor",
  "Pieter",
  "Roos",
  "Sanne",
  "Thijs",
  "Willemijn",
  "Wouter",
  "Ria",
  "Kees",
  "Marieke",
  "Emma",
  "James",
  "Olivia",
  "Oliver",
  "Grace",
  "Harry",
  "Chloe",
  "Tom",
  "Sophie",
  "Daniel",
  "Lucy",
  "Ben",
  "Fatima",
  "Mohammed",
  "Yasmina",
  "Youssef",
  "Samira",
  "Hamza",
  "Ayşe",
  "Mehmet",
  "Elif",
  "Emre",
  "Zeynep",
  "Kofi",
  "Ama",
  "Kwame",
  "Priya",
  "Ravi",
  "Anjali",
  "Marta",
  "Tomasz",
  "Kasia",
  "Piotr",
  "Giulia",
  "Luca",
  "Shanice",
  "Jermaine",
  "Romano",
  "Ilse",
  "Sven",
  "Aisha",
  "Nadia",
  "Omar",
  "Lena",
  "Finn",
  "Mila",
  "Levi",
] as const;
const SURNAMES = [
  "de Vries",
  "Jansen",
  "van Dijk",
  "Bakker",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "de Groot",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "van Leeuwen",
  "Dekker",
  "Brouwer",
  "de Wit",
  "Dijkstra",
  "Smits",
  "Hughes",
  "Walker",
  "Clarke",
  "Bennett",
  "Morris",
  "Turner",
  "Fletcher",
  "O'Connor",
  "Campbell",
  "Price",
  "El Amrani",
  "Bouzid",
  "Haddou",
  "Yılmaz",
  "Kaya",
  "Demir",
  "Şahin",
  "Mensah",
  "Owusu",
  "Asante",
  "Ramdin",
  "Sewnarain",
  "Kowalski",
  "Nowak",
  "Wiśniewska",
  "Rossi",
  "Biharie",
  "Pinas",
  "Lachman",
  "Kerkhof",
] as const;

const usedNames = new Set<string>();
function personName(): string {
  for (;;) {
    const name = `${pick(FIRST_NAMES)} ${pick(SURNAMES)}`;
    if (!usedNames.has(name)) {
      usedNames.add(name);
      return name;
    }
  }
}

/** Gifts of the head, hands and heart. */
const GIFTS = [
  "bookkeeping",
  "translation",
  "tutoring",
  "writing",
  "it help",
  "paperwork help",
  "organising",
  "photography",
  "cooking",
  "baking",
  "carpentry",
  "bike repair",
  "gardening",
  "sewing",
  "painting",
  "plumbing",
  "electrics",
  "driving",
  "hairdressing",
  "listening",
  "hospitality",
  "childcare",
  "caring for elders",
  "music",
  "first aid",
  "storytelling",
  "dancing",
] as const;

const INTERESTS_BY_AREA: Record<AreaKey | "outside", readonly string[]> = {
  spinners: ["gardening", "local history", "singing", "knitting", "walking", "reading", "street parties", "music"],
  kaarders: ["chess", "card games", "local history", "walking", "gardening", "football", "fishing", "reading"],
  weefhof: ["cooking", "singing", "languages", "football", "music", "homework help", "children's play", "dancing"],
  molen: ["football", "repair", "cooking", "food waste", "crafts", "tea and talk", "music", "children's play"],
  linden: ["television", "cooking", "walking", "music", "fishing", "children's play", "crafts"],
  canal: ["running", "cycling", "board games", "languages", "clean streets", "climate", "cooking", "photography"],
  outside: ["walking", "reading"],
};

const NOTES = [
  "Retired nurse, always has the kettle on",
  'Calls the street "my village"',
  "Works night shifts",
  "Grew up on this street",
  "New to the Netherlands, learning Dutch",
  "Single parent of two",
  "Uses a wheelchair; ground floor",
  "Keeps the spare key for half the street",
  "Met at the 2019 street party",
  "Prefers to be phoned, not emailed",
] as const;

function areaOf(n: number): AreaKey | "outside" {
  for (const [area, first, last] of AREA_RANGES) if (n >= first && n <= last) return area;
  throw new Error(`no area for resident ${n}`);
}

function consentCell(a: Actor): string {
  const roll = random();
  if (roll < 0.22) return "";
  const first = Math.max(a.since ?? 2019, 2019);
  const last = Math.min(a.until ?? 2025, 2025);
  const year = int(Math.min(first, last), last);
  const date = `${year}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`;
  return `${roll < 0.92 ? "yes" : "no"} ${date}`;
}

for (let n = 1; n <= 250; n++) {
  const area = areaOf(n);
  const a: Actor = {
    id: rid(n),
    name: personName(),
    kind: "resident",
    area: area === "outside" ? "" : AREAS[area],
    gifts: [],
    interests: [],
    consent: "",
    notes: "",
    householdSize: weighted([1, 2, 3, 4, 5, 6], [30, 30, 15, 14, 8, 3]),
  };
  if (chance(0.88)) a.gifts = sample(GIFTS, weighted([1, 2, 3], [45, 40, 15])).sort();
  if (chance(0.9)) a.interests = sample(INTERESTS_BY_AREA[area], weighted([1, 2, 3], [35, 45, 20])).sort();
  if (area === "canal") {
    // The Canal Wharf apartments were completed in 2018.
    a.since = weighted([2018, 2019, 2020, 2021, 2022, 2023], [40, 30, 12, 8, 6, 4]);
    if (chance(0.12)) a.until = int(Math.max(a.since + 1, 2021), 2024);
  } else if (area !== "outside") {
    if (chance(0.12)) a.since = int(2018, 2024);
    if (chance(0.08)) a.until = int(Math.max((a.since ?? 2017) + 1, 2018), 2024);
    if (a.until !== undefined && a.until > 2024) a.until = undefined;
  }
  if (chance(0.08)) a.notes = pick(NOTES);
  a.consent = consentCell(a);
  actors.set(a.id, a);
}

function setResident(n: number, fields: Partial<Actor>): Actor {
  const a = actor(rid(n));
  Object.assign(a, fields);
  if (fields.name !== undefined) usedNames.add(fields.name);
  return a;
}

// The paid professionals (live outside the district).
const PRO = {
  worker: 245, // community worker at Buurtwerk: the only link for many
  housingOfficer: 246, // housing officer: the only person many Linden residents know
  teacher: 247,
  nurse: 248,
  librarian: 249,
  councilOfficer: 250,
} as const;
setResident(PRO.worker, {
  name: "Marloes Verhoeven",
  gifts: ["listening", "organising"],
  interests: ["walking"],
  notes: "Community worker (Buurtwerk); lives outside Weverskwartier",
});
setResident(PRO.housingOfficer, {
  name: "Dennis Achterberg",
  gifts: ["paperwork help"],
  interests: [],
  notes: "Housing officer for the Linden estate; lives outside Weverskwartier",
});
setResident(PRO.teacher, { notes: "Teacher at De Weverij primary school; lives outside Weverskwartier" });
setResident(PRO.nurse, { notes: "Practice nurse; lives outside Weverskwartier" });
setResident(PRO.librarian, { notes: "Branch librarian; lives outside Weverskwartier" });
setResident(PRO.councilOfficer, {
  name: "Hugo Lansink",
  notes: "Council district officer; lives outside Weverskwartier",
});

// Story 4: the connector, from Kaardersstraat, who moves away in 2023.
const CONNECTOR = 72;
setResident(CONNECTOR, {
  name: "Joris van Aalst",
  gifts: ["bike repair", "electrics", "organising"],
  interests: ["repair", "football", "local history"],
  since: undefined,
  until: 2023,
  notes: "Runs the repair café; knows half the district; moved to Zwolle in 2023",
});
// The single tie left between Molenbuurt and Kaardersstraat once the connector has gone.
const THIN_BRIDGE: readonly [number, number] = [163, 61];
setResident(THIN_BRIDGE[0], { since: undefined, until: undefined });
setResident(THIN_BRIDGE[1], { since: undefined, until: undefined });

// Story 2: the choir's founder (Spinnersstraat) and its later co-leader (Weefhof flats).
const CHOIR_FOUNDER = 12;
const CHOIR_COLEADER = 118;
setResident(CHOIR_FOUNDER, {
  name: "Hennie Bosch",
  gifts: ["music", "organising"],
  interests: ["singing", "music"],
  since: undefined,
  until: undefined,
  notes: "Retired music teacher; founded the choir in 2019",
});
setResident(CHOIR_COLEADER, {
  name: "Abena Mensah",
  gifts: ["music", "hospitality"],
  interests: ["singing", "languages"],
  since: undefined,
  until: undefined,
});

// Story 5: isolated residents whose interests a group shares, and a gift nobody uses.
const ISOLATED: readonly { n: number; interests: string[]; gifts: string[] }[] = [
  { n: 33, interests: ["singing", "reading"], gifts: ["sewing"] }, // choir g06
  { n: 88, interests: ["chess"], gifts: ["sign language"] }, // chess club g10; the only holder of "sign language"
  { n: 131, interests: ["gardening", "cooking"], gifts: ["baking"] }, // community garden g25, cooking club g16
  { n: 177, interests: ["repair", "food waste"], gifts: ["carpentry"] }, // community fridge g14
  { n: 229, interests: ["running"], gifts: ["photography"] }, // running group g23
  { n: 238, interests: ["board games", "languages"], gifts: ["translation"] }, // board games g24, language café g13
];
for (const { n, interests, gifts } of ISOLATED) setResident(n, { interests, gifts, until: undefined });
// Nobody else holds the "sign language" gift.
for (const a of actors.values()) {
  if (a.id !== rid(88)) a.gifts = a.gifts.filter((gift) => gift !== "sign language");
}

/** Residents whose only link to another resident is the community worker. */
const WORKER_ONLY = [8, 27, 66, 81, 104, 142, 158, 184, 217, 240] as const;

const LINDEN = Array.from({ length: 20 }, (_, i) => 191 + i);
/** Linden residents who know the housing officer and nobody else. */
const LINDEN_OFFICER_ONLY = [192, 195, 198, 201, 204, 207] as const;
/** Linden neighbours who know each other, and nobody else. */
const LINDEN_PAIRS: readonly [number, number][] = [
  [193, 194],
  [199, 200],
  [205, 206],
  [208, 209],
];
/** Linden residents with ties to institutions only (service-dependent). */
const LINDEN_SERVICE_ONLY = LINDEN.filter(
  (n) => !new Set<number>(LINDEN_OFFICER_ONLY).has(n) && !LINDEN_PAIRS.some(([a, b]) => a === n || b === n),
);
// Two Linden residents know two neighbours (a small triangle with one of the pairs).
const LINDEN_TRIANGLE: readonly [number, number][] = [
  [196, 193],
  [196, 194],
];
// Linden residents do not move away in this story, so their isolation is visible every year.
for (const n of LINDEN) {
  const a = actor(rid(n));
  a.until = undefined;
}

/** Residents kept out of the ordinary street ties and groups: their ties are set by the story. */
const RESERVED = new Set<number>([
  ...ISOLATED.map((i) => i.n),
  ...WORKER_ONLY,
  ...LINDEN,
  245,
  246,
  247,
  248,
  249,
  250,
]);

function residentsOf(area: AreaKey): number[] {
  const range = AREA_RANGES.find(([key]) => key === area);
  if (range === undefined) throw new Error(area);
  const numbers: number[] = [];
  for (let n = range[1]; n <= range[2]; n++) if (!RESERVED.has(n)) numbers.push(n);
  return numbers;
}

// ---------------------------------------------------------------------------------------------------
// Groups, institutions, places

interface GroupSpec {
  name: string;
  area: string;
  interests: string[];
  since?: number;
  until?: number;
  notes?: string;
}

const GROUPS: GroupSpec[] = [
  /* g01 */ {
    name: "Spinnersstraat street committee",
    area: AREAS.spinners,
    interests: ["street parties", "greening"],
  },
  /* g02 */ { name: "Kaardersstraat residents' association", area: AREAS.kaarders, interests: ["safety", "greening"] },
  /* g03 */ { name: "Weefhof tenants' association", area: AREAS.weefhof, interests: ["housing", "children's play"] },
  /* g04 */ {
    name: "Molenbuurt neighbours' network",
    area: AREAS.molen,
    interests: ["tea and talk", "street parties"],
  },
  /* g05 */ {
    name: "Canal Wharf residents' group",
    area: AREAS.canal,
    interests: ["clean streets", "climate"],
    since: 2019,
  },
  /* g06 */ {
    name: "Weverskoor (community choir)",
    area: "",
    interests: ["singing", "music", "languages"],
    since: 2019,
    notes: "Started in 2019 with a handful of Spinnersstraat neighbours; open to all voices",
  },
  /* g07 */ {
    name: "Repair café Weverskwartier",
    area: AREAS.kaarders,
    interests: ["repair", "food waste"],
    until: 2023,
    notes: "Stopped when its organiser moved away in 2023",
  },
  /* g08 */ { name: "Allotment society De Spoel", area: AREAS.spinners, interests: ["gardening"] },
  /* g09 */ { name: "Wednesday walking group", area: AREAS.kaarders, interests: ["walking", "local history"] },
  /* g10 */ {
    name: "Kaardersstraat chess club",
    area: AREAS.kaarders,
    interests: ["chess"],
    notes: "Meets in a member's front room; no contact with other groups or organisations",
  },
  /* g11 */ {
    name: "Parents' coffee morning",
    area: AREAS.weefhof,
    interests: ["children's play", "tea and talk"],
    since: 2018,
  },
  /* g12 */ { name: "SV Molenbuurt youth football", area: AREAS.molen, interests: ["football", "children's play"] },
  /* g13 */ {
    name: "Language café",
    area: "",
    interests: ["languages", "tea and talk"],
    since: 2018,
    notes: 'Dutch and English conversation, "no grammar, just talk"',
  },
  /* g14 */ {
    name: "Community fridge & food co-op",
    area: AREAS.molen,
    interests: ["food waste", "cooking"],
    since: 2020,
  },
  /* g15 */ { name: "Knitting circle", area: AREAS.spinners, interests: ["knitting", "crafts"] },
  /* g16 */ { name: "Friday cooking club", area: AREAS.weefhof, interests: ["cooking"] },
  /* g17 */ { name: "Weverskwartier history society", area: AREAS.spinners, interests: ["local history", "reading"] },
  /* g18 */ { name: "Bike kitchen", area: AREAS.canal, interests: ["cycling", "repair"], since: 2018 },
  /* g19 */ { name: "Women's tea afternoon", area: AREAS.molen, interests: ["tea and talk", "crafts"] },
  /* g20 */ {
    name: "Canal clean-up crew",
    area: AREAS.canal,
    interests: ["clean streets", "climate"],
    since: 2021,
  },
  /* g21 */ {
    name: "Seniors' card club",
    area: AREAS.kaarders,
    interests: ["card games"],
    until: 2022,
    notes: "Folded in 2022",
  },
  /* g22 */ { name: "Homework club", area: AREAS.weefhof, interests: ["homework help"], since: 2019 },
  /* g23 */ { name: "Weverslopers running group", area: AREAS.canal, interests: ["running"], since: 2022 },
  /* g24 */ { name: "Board games night", area: AREAS.canal, interests: ["board games"], since: 2020 },
  /* g25 */ {
    name: "Spinnershof community garden",
    area: AREAS.spinners,
    interests: ["gardening", "cooking", "greening"],
    since: 2020,
  },
];
GROUPS.forEach((spec, i) => {
  const a: Actor = {
    id: gid(i + 1),
    name: spec.name,
    kind: "group",
    area: spec.area,
    gifts: [],
    interests: spec.interests,
    consent: "",
    notes: spec.notes ?? "",
  };
  if (spec.since !== undefined) a.since = spec.since;
  if (spec.until !== undefined) a.until = spec.until;
  actors.set(a.id, a);
});

const INST = {
  council: "i01",
  housing: "i02",
  school: "i03",
  gp: "i04",
  library: "i05",
  buurtwerk: "i06",
  church: "i07",
  mosque: "i08",
  foodbank: "i09",
  bakery: "i10",
  police: "i11",
  homecare: "i12",
} as const;
const INSTITUTIONS: readonly [string, string, string, number?][] = [
  [INST.council, "Council district office Weverskwartier", "council"],
  [INST.housing, "WoonGoed Wevers, housing corporation", "housing"],
  [INST.school, "De Weverij primary school", "education"],
  [INST.gp, "Huisartsenpraktijk Spinnerij (GP practice)", "health"],
  [INST.library, "Weverskwartier library branch", "library"],
  [INST.buurtwerk, "Stichting Buurtwerk (community work)", "welfare"],
  [INST.church, "St Agnes parish", "faith"],
  [INST.mosque, "Al-Nour mosque", "faith"],
  [INST.foodbank, "Weverskwartier food bank", "welfare"],
  [INST.bakery, "Bakkerij Van Dam", "business"],
  [INST.police, "Neighbourhood police team", "safety"],
  [INST.homecare, "ThuisZorg Wevers (home care)", "health", 2019],
];
for (const [id, name, sector, since] of INSTITUTIONS) {
  const a: Actor = { id, name, kind: "institution", area: "", gifts: [], interests: [], consent: "", notes: sector };
  if (since !== undefined) a.since = since;
  actors.set(id, a);
}

const PLACE = {
  klos: "p01",
  park: "p02",
  allotments: "p03",
  libraryBuilding: "p04",
  sportsField: "p05",
  churchHall: "p06",
  quay: "p07",
  garden: "p08",
} as const;
const PLACES: readonly [string, string, string, number?][] = [
  [PLACE.klos, "De Klos community centre", AREAS.molen],
  [PLACE.park, "Lindenpark", AREAS.linden],
  [PLACE.allotments, "De Spoel allotments", AREAS.spinners],
  [PLACE.libraryBuilding, "Library building, Weversplein", ""],
  [PLACE.sportsField, "Molenveld sports field", AREAS.molen],
  [PLACE.churchHall, "St Agnes church hall", AREAS.kaarders],
  [PLACE.quay, "Canal Wharf quay", AREAS.canal],
  [PLACE.garden, "Spinnershof garden plot", AREAS.spinners, 2020],
];
for (const [id, name, area, since] of PLACES) {
  const a: Actor = { id, name, kind: "place", area, gifts: [], interests: [], consent: "", notes: "" };
  if (since !== undefined) a.since = since;
  actors.set(id, a);
}

// ---------------------------------------------------------------------------------------------------
// Ties between residents: mostly within their own street

const knowsWeight = (): number => weighted([1, 2, 3], [76, 19, 5]);
/** Most acquaintances were recorded in the first survey (2017); some are made later. */
const knowsSince = (): number => (chance(0.65) ? FIRST_YEAR : int(2018, LAST_YEAR));
const fades = (since: number): number | undefined =>
  chance(0.06) && since < LAST_YEAR ? int(since, LAST_YEAR - 1) : undefined;

for (const area of ["spinners", "kaarders", "weefhof", "molen", "canal"] as const) {
  const street = residentsOf(area);
  street.forEach((n, i) => {
    const count = int(2, 5);
    for (let k = 0; k < count; k++) {
      const j = chance(0.7) ? i + pick([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5]) : int(0, street.length - 1);
      const other = street[(j + street.length) % street.length];
      if (other === undefined || other === n) continue;
      const since = knowsSince();
      knows(rid(n), rid(other), { since, until: fades(since), weight: knowsWeight() });
    }
  });
}

/** A few acquaintances across streets, in the pairs of areas that border each other. */
function crossKnows(a: AreaKey, b: AreaKey, count: number, since?: number): void {
  let added = 0;
  for (let tries = 0; added < count && tries < 200; tries++) {
    const x = pick(residentsOf(a));
    const y = pick(residentsOf(b));
    if (x === CONNECTOR || y === CONNECTOR) continue;
    if (since !== undefined && !(activeIn(actor(rid(x)), since) && activeIn(actor(rid(y)), since))) continue;
    if (knows(rid(x), rid(y), { since: since ?? knowsSince() })) added++;
  }
}
crossKnows("spinners", "kaarders", 12);
crossKnows("weefhof", "canal", 6);
crossKnows("molen", "canal", 4);
crossKnows("molen", "weefhof", 2);
// Before the choir, one acquaintance joins the terraced streets and the flats.
crossKnows("spinners", "weefhof", 1, 2018);

// Story 4: the connector knows people in several clusters.
for (const n of sample(
  residentsOf("kaarders").filter((n) => n !== CONNECTOR),
  7,
)) {
  knows(rid(CONNECTOR), rid(n), { since: FIRST_YEAR, weight: 2 });
}
for (const n of sample(residentsOf("molen"), 7)) knows(rid(CONNECTOR), rid(n), { since: int(2017, 2019) });
for (const n of sample(residentsOf("canal"), 3)) knows(rid(CONNECTOR), rid(n), { since: 2019 });
for (const n of sample(residentsOf("spinners"), 2)) knows(rid(CONNECTOR), rid(n), { since: FIRST_YEAR });
// The one Molenbuurt–Kaardersstraat tie that does not pass through him.
knows(rid(THIN_BRIDGE[0]), rid(THIN_BRIDGE[1]), { since: 2019, note: "Old colleagues at the mill" });

// Story 1: the Linden estate.
for (const n of LINDEN) {
  tie("client_of", rid(n), INST.housing, { since: actor(rid(n)).since ?? int(2017, 2019) });
}
for (const n of LINDEN_OFFICER_ONLY) {
  knows(rid(PRO.housingOfficer), rid(n), { since: int(2017, 2021), note: "Only contact is the housing officer" });
}
for (const [a, b] of [...LINDEN_PAIRS, ...LINDEN_TRIANGLE]) knows(rid(a), rid(b), { since: int(2017, 2022) });
for (const n of sample(LINDEN, 6)) tie("client_of", rid(n), INST.foodbank, { since: int(2019, 2023) });
for (const n of sample(LINDEN_SERVICE_ONLY, 4)) tie("client_of", rid(n), INST.gp, { since: int(2017, 2021) });

// The community worker: the only link for many.
for (const n of WORKER_ONLY) {
  const since = int(2017, 2022);
  knows(rid(PRO.worker), rid(n), { since, weight: weighted([1, 2], [60, 40]) });
  tie("client_of", rid(n), INST.buurtwerk, { since });
}

// Story 5: isolated residents — no tie to a resident or group; a few see the GP or home care.
tie("client_of", rid(33), INST.homecare, { since: 2021 });
tie("client_of", rid(177), INST.foodbank, { since: 2022 });

// ---------------------------------------------------------------------------------------------------
// Groups: members, leaders, volunteers

function joinYear(group: string): number {
  const start = Math.max(actor(group).since ?? FIRST_YEAR, FIRST_YEAR);
  return chance(0.6) ? start : int(start, LAST_YEAR);
}

/** Adds `count` members from `area` (active in the year they join); some leave after a while. */
function members(group: string, area: AreaKey, count: number, years?: () => number): number[] {
  const chosen: number[] = [];
  for (const n of shuffled(residentsOf(area))) {
    if (chosen.length >= count) break;
    if (n === CONNECTOR && group !== gid(7)) continue;
    const since = years ? years() : joinYear(group);
    const a = actor(rid(n));
    if (!activeIn(a, since)) continue;
    const until = chance(0.12) && since < LAST_YEAR ? int(since, LAST_YEAR - 1) : undefined;
    if (tie("member_of", a.id, group, { since, until })) chosen.push(n);
  }
  return chosen;
}

function leads(n: number, group: string, options: TieOptions = {}): void {
  if (!tie("leads", rid(n), group, { weight: 2, ...options })) throw new Error(`leader ${n} of ${group}`);
}

/** A leader from the area, among residents present all through the years given. */
function leaderFrom(area: AreaKey, from: number, to: number): number {
  const pool = residentsOf(area).filter((n) => {
    const a = actor(rid(n));
    return n !== CONNECTOR && activeIn(a, from) && activeIn(a, to);
  });
  return pick(pool);
}

const ordinary: readonly [number, [AreaKey, number][]][] = [
  [1, [["spinners", 11]]],
  [2, [["kaarders", 10]]],
  [3, [["weefhof", 12]]],
  [4, [["molen", 12]]],
  [5, [["canal", 10]]],
  [
    8,
    [
      ["spinners", 7],
      ["kaarders", 5],
    ],
  ],
  [
    9,
    [
      ["kaarders", 6],
      ["spinners", 4],
    ],
  ],
  [10, [["kaarders", 6]]],
  [11, [["weefhof", 8]]],
  [12, [["molen", 9]]],
  [
    13,
    [
      ["weefhof", 5],
      ["canal", 5],
    ],
  ],
  [
    14,
    [
      ["molen", 5],
      ["canal", 3],
    ],
  ],
  [15, [["spinners", 7]]],
  [16, [["weefhof", 8]]],
  [
    17,
    [
      ["spinners", 5],
      ["kaarders", 5],
    ],
  ],
  [18, [["canal", 6]]],
  [19, [["molen", 7]]],
  [20, [["canal", 7]]],
  [21, [["kaarders", 6]]],
  [
    23,
    [
      ["canal", 6],
      ["weefhof", 2],
    ],
  ],
  [24, [["canal", 6]]],
  [
    25,
    [
      ["spinners", 6],
      ["kaarders", 2],
    ],
  ],
];
for (const [g, pools] of ordinary) {
  const group = gid(g);
  for (const [area, count] of pools) members(group, area, count);
  const spec = GROUPS[g - 1];
  if (spec === undefined) throw new Error(group);
  const from = Math.max(spec.since ?? FIRST_YEAR, FIRST_YEAR);
  const home = (pools[0] as [AreaKey, number])[0];
  if (g === 13) continue; // the language café's leaders are set below
  if (chance(0.25) && from + 2 < LAST_YEAR) {
    // A change of leader.
    const handover = int(from + 2, LAST_YEAR);
    const first = leaderFrom(home, from, handover - 1);
    leads(first, group, { since: from, until: handover - 1 });
    let second = leaderFrom(home, handover, spec.until ?? LAST_YEAR);
    while (second === first) second = leaderFrom(home, handover, spec.until ?? LAST_YEAR);
    leads(second, group, { since: handover });
  } else {
    leads(leaderFrom(home, from, spec.until ?? LAST_YEAR), group, { since: from });
  }
}
// Two members who left a group and came back: a second period of the same relationship.
for (const group of [gid(8), gid(16)]) {
  const former = ties.find((t) => t.type === "member_of" && t.target === group && t.until !== undefined);
  if (former?.until !== undefined && former.until + 2 <= LAST_YEAR) {
    tie("member_of", former.source, group, { since: former.until + 2, note: "Came back" });
  }
}

// The language café: led by the librarian, then by a volunteer from Canal Wharf.
tie("leads", rid(PRO.librarian), gid(13), { since: 2018, until: 2021 });
leads(leaderFrom("canal", 2022, LAST_YEAR), gid(13), { since: 2022 });

// Story 4: the connector's repair café, Kaardersstraat and Molenbuurt together, 2017–2023.
leads(CONNECTOR, gid(7), { since: FIRST_YEAR, weight: 3 });
members(gid(7), "kaarders", 6, () => int(2017, 2020));
members(gid(7), "molen", 6, () => int(2017, 2020));

// Story 2: the choir grows from a few Spinnersstraat neighbours into the bridge with the flats.
leads(CHOIR_FOUNDER, gid(6), { since: 2019, weight: 3 });
leads(CHOIR_COLEADER, gid(6), { since: 2022 });
tie("member_of", rid(CHOIR_COLEADER), gid(6), { since: 2021, until: 2021 });
const CHOIR_INTAKE: readonly [number, AreaKey, number][] = [
  [2019, "spinners", 4],
  [2020, "spinners", 2],
  [2021, "spinners", 3],
  [2021, "weefhof", 5],
  [2022, "spinners", 3],
  [2022, "weefhof", 6],
  [2022, "kaarders", 1],
  [2023, "spinners", 2],
  [2023, "weefhof", 4],
  [2024, "weefhof", 3],
  [2024, "canal", 1],
  [2025, "spinners", 1],
  [2025, "weefhof", 2],
];
const choir: number[] = [];
for (const [year, area, count] of CHOIR_INTAKE) {
  let added = 0;
  for (const n of shuffled(residentsOf(area))) {
    if (added >= count) break;
    const a = actor(rid(n));
    if (choir.includes(n) || n === CHOIR_FOUNDER || n === CHOIR_COLEADER) continue;
    // Choir members stay in the district to the end, so the bridge they form is visible in 2025.
    if (!activeIn(a, year) || !activeIn(a, LAST_YEAR)) continue;
    if (tie("member_of", a.id, gid(6), { since: year, weight: year <= 2020 ? 2 : 1 })) {
      choir.push(n);
      added++;
    }
  }
}
// Friendships made in the choir, across the two sides, from 2022.
const choirSpinners = choir.filter((n) => areaOf(n) === "spinners");
const choirWeefhof = choir.filter((n) => areaOf(n) === "weefhof");
for (let k = 0; k < 3; k++) {
  knows(rid(pick(choirSpinners)), rid(pick(choirWeefhof)), { since: int(2022, 2024), note: "Met in the choir" });
}

// Friendships made at the community fridge, Molenbuurt and Canal Wharf, from 2023.
const fridge = (area: AreaKey): string[] =>
  ties
    .filter((t) => t.type === "member_of" && t.target === gid(14) && actor(t.source).area === AREAS[area])
    .map((t) => t.source);
for (let k = 0; k < 3; k++) {
  knows(pick(fridge("molen")), pick(fridge("canal")), { since: int(2023, 2024), note: "Met at the community fridge" });
}

// Volunteers.
for (const n of sample(residentsOf("weefhof"), 5)) {
  tie("volunteers_at", rid(n), gid(22), { since: Math.max(2019, actor(rid(n)).since ?? 2019) });
}
for (const n of sample(residentsOf("molen"), 5)) {
  tie("volunteers_at", rid(n), INST.foodbank, { since: int(2017, 2022) });
}
for (const n of sample(residentsOf("spinners"), 3))
  tie("volunteers_at", rid(n), INST.library, { since: int(2017, 2021) });
for (const n of sample(residentsOf("molen"), 3)) tie("volunteers_at", rid(n), gid(14), { since: int(2020, 2022) });
for (const n of sample(residentsOf("weefhof"), 2))
  tie("volunteers_at", rid(n), INST.school, { since: int(2017, 2020) });
for (const n of sample(residentsOf("kaarders"), 2)) tie("volunteers_at", rid(n), INST.church, { since: FIRST_YEAR });

// ---------------------------------------------------------------------------------------------------
// Work and services

tie("works_at", rid(PRO.worker), INST.buurtwerk, { since: FIRST_YEAR, weight: 3 });
tie("works_at", rid(PRO.housingOfficer), INST.housing, { since: FIRST_YEAR, weight: 3 });
tie("works_at", rid(PRO.teacher), INST.school, { since: FIRST_YEAR, weight: 3 });
tie("works_at", rid(PRO.nurse), INST.gp, { since: 2018, weight: 3 });
tie("works_at", rid(PRO.librarian), INST.library, { since: FIRST_YEAR, weight: 3 });
tie("works_at", rid(PRO.councilOfficer), INST.council, { since: FIRST_YEAR, weight: 3 });
tie("works_at", rid(leaderFrom("spinners", 2017, 2025)), INST.bakery, { since: FIRST_YEAR, weight: 3 });
tie("works_at", rid(leaderFrom("weefhof", 2018, 2025)), INST.school, { since: 2018, weight: 2 });
tie("works_at", rid(leaderFrom("molen", 2019, 2025)), INST.homecare, { since: 2019, weight: 2 });
tie("works_at", rid(leaderFrom("kaarders", 2017, 2021)), INST.gp, { since: FIRST_YEAR, until: 2021, weight: 2 });

for (const n of sample([...residentsOf("weefhof"), ...residentsOf("molen")], 9)) {
  const since = int(2018, 2023);
  tie("client_of", rid(n), INST.foodbank, { since, until: chance(0.5) ? int(since, 2024) : undefined });
}
for (const n of sample(residentsOf("spinners"), 6)) {
  tie("client_of", rid(n), INST.homecare, { since: int(2019, 2024) });
}
for (const n of sample(residentsOf("weefhof"), 6)) tie("client_of", rid(n), INST.housing, { since: int(2017, 2023) });
for (const n of sample(residentsOf("molen"), 3)) tie("client_of", rid(n), INST.mosque, { since: FIRST_YEAR });

// ---------------------------------------------------------------------------------------------------
// Institutions and groups

// Story 3: the council supports most groups early and sits in the middle; some funding ends.
const COUNCIL_SUPPORT: readonly [number, number, number?][] = [
  [1, 2017],
  [2, 2017, 2023],
  [3, 2017],
  [4, 2017],
  [5, 2019],
  [7, 2017, 2023],
  [8, 2017, 2021],
  [9, 2017, 2021],
  [11, 2018, 2022],
  [12, 2017],
  [13, 2018, 2022],
  [15, 2017, 2021],
  [16, 2017, 2022],
  [17, 2017, 2022],
  [19, 2017],
  [21, 2017, 2020],
  [18, 2018, 2021],
];
for (const [g, since, until] of COUNCIL_SUPPORT) {
  tie("supports", INST.council, gid(g), { since, until, weight: g <= 4 ? 3 : weighted([1, 2], [50, 50]) });
}
for (const g of [1, 2, 3, 4]) {
  tie("partner_of", INST.council, gid(g), { since: FIRST_YEAR, until: 2021, note: "Neighbourhood platform" });
}
for (const [i, since] of [
  [INST.housing, 2017],
  [INST.buurtwerk, 2017],
  [INST.school, 2017],
  [INST.library, 2017],
  [INST.police, 2017],
  [INST.homecare, 2019],
] as const) {
  tie("partner_of", INST.council, i, { since, weight: 2 });
}
const OTHER_SUPPORT: readonly [string, number, number, number?][] = [
  [INST.library, 13, 2018],
  [INST.library, 17, 2017],
  [INST.school, 11, 2018],
  [INST.school, 22, 2019],
  [INST.housing, 3, 2017],
  [INST.housing, 25, 2020],
  [INST.buurtwerk, 14, 2020],
  [INST.buurtwerk, 6, 2021],
  [INST.buurtwerk, 19, 2017],
  [INST.buurtwerk, 5, 2019, 2022],
  [INST.mosque, 19, 2017],
  [INST.bakery, 12, 2017],
  [INST.church, 21, 2017, 2022],
];
for (const [institution, g, since, until] of OTHER_SUPPORT) {
  tie("supports", institution, gid(g), { since, until, weight: weighted([1, 2], [60, 40]) });
}
for (const [a, b, since] of [
  [INST.buurtwerk, INST.foodbank, 2017],
  [INST.housing, INST.buurtwerk, 2018],
  [INST.gp, INST.homecare, 2019],
  [INST.foodbank, gid(14), 2020],
] as const) {
  tie("partner_of", a, b, { since });
}
tie("partner_of", INST.church, INST.foodbank, { since: FIRST_YEAR, until: 2022, note: "Collections in church" });

// Story 3: groups start partnering each other from 2020 (none before).
const GROUP_PARTNERS: readonly [number, number, number, string][] = [
  [1, 25, 2020, "Greening the street together"],
  [14, 4, 2020, ""],
  [13, 11, 2020, "Conversation tables for parents"],
  [6, 1, 2021, "Sings at the street party"],
  [8, 25, 2021, "Share seeds and tools"],
  [5, 20, 2021, ""],
  [9, 17, 2021, "Heritage walks"],
  [6, 3, 2022, "Sings at the flats' summer party"],
  [3, 16, 2022, ""],
  [5, 18, 2022, ""],
  [14, 16, 2022, "Cooks with surplus food"],
  [2, 9, 2022, ""],
  [6, 13, 2023, "Songs in many languages"],
  [4, 12, 2023, ""],
  [23, 20, 2023, "Plogging"],
  [16, 22, 2023, "Meals after homework club"],
  [3, 22, 2024, ""],
  [24, 5, 2024, ""],
  [19, 14, 2024, ""],
  [15, 17, 2024, ""],
  [1, 3, 2025, "First joint plan of the two associations"],
  [23, 18, 2025, ""],
  [12, 23, 2024, "Share the sports field"],
  [19, 16, 2025, ""],
  [4, 5, 2025, ""],
  [4, 3, 2024, "Joint tenants' advice evenings"],
];
for (const [a, b, since, note] of GROUP_PARTNERS) {
  tie("partner_of", gid(a), gid(b), { since, note, weight: chance(0.3) ? 2 : 1 });
}

// Where groups and institutions meet.
const MEETS: readonly [string, string, number?, number?][] = [
  [gid(6), PLACE.churchHall, 2019, 2020],
  [gid(6), PLACE.klos, 2021],
  [gid(7), PLACE.klos],
  [gid(19), PLACE.klos],
  [gid(24), PLACE.klos],
  [gid(14), PLACE.klos, 2020],
  [INST.buurtwerk, PLACE.klos],
  [gid(9), PLACE.park],
  [gid(8), PLACE.allotments],
  [INST.library, PLACE.libraryBuilding],
  [gid(13), PLACE.libraryBuilding],
  [gid(17), PLACE.libraryBuilding],
  [gid(22), PLACE.libraryBuilding],
  [gid(12), PLACE.sportsField],
  [gid(23), PLACE.sportsField],
  [INST.church, PLACE.churchHall],
  [gid(21), PLACE.churchHall],
  [gid(15), PLACE.churchHall],
  [gid(20), PLACE.quay],
  [gid(18), PLACE.quay],
  [gid(25), PLACE.garden],
  [gid(3), PLACE.klos, 2017, 2018],
];
for (const [from, place, since, until] of MEETS) {
  tie("meets_at", from, place, { since: since ?? actor(from).since ?? FIRST_YEAR, until });
}

// ---------------------------------------------------------------------------------------------------
// Output

function cell(value: string | number | undefined): string {
  const text = value === undefined ? "" : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
const row = (cells: (string | number | undefined)[]): string => `${cells.map(cell).join(",")}\n`;

const nodeLines = [
  row(["id", "name", "kind", "area", "gifts", "interests", "since", "until", "consent", "notes", "household_size"]),
];
for (const a of actors.values()) {
  nodeLines.push(
    row([
      a.id,
      a.name,
      a.kind,
      a.area,
      a.gifts.join(";"),
      a.interests.join(";"),
      a.since,
      a.until,
      a.kind === "resident" ? a.consent : "",
      a.notes,
      a.kind === "resident" ? a.householdSize : undefined,
    ]),
  );
}

const compare = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
const TYPE_ORDER: readonly TieType[] = [
  "knows",
  "member_of",
  "leads",
  "volunteers_at",
  "works_at",
  "client_of",
  "supports",
  "partner_of",
  "meets_at",
];
const sortedTies = [...ties].sort(
  (x, y) =>
    TYPE_ORDER.indexOf(x.type) - TYPE_ORDER.indexOf(y.type) ||
    compare(x.source, y.source) ||
    compare(x.target, y.target) ||
    x.since - y.since,
);
const tieLines = [row(["source", "target", "type", "since", "until", "weight", "note"])];
for (const t of sortedTies) tieLines.push(row([t.source, t.target, t.type, t.since, t.until, t.weight, t.note]));

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));
writeFileSync(here("./nodes.csv"), nodeLines.join(""));
writeFileSync(here("./ties.csv"), tieLines.join(""));
console.log(`wrote ${actors.size} actors and ${ties.length} ties to ${here("./")}`);
