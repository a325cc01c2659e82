import { describe, expect, it } from "vitest";
import {
  analyseNetwork,
  listIn,
  MESSAGE_CODES,
  MESSAGE_PARAMS,
  type Message,
  type MessageContext,
  message,
  renderMessage,
} from "../../src/analysis/index.js";
import type { Language } from "../../src/analysis/messages/catalogs.js";
import { cliTranslations } from "../../src/cli/i18n.js";
import { network } from "./helpers.js";

/** Ann de Vries, with nobody; Bea and Cas, who know each other and are both in the choir. */
const TINY = network(
  [
    { id: "ann", name: "Ann de Vries", interests: ["singing"] },
    { id: "bea", name: "Bea Smit" },
    { id: "cas", name: "Cas Bakker" },
    { id: "choir", name: "Weverskoor", kind: "group", interests: ["singing"] },
  ],
  [
    ["bea", "cas"],
    ["bea", "choir", "member_of"],
    ["cas", "choir", "member_of"],
  ],
);
const NAMES: Record<string, string> = { ann: "Ann de Vries", bea: "Bea Smit", cas: "Cas Bakker", choir: "Weverskoor" };

function context(language: Language, nameOf: (id: string) => string = (id) => NAMES[id] ?? id): MessageContext {
  return { language, t: cliTranslations(language).analysis, nameOf };
}

describe("the analysis speaks in codes", () => {
  const analysis = analyseNetwork(TINY, { years: false });
  const sentences = (language: Language, nameOf?: (id: string) => string) =>
    [...analysis.gaps, ...analysis.suggestions].map((finding) =>
      renderMessage(finding.message, context(language, nameOf)),
    );

  it("says who is isolated by id, never by name", () => {
    const gap = analysis.gaps.find((entry) => entry.type === "isolated-resident");
    expect(gap?.message).toEqual({ code: "isolated_resident", params: { resident: "ann" } });
    expect(JSON.stringify([analysis.gaps, analysis.suggestions, analysis.communities])).not.toMatch(
      /Ann de Vries|Bea Smit|Cas Bakker|Weverskoor/,
    );
  });

  it("is rendered in English and Dutch with the names filled in", () => {
    expect(sentences("en")).toContain(
      "Ann de Vries has no tie to another resident or to a group yet: who could introduce them?",
    );
    expect(sentences("nl")).toContain(
      "Ann de Vries heeft nog geen band met een andere bewoner of met een groep: wie kan een kennismaking regelen?",
    );
    expect(sentences("en")).toContain(
      "Ann de Vries (not yet connected to neighbours or groups) and Weverskoor share an interest in singing.",
    );
    expect(sentences("nl")).toContain(
      "Ann de Vries (nog niet verbonden met buren of groepen) en Weverskoor hebben allebei interesse in singing.",
    );
  });

  it("hides names by the nameOf it is given, with no sentence surgery", () => {
    const hidden = (id: string) => (id === "choir" ? "Weverskoor" : "•••");
    for (const language of ["en", "nl"] as const) {
      const rendered = sentences(language, hidden).join("\n");
      expect(rendered).toContain("•••");
      expect(rendered).not.toMatch(/Ann|Vries|Bea|Cas/);
    }
  });
});

describe("rendering", () => {
  it("joins lists in the reader's language", () => {
    expect(listIn("en", ["sewing", "tutoring", "baking"])).toBe("sewing, tutoring and baking");
    expect(listIn("nl", ["sewing", "tutoring", "baking"])).toBe("sewing, tutoring en baking");
    expect(listIn("en", ["sewing"])).toBe("sewing");
  });

  it("picks the plural form from the count", () => {
    const one = message("articulation_point", { actor: "bea", count: 1 });
    const three = message("articulation_point", { actor: "bea", count: 3 });
    expect(renderMessage(one, context("en"))).toBe(
      "Bea Smit is the last link for 1 other: if Bea Smit stepped back, they would be cut off.",
    );
    expect(renderMessage(three, context("nl"))).toBe(
      "Bea Smit is de laatste schakel voor 3 anderen: als Bea Smit zich terugtrekt, raken zij los van de rest.",
    );
  });

  it("names clusters by number and shared interests: cluster in English, kring in Dutch", () => {
    const analysis = analyseNetwork(TINY, { years: false });
    const tied = analysis.actors.find((actor) => actor.id === "bea")?.community ?? -1;
    const withClusters = (language: Language): MessageContext => ({
      ...context(language),
      communities: analysis.communities,
    });
    const gap: Message = message("clusters_unlinked", { clusterA: tied, sizeA: 3, clusterB: 7, sizeB: 4 });
    expect(renderMessage(gap, withClusters("en"))).toBe(
      `“Cluster ${tied + 1}” (3 members) and “Cluster 8” (4 members) have no tie at all.`,
    );
    expect(renderMessage(gap, withClusters("nl"))).toBe(
      `“Kring ${tied + 1}” (3 leden) en “Kring 8” (4 leden) hebben geen enkele band met elkaar.`,
    );
    const named = message("cluster_named", { number: 2, interests: ["gardening", "walking"] });
    expect(renderMessage(named, withClusters("nl"))).toBe("Kring 2: gardening en walking");
  });

  it("lists every code once, each with its parameters", () => {
    expect(new Set(MESSAGE_CODES).size).toBe(MESSAGE_CODES.length);
    expect(Object.keys(MESSAGE_PARAMS).sort()).toEqual([...MESSAGE_CODES].sort());
  });
});
