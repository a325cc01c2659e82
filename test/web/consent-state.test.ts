import { describe, expect, it } from "vitest";
import { exportUrl } from "../../src/web/api/client.js";
import { consentStatus, today } from "../../src/web/features/consent/state.js";

describe("the consent on a resident's card", () => {
  it("words each recorded answer, with its date when known", () => {
    expect(consentStatus(undefined)).toEqual({ key: "unknown" });
    expect(consentStatus({ given: true, date: "2024-03-01" })).toEqual({ key: "yesOn", date: "2024-03-01" });
    expect(consentStatus({ given: false })).toEqual({ key: "no" });
  });

  it("records answers on the local calendar day", () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});

describe("Download data", () => {
  it("asks the server for pseudonyms when names are hidden", () => {
    expect(exportUrl("csv")).toBe("/api/export?format=csv");
    expect(exportUrl("gexf", true)).toBe("/api/export?format=gexf&pseudonymise=true");
  });
});
