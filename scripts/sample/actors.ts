import type { DraftActor, SampleBuilder } from "./builder.js";
import names from "./names.json" with { type: "json" };
import organisations from "./organisations.json" with { type: "json" };
import {
  AREAS,
  areaOf,
  CHOIR_COLEADER,
  CHOIR_FOUNDER,
  CONNECTOR,
  ISOLATED,
  LINDEN,
  PRO,
  rid,
  THIN_BRIDGE,
} from "./story.js";
import tags from "./tags.json" with { type: "json" };

const RESIDENTS = 250;

/** Every actor: 250 residents drawn at random and then cast in the story, and the organisations and places. */
export function addActors(b: SampleBuilder): void {
  for (let n = 1; n <= RESIDENTS; n++) b.add(drawResident(b, n));
  castResidents(b);
  for (const { since, until, notes, ...group } of organisations.groups) {
    b.add({ ...group, kind: "group", gifts: [], consent: "", notes: notes ?? "", since, until });
  }
  for (const { id, name, sector, since } of organisations.institutions) {
    b.add({ id, name, kind: "institution", area: "", gifts: [], interests: [], consent: "", notes: sector, since });
  }
  for (const { id, name, area, since } of organisations.places) {
    b.add({ id, name, kind: "place", area, gifts: [], interests: [], consent: "", notes: "", since });
  }
}

function personName(b: SampleBuilder): string {
  for (;;) {
    const name = `${b.draw.pick(names.firstNames)} ${b.draw.pick(names.surnames)}`;
    if (!b.usedNames.has(name)) {
      b.usedNames.add(name);
      return name;
    }
  }
}

function consentCell(b: SampleBuilder, a: DraftActor): string {
  const roll = b.draw.next();
  if (roll < 0.22) return "";
  const first = Math.max(a.since ?? 2019, 2019);
  const last = Math.min(a.until ?? 2025, 2025);
  const year = b.draw.int(Math.min(first, last), last);
  const date = `${year}-${String(b.draw.int(1, 12)).padStart(2, "0")}-${String(b.draw.int(1, 28)).padStart(2, "0")}`;
  return `${roll < 0.92 ? "yes" : "no"} ${date}`;
}

function drawResident(b: SampleBuilder, n: number): DraftActor {
  const { draw } = b;
  const area = areaOf(n);
  const a: DraftActor = {
    id: rid(n),
    name: personName(b),
    kind: "resident",
    area: area === "outside" ? "" : AREAS[area],
    gifts: [],
    interests: [],
    consent: "",
    notes: "",
    householdSize: draw.weighted([1, 2, 3, 4, 5, 6], [30, 30, 15, 14, 8, 3]),
  };
  if (draw.chance(0.88)) a.gifts = draw.sample(tags.gifts, draw.weighted([1, 2, 3], [45, 40, 15])).sort();
  if (draw.chance(0.9)) {
    a.interests = draw.sample(tags.interestsByArea[area], draw.weighted([1, 2, 3], [35, 45, 20])).sort();
  }
  if (area === "canal") {
    // The Canal Wharf apartments were completed in 2018.
    a.since = draw.weighted([2018, 2019, 2020, 2021, 2022, 2023], [40, 30, 12, 8, 6, 4]);
    if (draw.chance(0.12)) a.until = draw.int(Math.max(a.since + 1, 2021), 2024);
  } else if (area !== "outside") {
    if (draw.chance(0.12)) a.since = draw.int(2018, 2024);
    if (draw.chance(0.08)) a.until = draw.int(Math.max((a.since ?? 2017) + 1, 2018), 2024);
    if (a.until !== undefined && a.until > 2024) a.until = undefined;
  }
  if (draw.chance(0.08)) a.notes = draw.pick(names.notes);
  a.consent = consentCell(b, a);
  return a;
}

function setResident(b: SampleBuilder, n: number, fields: Partial<DraftActor>): void {
  Object.assign(b.actor(rid(n)), fields);
  if (fields.name !== undefined) b.usedNames.add(fields.name);
}

/** The residents the story needs: professionals, the connector, the choir's leaders, the isolated. */
function castResidents(b: SampleBuilder): void {
  const outside = "lives outside Weverskwartier";
  setResident(b, PRO.worker, {
    name: "Marloes Verhoeven",
    gifts: ["listening", "organising"],
    interests: ["walking"],
    notes: `Community worker (Buurtwerk); ${outside}`,
  });
  setResident(b, PRO.housingOfficer, {
    name: "Dennis Achterberg",
    gifts: ["paperwork help"],
    interests: [],
    notes: `Housing officer for the Linden estate; ${outside}`,
  });
  setResident(b, PRO.teacher, { notes: `Teacher at De Weverij primary school; ${outside}` });
  setResident(b, PRO.nurse, { notes: `Practice nurse; ${outside}` });
  setResident(b, PRO.librarian, { notes: `Branch librarian; ${outside}` });
  setResident(b, PRO.councilOfficer, { name: "Hugo Lansink", notes: `Council district officer; ${outside}` });
  setResident(b, CONNECTOR, {
    name: "Joris van Aalst",
    gifts: ["bike repair", "electrics", "organising"],
    interests: ["repair", "football", "local history"],
    since: undefined,
    until: 2023,
    notes: "Runs the repair café; knows half the district; moved to Zwolle in 2023",
  });
  for (const n of THIN_BRIDGE) setResident(b, n, { since: undefined, until: undefined });
  setResident(b, CHOIR_FOUNDER, {
    name: "Hennie Bosch",
    gifts: ["music", "organising"],
    interests: ["singing", "music"],
    since: undefined,
    until: undefined,
    notes: "Retired music teacher; founded the choir in 2019",
  });
  setResident(b, CHOIR_COLEADER, {
    name: "Abena Mensah",
    gifts: ["music", "hospitality"],
    interests: ["singing", "languages"],
    since: undefined,
    until: undefined,
  });
  for (const { n, interests, gifts } of ISOLATED) setResident(b, n, { interests, gifts, until: undefined });
  // Nobody else holds the "sign language" gift.
  for (const a of b.actors.values()) {
    if (a.id !== rid(88)) a.gifts = a.gifts.filter((gift) => gift !== "sign language");
  }
  // Linden residents do not move away in this story, so their isolation is visible every year.
  for (const n of LINDEN) b.actor(rid(n)).until = undefined;
}
