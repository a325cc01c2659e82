import { describe, expect, it } from "vitest";
import { analyseNetwork, type NetworkAnalysis } from "../../src/analysis/report.js";
import { isConnectorRole } from "../../src/analysis/roles.js";
import { type Actor, networkAsOf, type Tie, type TieType } from "../../src/model/index.js";
import { readSample } from "./read-sample.js";

// "The story the analysis should reveal" in data/sample/README.md, claim by claim. Assertions are on
// ids, gap types and figures, never on the sentences the analysis writes.
const network = readSample();
const actorsById = new Map<string, Actor>(network.actors.map((actor) => [actor.id, actor]));
const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const whole = analyseNetwork(network);
const byYear = new Map<number, NetworkAnalysis>(
  YEARS.map((y) => [y, analyseNetwork(network, { year: y, years: false })]),
);
const asOf = (year: number): NetworkAnalysis => byYear.get(year) ?? expect.unreachable();
const range = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => `r${String(first + i).padStart(3, "0")}`);

const tiesOf = (id: string, type?: TieType, ties: readonly Tie[] = network.ties) =>
  ties.filter((t) => (t.source === id || t.target === id) && (type === undefined || t.type === type));
const other = (t: Tie, id: string) => (t.source === id ? t.target : t.source);
const knowsOf = (id: string) =>
  tiesOf(id, "knows")
    .map((t) => other(t, id))
    .sort();
const areaOf = (id: string) => actorsById.get(id)?.area;
const kindOf = (id: string) => actorsById.get(id)?.kind;

/** One actor's share of the summed betweenness. */
function share(analysis: NetworkAnalysis, id: string): number {
  const total = analysis.actors.reduce((sum, actor) => sum + actor.betweenness, 0);
  return (analysis.actors.find((actor) => actor.id === id)?.betweenness ?? 0) / total;
}
const topBroker = (analysis: NetworkAnalysis) =>
  [...analysis.actors].sort((a, b) => b.betweenness - a.betweenness)[0]?.id;
const statusOf = (analysis: NetworkAnalysis, id: string) => analysis.actors.find((a) => a.id === id)?.status;
const gapsOf = (analysis: NetworkAnalysis, type: string) => analysis.gaps.filter((gap) => gap.type === type);
/** Ties active in `year` between residents or groups of area `a` and of area `b`. */
function tiesBetweenAreas(a: string, b: string, year?: number): Tie[] {
  const ties = year === undefined ? network.ties : networkAsOf(network, year).ties;
  const inArea = (id: string, area: string) => areaOf(id) === area && ["resident", "group"].includes(kindOf(id) ?? "");
  return ties.filter(
    (t) => (inArea(t.source, a) && inArea(t.target, b)) || (inArea(t.source, b) && inArea(t.target, a)),
  );
}

describe("1. the Linden estate is service-dependent and isolated", () => {
  const linden = range(191, 210);

  it("all 20 residents are clients of the housing corporation i02, some of the GP i04 or food bank i09", () => {
    for (const id of linden)
      expect(
        tiesOf(id, "client_of").map((t) => t.target),
        id,
      ).toContain("i02");
    const others = linden.flatMap((id) => tiesOf(id, "client_of").map((t) => t.target)).filter((t) => t !== "i02");
    expect(new Set(others)).toEqual(new Set(["i04", "i09"]));
    for (const id of linden) {
      expect(
        tiesOf(id).filter((t) => kindOf(other(t, id)) === "group"),
        id,
      ).toEqual([]);
    }
  });

  it("five are service-dependent, six know only the housing officer, the rest only a neighbour or two", () => {
    for (const id of ["r191", "r197", "r202", "r203", "r210"]) {
      expect(knowsOf(id), id).toEqual([]);
      expect(statusOf(asOf(2025), id), id).toBe("service-dependent");
    }
    for (const id of ["r192", "r195", "r198", "r201", "r204", "r207"]) expect(knowsOf(id), id).toEqual(["r246"]);
    expect(tiesOf("r246", "works_at").map((t) => t.target)).toEqual(["i02"]);
    expect(knowsOf("r193")).toEqual(["r194", "r196"]);
    expect(knowsOf("r194")).toEqual(["r193", "r196"]);
    expect(knowsOf("r196")).toEqual(["r193", "r194"]);
    for (const [a, b] of [
      ["r199", "r200"],
      ["r205", "r206"],
      ["r208", "r209"],
    ] as const) {
      expect(knowsOf(a)).toEqual([b]);
      expect(knowsOf(b)).toEqual([a]);
    }
  });
});

