import { describe, expect, it } from "vitest";
import type { GiftEntry } from "../../src/analysis/index.js";
import { TIE_RULES, TIE_TYPES, type Tie, type TieType } from "../../src/model/index.js";
import type { Suggestion } from "../../src/web/api/types.js";
import { tieReadingKey, tieReadings } from "../../src/web/features/actor/state.js";
import { findGifts, giftsSummary } from "../../src/web/features/gifts/state.js";
import { firstSuggestionFor } from "../../src/web/features/unconnected/state.js";
import { initI18n } from "../../src/web/i18n.js";

const tie = (source: string, target: string, type: TieType, extra: Partial<Tie> = {}): Tie => ({
  id: `${type}:${source}:${target}`,
  source,
  target,
  type,
  weight: 1,
  custom: {},
  ...extra,
});

/** How each tie reads from its source's card and from its target's, in English and Dutch. */
const READS: Record<TieType, { en: [string, string]; nl: [string, string] }> = {
  knows: { en: ["knows", "knows"], nl: ["kent", "kent"] },
  member_of: { en: ["member of", "members:"], nl: ["lid van", "leden:"] },
  leads: { en: ["leads", "led by"], nl: ["leidt", "geleid door"] },
  volunteers_at: { en: ["volunteers at", "volunteers:"], nl: ["vrijwilliger bij", "vrijwilligers:"] },
  works_at: { en: ["works at", "staff:"], nl: ["werkt bij", "medewerkers:"] },
  client_of: { en: ["client of", "clients:"], nl: ["cliënt van", "cliënten:"] },
  partner_of: { en: ["partner of", "partner of"], nl: ["partner van", "partner van"] },
  supports: { en: ["supports", "supported by"], nl: ["steunt", "gesteund door"] },
  meets_at: { en: ["meets at", "meeting place of"], nl: ["komt samen in", "ontmoetingsplek van"] },
  visits: { en: ["visits", "visited by"], nl: ["bezoekt", "bezocht door"] },
};

describe("the card reads every tie in its true direction", () => {
  const i18n = initI18n("en");
  const say = (language: "en" | "nl", key: string) => i18n.getFixedT(language)(key);

  for (const type of TIE_TYPES) {
    it(`${type}, from both ends, in English and Dutch`, () => {
      const ties = [tie("from", "to", type)];
      const [fromSide] = tieReadings("from", ties, undefined);
      const [toSide] = tieReadings("to", ties, undefined);
      expect(fromSide?.others).toEqual(["to"]);
      expect(toSide?.others).toEqual(["from"]);
      const undirected = TIE_RULES[type].undirected;
      expect(fromSide?.direction).toBe(undirected ? "both" : "out");
      expect(toSide?.direction).toBe(undirected ? "both" : "in");
      for (const language of ["en", "nl"] as const) {
        const key = (reading: typeof fromSide) => tieReadingKey(reading ?? { type, direction: "both" });
        expect([say(language, key(fromSide)), say(language, key(toSide))]).toEqual(READS[type][language]);
      }
    });
  }

  it("reads the leader's card and the group's card the right way round", () => {
    const ties = [
      tie("femke", "choir", "leads"),
      tie("femke", "choir", "member_of"),
      tie("jan", "choir", "member_of"),
      tie("femke", "jan", "knows", { until: 2019 }),
    ];
    const line = (id: string, year?: number) =>
      tieReadings(id, ties, year).map((reading) => `${say("en", tieReadingKey(reading))} ${reading.others.join(", ")}`);
    expect(line("femke")).toEqual(["knows jan", "member of choir", "leads choir"]);
    expect(line("choir")).toEqual(["members: femke, jan", "led by femke"]);
    // Only the ties active in the year on screen.
    expect(line("femke", 2024)).toEqual(["member of choir", "leads choir"]);
  });
});

describe("the suggestion shown beside a resident", () => {
  const suggestion = (a: string, b: string, introducer: string | null) =>
    ({ type: "join-group", actors: [a, b], introducer }) as unknown as Suggestion;
  it("is the first that names a person to ask, else the first about them", () => {
    const unnamed = suggestion("ann", "choir", null);
    const named = suggestion("ann", "chess", "bob");
    const found = firstSuggestionFor([unnamed, named, suggestion("cas", "choir", null)]);
    expect(found.get("ann")).toBe(named);
    expect(found.get("cas")?.introducer).toBeNull();
  });
});

describe("the gifts map", () => {
  const entry = (gift: string, nearby: string[]): GiftEntry => ({
    gift,
    holders: ["h"],
    nearby,
    groups: [],
    unmet: nearby,
    unmetHolders: nearby.length > 0 ? ["h"] : [],
  });
  const gifts = [entry("music", ["a", "b"]), entry("Cooking", ["c"]), entry("sewing", [])];
  it("finds gifts by name and counts those someone nearby wants", () => {
    expect(findGifts(gifts, " cook ").map((found) => found.gift)).toEqual(["Cooking"]);
    expect(findGifts(gifts, "").map((found) => found.gift)).toEqual(["music", "Cooking", "sewing"]);
    expect(giftsSummary(gifts)).toEqual({ gifts: 3, wanted: 2 });
  });
});
