import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bridgingIn } from "../../src/analysis/index.js";
import type { AnalysedActor } from "../../src/web/api/types.js";
import { highestBridging } from "../../src/web/features/connectors/state.js";

// The exact top 50 brokers of the generated 20,000-actor network (test/analysis/sampled-paths.test.ts).
const reference = JSON.parse(
  readFileSync(new URL("../analysis/fixtures/generated-20k-top-brokers.json", import.meta.url), "utf8"),
) as { top: { id: string; betweenness: number }[] };

describe("bridging figures as people read them", () => {
  it("keep two decimals, and two significant digits below 0.01, in the reader's language", () => {
    expect(bridgingIn("en", 0)).toBe("0.00");
    expect(bridgingIn("en", 0.35)).toBe("0.35");
    expect(bridgingIn("en", 0.123_456)).toBe("0.12");
    expect(bridgingIn("en", 1)).toBe("1.00");
    expect(bridgingIn("en", 0.05)).toBe("0.050");
    expect(bridgingIn("en", 0.002_94)).toBe("0.0029");
    expect(bridgingIn("en", 0.000_012_3)).toBe("0.000012");
    expect(bridgingIn("nl", 0.35)).toBe("0,35");
    expect(bridgingIn("nl", 0.002_94)).toBe("0,0029");
  });

  it("tell the top brokers of a 20,000-actor network apart, where two decimals showed them all as 0.00", () => {
    const shown = reference.top.map(({ betweenness }) => bridgingIn("en", betweenness));
    expect(shown[0]).toBe("0.0029");
    expect(shown.at(-1)).toBe("0.0018");
    expect(new Set(shown).size).toBeGreaterThan(5);
    expect(shown.every((text) => text !== "0.00")).toBe(true);
  });

  it("name the highest figure, 0 for none", () => {
    const actor = (betweenness: number) => ({ betweenness }) as AnalysedActor;
    expect(highestBridging([])).toBe(0);
    expect(highestBridging([actor(0.002), actor(0.009), actor(0.0001)])).toBe(0.009);
  });
});