describe("2. the choir g06 (Weverskoor) becomes the bridge", () => {
  /** Spinnersstraat/Weefhof residents who are members or leaders of the choir in `year`. */
  function choirSides(year: number): string {
    const ids = new Set(
      networkAsOf(network, year)
        .ties.filter((t) => t.target === "g06" && (t.type === "member_of" || t.type === "leads"))
        .map((t) => t.source),
    );
    const side = (area: string) => [...ids].filter((id) => areaOf(id) === area).length;
    return `${side("Spinnersstraat")}/${side("Weefhof flats")}`;
  }

  it("is founded and led by r012 from 2019, co-led by r118 of the Weefhof flats from 2022", () => {
    expect(actorsById.get("g06")?.name).toBe("Weverskoor (community choir)");
    const leaders = tiesOf("g06", "leads").map((t) => `${t.source} ${t.since}`);
    expect(leaders.sort()).toEqual(["r012 2019", "r118 2022"]);
    expect([areaOf("r012"), areaOf("r118")]).toEqual(["Spinnersstraat", "Weefhof flats"]);
  });

  it("grows from 5 Spinnersstraat singers into both sides: 39 members in all", () => {
    expect([2019, 2020, 2021, 2022, 2023, 2025].map(choirSides)).toEqual([
      "5/0",
      "7/0",
      "10/6",
      "13/12",
      "15/16",
      "16/21",
    ]);
    const singers = tiesOf("g06").filter((t) => t.type === "member_of" || t.type === "leads");
    expect(new Set(singers.map((t) => t.source)).size).toBe(39);
  });

  it("partners the Spinnersstraat committee g01 from 2021 and the Weefhof tenants g03 from 2022", () => {
    const partners = tiesOf("g06", "partner_of").map((t) => `${other(t, "g06")} ${t.since}`);
    expect(partners).toEqual(expect.arrayContaining(["g01 2021", "g03 2022"]));
  });

  it("moves from the church hall p06 to De Klos p01 in 2021", () => {
    const places = tiesOf("g06", "meets_at").map((t) => `${t.target} ${t.since}-${t.until ?? ""}`);
    expect(places.sort()).toEqual(["p01 2021-", "p06 2019-2020"]);
  });

  it("apart from the choir, Spinnersstraat and the Weefhof flats share one acquaintance, three choir friendships and g01–g03", () => {
    const ties = tiesBetweenAreas("Spinnersstraat", "Weefhof flats").map((t) => {
      const [a, b] = [t.source, t.target].sort();
      return `${t.type} ${a} ${b} ${t.since}${t.note === "Met in the choir" ? " choir" : ""}`;
    });
    expect(ties.filter((t) => !t.endsWith("choir")).sort()).toEqual([
      "knows r006 r146 2018",
      "partner_of g01 g03 2025",
    ]);
    const choirFriends = ties.filter((t) => t.endsWith("choir"));
    expect(choirFriends).toHaveLength(3);
    for (const t of choirFriends) expect(Number(t.split(" ")[3])).toBeOneOf([2022, 2023]);
  });

  it("is the top connector: the highest betweenness of any actor from 2022, in a connector role", () => {
    for (const analysis of [whole, asOf(2022), asOf(2023), asOf(2024), asOf(2025)]) {
      const choir = analysis.actors.find((actor) => actor.id === "g06");
      expect(topBroker(analysis), `${analysis.asOf}`).toBe("g06");
      expect(isConnectorRole(choir?.role ?? "peripheral"), `${analysis.asOf}`).toBe(true);
    }
    expect(topBroker(asOf(2021))).not.toBe("g06");
    expect(share(asOf(2021), "g06")).toBeCloseTo(0.042, 3);
    expect(share(asOf(2022), "g06")).toBeCloseTo(0.075, 3);
    expect(share(asOf(2025), "g06")).toBeCloseTo(0.119, 3);
  });
});

