import { describe, expect, it } from "vitest";
import { tabAfterKey } from "../../src/web/app/tab-keys.js";

const TABS = ["connectors", "unconnected", "gaps"] as const;

describe("moving between tabs by keyboard", () => {
  it("goes to the neighbouring tab with the arrows, wrapping around", () => {
    expect(tabAfterKey(TABS, "connectors", "ArrowRight")).toBe("unconnected");
    expect(tabAfterKey(TABS, "gaps", "ArrowRight")).toBe("connectors");
    expect(tabAfterKey(TABS, "connectors", "ArrowLeft")).toBe("gaps");
  });

  it("goes to the ends with Home and End, and ignores other keys", () => {
    expect(tabAfterKey(TABS, "unconnected", "Home")).toBe("connectors");
    expect(tabAfterKey(TABS, "unconnected", "End")).toBe("gaps");
    expect(tabAfterKey(TABS, "unconnected", "Enter")).toBeUndefined();
  });
});
