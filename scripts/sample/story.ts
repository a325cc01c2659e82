/**
 * The story of Weverskwartier as data: who lives where, who plays which part, and what happens in
 * which year. data/sample/README.md tells it in words; test/sample/story.test.ts checks it holds.
 */

export const SEED = 20240312;
export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2025;

export const AREAS = {
  spinners: "Spinnersstraat",
  kaarders: "Kaardersstraat",
  weefhof: "Weefhof flats",
  molen: "Molenbuurt",
  linden: "the Linden estate",
  canal: "Canal Wharf",
} as const;
export type AreaKey = keyof typeof AREAS;

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

export const rid = (n: number): string => `r${String(n).padStart(3, "0")}`;
export const gid = (n: number): string => `g${String(n).padStart(2, "0")}`;

export function areaOf(n: number): AreaKey | "outside" {
  for (const [area, first, last] of AREA_RANGES) if (n >= first && n <= last) return area;
  throw new Error(`no area for resident ${n}`);
}

// The paid professionals (live outside the district).
export const PRO = {
  worker: 245, // community worker at Buurtwerk: the only link for many
  housingOfficer: 246, // housing officer: the only person many Linden residents know
  teacher: 247,
  nurse: 248,
  librarian: 249,
  councilOfficer: 250,
} as const;

// Story 4: the connector, from Kaardersstraat, who moves away in 2023.
export const CONNECTOR = 72;
// The single tie left between Molenbuurt and Kaardersstraat once the connector has gone.
export const THIN_BRIDGE: readonly [number, number] = [163, 61];

// Story 2: the choir's founder (Spinnersstraat) and its later co-leader (Weefhof flats).
export const CHOIR_FOUNDER = 12;
export const CHOIR_COLEADER = 118;

// Story 5: isolated residents whose interests a group shares, and a gift nobody uses.
export const ISOLATED: readonly { n: number; interests: string[]; gifts: string[] }[] = [
  { n: 33, interests: ["singing", "reading"], gifts: ["sewing"] }, // choir g06
  { n: 88, interests: ["chess"], gifts: ["sign language"] }, // chess club g10; the only holder of "sign language"
  { n: 131, interests: ["gardening", "cooking"], gifts: ["baking"] }, // community garden g25, cooking club g16
  { n: 177, interests: ["repair", "food waste"], gifts: ["carpentry"] }, // community fridge g14
  { n: 229, interests: ["running"], gifts: ["photography"] }, // running group g23
  { n: 238, interests: ["board games", "languages"], gifts: ["translation"] }, // board games g24, language café g13
];

/** Residents whose only link to another resident is the community worker. */
export const WORKER_ONLY = [8, 27, 66, 81, 104, 142, 158, 184, 217, 240] as const;

export const LINDEN = Array.from({ length: 20 }, (_, i) => 191 + i);
/** Linden residents who know the housing officer and nobody else. */
export const LINDEN_OFFICER_ONLY = [192, 195, 198, 201, 204, 207] as const;
/** Linden neighbours who know each other, and nobody else. */
export const LINDEN_PAIRS: readonly [number, number][] = [
  [193, 194],
  [199, 200],
  [205, 206],
  [208, 209],
];
/** Linden residents with ties to institutions only (service-dependent). */
export const LINDEN_SERVICE_ONLY = LINDEN.filter(
  (n) => !new Set<number>(LINDEN_OFFICER_ONLY).has(n) && !LINDEN_PAIRS.some(([a, b]) => a === n || b === n),
);
// Two Linden residents know two neighbours (a small triangle with one of the pairs).
export const LINDEN_TRIANGLE: readonly [number, number][] = [
  [196, 193],
  [196, 194],
];
// Linden residents do not move away in this story, so their isolation is visible every year.

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

export function residentsOf(area: AreaKey): number[] {
  const range = AREA_RANGES.find(([key]) => key === area);
  if (range === undefined) throw new Error(area);
  const numbers: number[] = [];
  for (let n = range[1]; n <= range[2]; n++) if (!RESERVED.has(n)) numbers.push(n);
  return numbers;
}

export const INST = {
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

/** Groups with members from the areas given (the first is home, where the leader comes from). */
export const ORDINARY_GROUPS: readonly [number, [AreaKey, number][]][] = [
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

/** The choir grows from a few Spinnersstraat neighbours into the bridge with the flats: [year, area, new members]. */
export const CHOIR_INTAKE: readonly [number, AreaKey, number][] = [
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

// Story 3: the council supports most groups early and sits in the middle; some funding ends.
export const COUNCIL_SUPPORT: readonly [number, number, number?][] = [
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

/** Partnerships of the council with other institutions: [institution, since]. */
export const COUNCIL_PARTNERS: readonly [string, number][] = [
  [INST.housing, 2017],
  [INST.buurtwerk, 2017],
  [INST.school, 2017],
  [INST.library, 2017],
  [INST.police, 2017],
  [INST.homecare, 2019],
];
export const OTHER_SUPPORT: readonly [string, number, number, number?][] = [
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

/** Partnerships between institutions, and with the community fridge: [a, b, since]. */
export const INSTITUTION_PARTNERS: readonly [string, string, number][] = [
  [INST.buurtwerk, INST.foodbank, 2017],
  [INST.housing, INST.buurtwerk, 2018],
  [INST.gp, INST.homecare, 2019],
  [INST.foodbank, gid(14), 2020],
];

// Story 3: groups start partnering each other from 2020 (none before).
export const GROUP_PARTNERS: readonly [number, number, number, string][] = [
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

// Where groups and institutions meet.
export const MEETS: readonly [string, string, number?, number?][] = [
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