describe("3. the council i01 brokers early, then less", () => {
  const activeTies = (year: number) => networkAsOf(network, year).ties;

  it("supports 13–17 groups in 2017–2020, partners g01–g04 until 2021 and six institutions", () => {
    for (const year of [2017, 2018, 2019, 2020]) {
      const supported = tiesOf("i01", "supports", activeTies(year)).length;
      expect(supported, `${year}`).toBeGreaterThanOrEqual(13);
      expect(supported, `${year}`).toBeLessThanOrEqual(17);
    }
    const partners = tiesOf("i01", "partner_of").map((t) => other(t, "i01"));
    const platform = tiesOf("i01", "partner_of").filter((t) => kindOf(other(t, "i01")) === "group");
    expect(platform.map((t) => `${other(t, "i01")} ${t.until}`).sort()).toEqual([
      "g01 2021",
      "g02 2021",
      "g03 2021",
      "g04 2021",
    ]);
    expect(partners.filter((id) => kindOf(id) === "institution")).toHaveLength(6);
    const ended = tiesOf("i01", "supports").filter((t) => t.until !== undefined);
    expect(ended.length).toBeGreaterThanOrEqual(3);
    for (const t of ended) expect(t.until).toBeOneOf([2020, 2021, 2022, 2023]);
  });

  it("is the top broker until 2021, with a share that falls every year", () => {
    for (const year of [2017, 2018, 2019, 2020, 2021]) expect(topBroker(asOf(year)), `${year}`).toBe("i01");
    const shares = YEARS.map((year) => share(asOf(year), "i01"));
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeLessThan(shares[i - 1] ?? 0);
    expect(share(asOf(2017), "i01")).toBeCloseTo(0.175, 3);
    expect(share(asOf(2019), "i01")).toBeCloseTo(0.157, 3);
    expect(share(asOf(2021), "i01")).toBeCloseTo(0.111, 3);
    expect(share(asOf(2025), "i01")).toBeCloseTo(0.043, 3);
  });

  it("while groups partner each other from 2020 on, the institutions' share of brokerage falls", () => {
    const years = whole.years.filter((y) => y.year >= 2017);
    expect(years.filter((y) => y.year < 2020).map((y) => y.groupLinks)).toEqual([0, 0, 0]);
    const from2020 = years.filter((y) => y.year >= 2020);
    expect(from2020.map((y) => y.groupLinks)).toEqual([3, 7, 12, 16, 22, 26]);
    const shares = from2020.map((y) => y.institutionBrokerageShare);
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeLessThan(shares[i - 1] ?? 0);
    expect(shares[0]).toBeCloseTo(0.268, 3);
    expect(shares[2]).toBeCloseTo(0.24, 3);
    expect(shares[5]).toBeCloseTo(0.201, 3);
  });
});

describe("4. the connector r072 moves away, leaving a thin bridge", () => {
  it("is Joris van Aalst of Kaardersstraat, until 2023, who knows people in four areas", () => {
    const joris = actorsById.get("r072");
    expect([joris?.name, joris?.area, joris?.until]).toEqual(["Joris van Aalst", "Kaardersstraat", 2023]);
    const areas: Record<string, number> = {};
    for (const id of knowsOf("r072")) areas[areaOf(id) ?? ""] = (areas[areaOf(id) ?? ""] ?? 0) + 1;
    expect(areas).toEqual({ Kaardersstraat: 10, Molenbuurt: 7, "Canal Wharf": 3, Spinnersstraat: 2 });
  });

  it("leads the repair café g07, with members from Kaardersstraat and Molenbuurt, which closes with him", () => {
    expect(tiesOf("g07", "leads").map((t) => t.source)).toEqual(["r072"]);
    const memberAreas = new Set(tiesOf("g07", "member_of").map((t) => areaOf(t.source)));
    expect(memberAreas).toEqual(new Set(["Kaardersstraat", "Molenbuurt"]));
    expect(actorsById.get("g07")?.until).toBe(2023);
  });

  it("leaves r163–r061 as the only Molenbuurt–Kaardersstraat tie from 2024; 13 in 2023", () => {
    expect(tiesBetweenAreas("Molenbuurt", "Kaardersstraat", 2023)).toHaveLength(13);
    for (const year of [2024, 2025]) {
      const ties = tiesBetweenAreas("Molenbuurt", "Kaardersstraat", year);
      expect(ties.map((t) => `${t.type} ${t.source} ${t.target} ${t.since}`)).toEqual(["knows r163 r061 2019"]);
    }
  });

  it("shows as a thin-bridge gap between two communities in 2024, and not in 2023", () => {
    const joins = (analysis: NetworkAnalysis) =>
      gapsOf(analysis, "thin-bridge").filter((gap) => [...gap.actors].sort().join(" ") === "r061 r163");
    expect(joins(asOf(2023))).toEqual([]);
    expect(joins(asOf(2024))).toHaveLength(1);
    const community = (id: string) => asOf(2024).actors.find((actor) => actor.id === id)?.community;
    expect(community("r061")).not.toBe(community("r163"));
  });
});

