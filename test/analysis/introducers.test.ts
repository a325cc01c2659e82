import { describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/analysis/report.js";
import type { Actor, Network, Tie } from "../../src/model/index.js";
import { readSample } from "../sample/read-sample.js";
import { actor, tie } from "./helpers.js";

/**
 * A choir, two neighbours who keep its candidate introducers connected (x1, x2), and whoever a case
 * adds. `yes`/`no` set consent; everyone lives on Mill Lane unless said otherwise.
 */
function choir(people: Partial<Actor>[], ties: Tie[]): Network {
  const base: Actor[] = [
    actor({ id: "choir", kind: "group", interests: ["singing"] }),
    actor({ id: "x1", area: "Elsewhere" }),
    actor({ id: "x2", area: "Elsewhere" }),
    actor({ id: "school", kind: "institution" }),
  ];
  return {
    actors: [...base, ...people.map((spec) => actor({ id: "?", area: "Mill Lane", ...spec }))],
    ties: [tie("x1", "x2"), ...ties],
  };
}

const yes = { given: true } as const;
const no = { given: false } as const;
const ann = { id: "ann", interests: ["singing"] };

function joinChoir(network: Network, resident: string) {
  return analyseNetwork(network, { years: false }).suggestions.find(
    (suggestion) => suggestion.type === "join-group" && suggestion.actors[0] === resident,
  );
}

describe("who could introduce a resident to a group", () => {
  it("names only a resident who consented to be named", () => {
    const people = [ann, { id: "nope", consent: no }, { id: "willing", consent: yes }];
    const ties = [
      tie("nope", "choir", "leads"),
      tie("nope", "x1"),
      tie("willing", "choir", "member_of"),
      tie("willing", "x1"),
    ];
    const suggestion = joinChoir(choir(people, ties), "ann");
    expect(suggestion?.introducer).toBe("willing");
    expect(suggestion?.message).toEqual({
      code: "introduce_by_member_area",
      params: {
        resident: "ann",
        status: "isolated",
        group: "choir",
        interests: ["singing"],
        introducer: "willing",
        area: "Mill Lane",
      },
    });
    // Without the one who consented, nobody is named, and the sentence says so by not naming anyone.
    const alone = joinChoir(choir(people.slice(0, 2), ties.slice(0, 2)), "ann");
    expect(alone?.introducer).toBeNull();
    expect(alone?.message.code).toBe("introduce_to_group");
  });

  it("never names someone who is cut off themselves", () => {
    // `fringe` belongs to the choir and nothing else: peripheral, so not the one to ask.
    const suggestion = joinChoir(
      choir([ann, { id: "fringe", consent: yes }], [tie("fringe", "choir", "member_of")]),
      "ann",
    );
    expect(suggestion?.introducer).toBeNull();
  });

  it("never names a professional", () => {
    const people = [ann, { id: "teacher", consent: yes }];
    const ties = [tie("teacher", "choir", "member_of"), tie("teacher", "x1"), tie("teacher", "school", "works_at")];
    expect(joinChoir(choir(people, ties), "ann")?.introducer).toBeNull();
  });

  it("needs the introducer to share the area or an interest", () => {
    const people = [ann, { id: "stranger", consent: yes, area: "Far Away" }];
    const ties = [tie("stranger", "choir", "member_of"), tie("stranger", "x1")];
    expect(joinChoir(choir(people, ties), "ann")?.introducer).toBeNull();
  });

  it("prefers someone already two steps away, then a leader", () => {
    // pete knows only friend (peripheral); near knows friend too and sings in the choir; lead leads
    // it and lives on pete's street, but is further away.
    const people = [
      { id: "pete", interests: ["singing"] },
      { id: "friend", area: "Elsewhere" },
      { id: "near", consent: yes, area: "Elsewhere", interests: ["singing"] },
      { id: "lead", consent: yes },
    ];
    const ties = [
      tie("pete", "friend"),
      tie("near", "friend"),
      tie("near", "choir", "member_of"),
      tie("lead", "choir", "leads"),
      tie("lead", "x1"),
    ];
    const suggestion = joinChoir(choir(people, ties), "pete");
    expect(suggestion?.introducer).toBe("near");
    expect(suggestion?.message).toEqual({
      code: "introduce_by_member_interest",
      params: {
        resident: "pete",
        status: "peripheral",
        group: "choir",
        interests: ["singing"],
        introducer: "near",
        common: ["singing"],
      },
    });
    // Without that common friend, the leader on pete's street.
    const further = joinChoir(
      choir(
        people,
        ties.filter((entry) => entry.source !== "near" || entry.target !== "friend"),
      ),
      "pete",
    );
    expect(further?.introducer).toBe("lead");
    expect(further?.message.code).toBe("introduce_by_leader_area");
  });
});

describe("a second way across a thin bridge", () => {
  // Two streets of four, joined only by n4–s1; n4 consented to be named.
  const streets = ["n1", "n2", "n3", "n4", "s1", "s2", "s3", "s4"];
  const clique = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => tie(a, b)));
  const network: Network = {
    actors: streets.map((id) => actor({ id, consent: id === "n4" ? yes : no })),
    ties: [...clique(["n1", "n2", "n3", "n4"]), ...clique(["s1", "s2", "s3", "s4"]), tie("n4", "s1")],
  };
  it("proposes two people who are not the bridge already, and who could introduce them", () => {
    const suggestion = analyseNetwork(network, { years: false }).suggestions.find((s) => s.type === "close-bridge");
    expect(suggestion?.actors.some((id) => id === "n4" || id === "s1")).toBe(false);
    expect(suggestion?.actors.map((id) => id[0]).sort()).toEqual(["n", "s"]);
    expect(suggestion?.introducer).toBe("n4");
    expect(suggestion?.message.code).toBe("close_bridge_single_tie_by");
  });
});

