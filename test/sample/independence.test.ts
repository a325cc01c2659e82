import { describe, expect, it } from "vitest";
import { type MessageContext, renderMessage } from "../../src/analysis/index.js";
import { LANGUAGES } from "../../src/analysis/messages/catalogs.js";
import { analyseNetwork } from "../../src/analysis/report.js";
import { formatAnalysis } from "../../src/cli/format-analysis.js";
import { cliTranslations } from "../../src/cli/i18n.js";
import { readSample } from "./read-sample.js";

// data/sample/README.md: the paid professionals r245–r250 (and four residents who work locally),
// the institutions' brokerage falling every year from 2020, and the Linden estate hanging on the
// housing officer. Here: how the analysis tells the commissioner whether the network goes it alone.
const network = readSample();
const analysis = analyseNetwork(network);
const names = new Map(network.actors.map((actor) => [actor.id, actor.name]));
const independence = (year: number) =>
  analysis.years.find((entry) => entry.year === year)?.independence ?? expect.unreachable();

describe("the sample: is the network going it alone?", () => {
  it("knows the community worker and the housing officer as professionals, not as residents", () => {
    const professionals = analysis.actors.filter((actor) => actor.professional).map((actor) => actor.id);
    expect(professionals).toEqual(expect.arrayContaining(["r245", "r246", "r247", "r248", "r249", "r250"]));
    // r067 worked at the GP practice until 2021: a professional then, a neighbour after.
    expect(independence(2021).professionals).toContain("r067");
    expect(independence(2022).professionals).not.toContain("r067");
  });

  it("the share of bridging held by institutions and professionals falls every year from 2020", () => {
    const shares = [2020, 2021, 2022, 2023, 2024, 2025].map((year) => independence(year).paidBrokerageShare);
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeLessThan(shares[i - 1] ?? 0);
    // It holds at least the institutions' own share.
    for (const year of analysis.years) {
      expect(year.independence.paidBrokerageShare).toBeGreaterThanOrEqual(year.institutionBrokerageShare);
    }
  });

  it("without them, the Linden residents who know only the housing officer would be cut off", () => {
    const linden = ["r192", "r195", "r198", "r201", "r204", "r207"];
    expect(independence(2025).cutOffWithoutPaid).toEqual(expect.arrayContaining(linden));
    // and the residents whose only neighbour is the community worker
    expect(independence(2025).cutOffWithoutPaid).toEqual(expect.arrayContaining(["r008", "r027", "r066", "r104"]));
    expect(independence(2025).cutOffWithoutPaid.every((id) => id.startsWith("r") || id.startsWith("g"))).toBe(true);
  });

  it("the choir reaches other groups by itself from its first year, and stays so", () => {
    expect(analysis.independence.wentAlone).toContainEqual({ group: "g06", year: 2019 });
    for (const year of [2019, 2020, 2021, 2022, 2023, 2024, 2025]) {
      expect(independence(year).groupsReachingAlone).toContain("g06");
    }
  });

  it("lists the community worker and the housing officer among the people the network hangs on", () => {
    const whole = analyseNetwork(network, { year: 2025, years: false });
    const hangOn = whole.gaps.filter((gap) => gap.type === "articulation-point").flatMap((gap) => gap.actors);
    expect(hangOn).toEqual(expect.arrayContaining(["r245", "r246", "i06", "i02"]));
  });

  it("finds one pair doing the same for the same people: the Canal Wharf residents' group and the clean-up crew", () => {
    const duplicates = analysis.gaps.filter((gap) => gap.type === "duplication");
    expect(duplicates.map((gap) => gap.actors)).toEqual([["g05", "g20"]]);
    expect(duplicates[0]?.message.params).toMatchObject({ activities: ["climate", "clean streets"].sort() });
  });

  it("prints the sentences and who is cut off in `weave analyse`, in English and Dutch", () => {
    const english = formatAnalysis(analysis, { language: "en" });
    expect(english).toContain("Is the network going it alone?");
    expect(english).toMatch(/In 2025 institutions and professionals hold \d+\.\d% of the bridging/);
    const cutOff = independence(2025).cutOffWithoutPaid;
    expect(english).toContain(`Cut off without institutions and professionals in 2025 (${cutOff.length}): `);
    expect(english).toContain("Weverskoor (community choir) (2019)");
    const dutch = formatAnalysis(analysis, { language: "nl" });
    expect(dutch).toContain("Redt het netwerk het zelf?");
    expect(dutch).toMatch(/In 2025 slaan instellingen en beroepskrachten \d+,\d% van de bruggen/);
    expect(dutch).toContain("beroepskracht");
  });

  for (const language of LANGUAGES) {
    it(`${language}: one plain sentence per year and one over the span`, () => {
      const context: MessageContext = {
        language,
        t: cliTranslations(language).analysis,
        nameOf: (id) => names.get(id) ?? id,
      };
      const sentences = [...analysis.years.map((year) => year.independence.message), analysis.independence.message].map(
        (message) => (message === null ? "" : renderMessage(message, context)),
      );
      expect(sentences).toHaveLength(10);
      for (const sentence of sentences) expect(sentence).toMatch(/^(In|From|Van) 20\d\d .*\d+[.,]\d%.*\.$/);
      expect(sentences[0]).toContain("2017");
      expect(sentences.at(-1)).toContain(language === "en" ? "then fell to 21.6%" : "daalde daarna naar 21,6%");
    });
  }
});
