import type { SampleBuilder } from "./builder.js";
import {
  type AreaKey,
  CONNECTOR,
  FIRST_YEAR,
  INST,
  LAST_YEAR,
  LINDEN,
  LINDEN_OFFICER_ONLY,
  LINDEN_PAIRS,
  LINDEN_SERVICE_ONLY,
  LINDEN_TRIANGLE,
  PRO,
  residentsOf,
  rid,
  THIN_BRIDGE,
  WORKER_ONLY,
} from "./story.js";

/** Ties between residents, mostly within their own street, and the ties the story gives its residents. */
export function addResidentTies(b: SampleBuilder): void {
  addStreetTies(b);
  crossKnows(b, "spinners", "kaarders", 12);
  crossKnows(b, "weefhof", "canal", 6);
  crossKnows(b, "molen", "canal", 4);
  crossKnows(b, "molen", "weefhof", 2);
  // Before the choir, one acquaintance joins the terraced streets and the flats.
  crossKnows(b, "spinners", "weefhof", 1, 2018);
  addConnectorTies(b);
  addLindenTies(b);
  // The community worker: the only link for many.
  for (const n of WORKER_ONLY) {
    const since = b.draw.int(2017, 2022);
    b.knows(rid(PRO.worker), rid(n), { since, weight: b.draw.weighted([1, 2], [60, 40]) });
    b.tie("client_of", rid(n), INST.buurtwerk, { since });
  }
  // Story 5: isolated residents — no tie to a resident or group; a few see the GP or home care.
  b.tie("client_of", rid(33), INST.homecare, { since: 2021 });
  b.tie("client_of", rid(177), INST.foodbank, { since: 2022 });
}

const knowsWeight = (b: SampleBuilder): number => b.draw.weighted([1, 2, 3], [76, 19, 5]);
/** Most acquaintances were recorded in the first survey (2017); some are made later. */
const knowsSince = (b: SampleBuilder): number => (b.draw.chance(0.65) ? FIRST_YEAR : b.draw.int(2018, LAST_YEAR));
const fades = (b: SampleBuilder, since: number): number | undefined =>
  b.draw.chance(0.06) && since < LAST_YEAR ? b.draw.int(since, LAST_YEAR - 1) : undefined;

function addStreetTies(b: SampleBuilder): void {
  for (const area of ["spinners", "kaarders", "weefhof", "molen", "canal"] as const) {
    const street = residentsOf(area);
    street.forEach((n, i) => {
      const count = b.draw.int(2, 5);
      for (let k = 0; k < count; k++) {
        const near = b.draw.chance(0.7);
        const j = near ? i + b.draw.pick([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5]) : b.draw.int(0, street.length - 1);
        const other = street[(j + street.length) % street.length];
        if (other === undefined || other === n) continue;
        const since = knowsSince(b);
        b.knows(rid(n), rid(other), { since, until: fades(b, since), weight: knowsWeight(b) });
      }
    });
  }
}

/** A few acquaintances across streets, in the pairs of areas that border each other. */
function crossKnows(b: SampleBuilder, a: AreaKey, c: AreaKey, count: number, since?: number): void {
  let added = 0;
  for (let tries = 0; added < count && tries < 200; tries++) {
    const x = b.draw.pick(residentsOf(a));
    const y = b.draw.pick(residentsOf(c));
    if (x === CONNECTOR || y === CONNECTOR) continue;
    if (since !== undefined && !(b.active(rid(x), since) && b.active(rid(y), since))) continue;
    if (b.knows(rid(x), rid(y), { since: since ?? knowsSince(b) })) added++;
  }
}

/** Story 4: the connector knows people in several clusters. */
function addConnectorTies(b: SampleBuilder): void {
  const connector = rid(CONNECTOR);
  const kaarders = residentsOf("kaarders").filter((n) => n !== CONNECTOR);
  for (const n of b.draw.sample(kaarders, 7)) b.knows(connector, rid(n), { since: FIRST_YEAR, weight: 2 });
  for (const n of b.draw.sample(residentsOf("molen"), 7)) {
    b.knows(connector, rid(n), { since: b.draw.int(2017, 2019) });
  }
  for (const n of b.draw.sample(residentsOf("canal"), 3)) b.knows(connector, rid(n), { since: 2019 });
  for (const n of b.draw.sample(residentsOf("spinners"), 2)) b.knows(connector, rid(n), { since: FIRST_YEAR });
  // The one Molenbuurt–Kaardersstraat tie that does not pass through him.
  b.knows(rid(THIN_BRIDGE[0]), rid(THIN_BRIDGE[1]), { since: 2019, note: "Old colleagues at the mill" });
}

/** Story 1: the Linden estate, service-dependent and isolated. */
function addLindenTies(b: SampleBuilder): void {
  for (const n of LINDEN) {
    b.tie("client_of", rid(n), INST.housing, { since: b.actor(rid(n)).since ?? b.draw.int(2017, 2019) });
  }
  for (const n of LINDEN_OFFICER_ONLY) {
    const since = b.draw.int(2017, 2021);
    b.knows(rid(PRO.housingOfficer), rid(n), { since, note: "Only contact is the housing officer" });
  }
  for (const [x, y] of [...LINDEN_PAIRS, ...LINDEN_TRIANGLE])
    b.knows(rid(x), rid(y), { since: b.draw.int(2017, 2022) });
  for (const n of b.draw.sample(LINDEN, 6))
    b.tie("client_of", rid(n), INST.foodbank, { since: b.draw.int(2019, 2023) });
  for (const n of b.draw.sample(LINDEN_SERVICE_ONLY, 4)) {
    b.tie("client_of", rid(n), INST.gp, { since: b.draw.int(2017, 2021) });
  }
}
