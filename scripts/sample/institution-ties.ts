import type { SampleBuilder } from "./builder.js";
import { leaderFrom } from "./group-ties.js";
import {
  COUNCIL_PARTNERS,
  COUNCIL_SUPPORT,
  FIRST_YEAR,
  GROUP_PARTNERS,
  gid,
  INST,
  INSTITUTION_PARTNERS,
  MEETS,
  OTHER_SUPPORT,
  PRO,
  residentsOf,
  rid,
} from "./story.js";

/** Who works where, who is a client of what, and how institutions, groups and places are tied. */
export function addInstitutionTies(b: SampleBuilder): void {
  addWorkAndServices(b);
  const { draw } = b;
  // Story 3: the council supports most groups early and sits in the middle; some funding ends.
  for (const [g, since, until] of COUNCIL_SUPPORT) {
    const weight = g <= 4 ? 3 : draw.weighted([1, 2], [50, 50]);
    b.tie("supports", INST.council, gid(g), { since, until, weight });
  }
  for (const g of [1, 2, 3, 4]) {
    b.tie("partner_of", INST.council, gid(g), { since: FIRST_YEAR, until: 2021, note: "Neighbourhood platform" });
  }
  for (const [i, since] of COUNCIL_PARTNERS) b.tie("partner_of", INST.council, i, { since, weight: 2 });
  for (const [institution, g, since, until] of OTHER_SUPPORT) {
    b.tie("supports", institution, gid(g), { since, until, weight: draw.weighted([1, 2], [60, 40]) });
  }
  for (const [x, y, since] of INSTITUTION_PARTNERS) b.tie("partner_of", x, y, { since });
  b.tie("partner_of", INST.church, INST.foodbank, { since: FIRST_YEAR, until: 2022, note: "Collections in church" });
  for (const [x, y, since, note] of GROUP_PARTNERS) {
    b.tie("partner_of", gid(x), gid(y), { since, note, weight: draw.chance(0.3) ? 2 : 1 });
  }
  for (const [from, place, since, until] of MEETS) {
    b.tie("meets_at", from, place, { since: since ?? b.actor(from).since ?? FIRST_YEAR, until });
  }
}

function addWorkAndServices(b: SampleBuilder): void {
  const { draw } = b;
  const works = (n: number, institution: string, since: number, weight: number, until?: number) =>
    b.tie("works_at", rid(n), institution, { since, until, weight });
  works(PRO.worker, INST.buurtwerk, FIRST_YEAR, 3);
  works(PRO.housingOfficer, INST.housing, FIRST_YEAR, 3);
  works(PRO.teacher, INST.school, FIRST_YEAR, 3);
  works(PRO.nurse, INST.gp, 2018, 3);
  works(PRO.librarian, INST.library, FIRST_YEAR, 3);
  works(PRO.councilOfficer, INST.council, FIRST_YEAR, 3);
  works(leaderFrom(b, "spinners", 2017, 2025), INST.bakery, FIRST_YEAR, 3);
  works(leaderFrom(b, "weefhof", 2018, 2025), INST.school, 2018, 2);
  works(leaderFrom(b, "molen", 2019, 2025), INST.homecare, 2019, 2);
  works(leaderFrom(b, "kaarders", 2017, 2021), INST.gp, FIRST_YEAR, 2, 2021);

  for (const n of draw.sample([...residentsOf("weefhof"), ...residentsOf("molen")], 9)) {
    const since = draw.int(2018, 2023);
    b.tie("client_of", rid(n), INST.foodbank, { since, until: draw.chance(0.5) ? draw.int(since, 2024) : undefined });
  }
  for (const n of draw.sample(residentsOf("spinners"), 6)) {
    b.tie("client_of", rid(n), INST.homecare, { since: draw.int(2019, 2024) });
  }
  for (const n of draw.sample(residentsOf("weefhof"), 6)) {
    b.tie("client_of", rid(n), INST.housing, { since: draw.int(2017, 2023) });
  }
  for (const n of draw.sample(residentsOf("molen"), 3)) b.tie("client_of", rid(n), INST.mosque, { since: FIRST_YEAR });
}