describe("introducers on the sample (2025)", () => {
  const sample = readSample();
  const analysis = analyseNetwork(sample, { years: false, year: 2025 });
  const byId = new Map(analysis.actors.map((entry) => [entry.id, entry]));

  it("names a person for 23 of the 25 isolated and peripheral residents", () => {
    const needy = analysis.actors.filter((entry) => entry.status === "isolated" || entry.status === "peripheral");
    const named = needy.filter((entry) =>
      analysis.suggestions.some((s) => s.type === "join-group" && s.actors[0] === entry.id && s.introducer !== null),
    );
    expect([named.length, needy.length]).toEqual([23, 25]);
    // Every isolated resident gets one.
    expect(needy.filter((entry) => entry.status === "isolated").every((entry) => named.includes(entry))).toBe(true);
  });

  it("only ever names consenting, connected residents who are no professionals", () => {
    const consenting = new Set(sample.actors.filter((entry) => entry.consent?.given === true).map((entry) => entry.id));
    const introducers = analysis.suggestions.flatMap((s) => (s.introducer === null ? [] : [s.introducer]));
    expect(introducers.length).toBeGreaterThan(40);
    for (const id of introducers) {
      expect(consenting.has(id), id).toBe(true);
      expect(byId.get(id)?.status, id).toBe("none");
      expect(byId.get(id)?.professional, id).toBe(false);
    }
  });

  it("maps the gifts with who nearby wants them, and keeps a gap only where nobody connects them", () => {
    const music = analysis.gifts.find((entry) => entry.gift === "music");
    expect(music?.holders.length).toBeGreaterThan(0);
    expect(analysis.gifts[0]?.nearby.length).toBeGreaterThanOrEqual(analysis.gifts.at(-1)?.nearby.length ?? 0);
    const giftGaps = analysis.gaps.filter((gap) => gap.type === "unused-gift");
    expect(giftGaps.length).toBe(analysis.gifts.filter((entry) => entry.unmet.length > 0).length);
    expect(giftGaps.length).toBeLessThan(10);
  });
});
