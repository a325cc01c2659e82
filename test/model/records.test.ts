import { describe, expect, it } from "vitest";
import { withoutUndefined } from "../../src/model/index.js";

describe("withoutUndefined", () => {
  it("leaves out undefined fields and keeps the others in their order, null and falsy ones too", () => {
    const kept = withoutUndefined({ id: "a", area: undefined, weight: 0, note: "", since: null, custom: {} });
    expect(Object.entries(kept)).toEqual([
      ["id", "a"],
      ["weight", 0],
      ["note", ""],
      ["since", null],
      ["custom", {}],
    ]);
  });

  it("keeps a field named __proto__ as a field, not as the prototype", () => {
    const kept = withoutUndefined(JSON.parse('{"__proto__": {"polluted": true}, "id": "a"}') as object);
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    expect(Object.keys(kept)).toEqual(["__proto__", "id"]);
    expect(JSON.stringify(kept)).toBe('{"__proto__":{"polluted":true},"id":"a"}');
  });
});