describe("5. gaps to weave", () => {
  it("six residents have no tie to a resident or group, though a group shares their interests", () => {
    const interestsOf = (id: string) => actorsById.get(id)?.interests ?? [];
    const shared: [string, string[]][] = [
      ["r033", ["g06"]],
      ["r088", ["g10"]],
      ["r131", ["g25", "g08", "g16"]],
      ["r177", ["g14", "g18"]],
      ["r229", ["g23"]],
      ["r238", ["g24", "g13"]],
    ];
    for (const [id, groups] of shared) {
      const dependent = id === "r033" || id === "r177";
      expect(statusOf(whole, id), id).toBe(dependent ? "service-dependent" : "isolated");
      for (const group of groups) {
        expect(
          interestsOf(group).some((tag) => interestsOf(id).includes(tag)),
          `${id} ${group}`,
        ).toBe(true);
      }
    }
    expect(tiesOf("r033").map((t) => `${t.type} ${t.target}`)).toEqual(["client_of i12"]);
    expect(tiesOf("r177").map((t) => `${t.type} ${t.target}`)).toEqual(["client_of i09"]);
    expect(whole.graph.isolates.sort()).toEqual(["r088", "r131", "r229", "r238"]);
  });

  it("'sign language' is a gift only r088 holds, and r088 is linked to nobody", () => {
    expect(network.actors.filter((a) => a.gifts.includes("sign language")).map((a) => a.id)).toEqual(["r088"]);
    expect(tiesOf("r088")).toEqual([]);
  });

  it("the chess club g10 has members and a leader and no tie to another group, institution or place", () => {
    expect(gapsOf(whole, "isolated-group").map((gap) => gap.actors)).toEqual([["g10"]]);
    expect(new Set(tiesOf("g10").map((t) => t.type))).toEqual(new Set(["member_of", "leads"]));
  });

  it("the community worker r245 is the only resident tie of ten clients of Buurtwerk i06", () => {
    expect(tiesOf("r245", "works_at").map((t) => t.target)).toEqual(["i06"]);
    for (const id of ["r008", "r027", "r066", "r081", "r104", "r142", "r158", "r184", "r217", "r240"]) {
      expect(knowsOf(id), id).toEqual(["r245"]);
      expect(
        tiesOf(id, "client_of").map((t) => t.target),
        id,
      ).toContain("i06");
    }
  });

  it("the other professionals work at the school, the GP, the library (leading the language café) and the council", () => {
    const work = ["r247", "r248", "r249", "r250"].map((id) =>
      tiesOf(id, "works_at")
        .map((t) => t.target)
        .join(),
    );
    expect(work).toEqual(["i03", "i04", "i05", "i01"]);
    expect(tiesOf("r249", "leads").map((t) => `${t.target} ${t.since}-${t.until}`)).toEqual(["g13 2018-2021"]);
    expect(["r245", "r246", "r247", "r248", "r249", "r250"].map((id) => areaOf(id))).toEqual(Array(6).fill(undefined));
  });
});
