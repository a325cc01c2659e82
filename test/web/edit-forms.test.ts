import { describe, expect, it } from "vitest";
import type { Actor } from "../../src/model/index.js";
import {
  actorPatch,
  draftOf,
  EMPTY_ACTOR_DRAFT,
  newActorBody,
  problemsByField,
  tagsOf,
} from "../../src/web/features/edit/actor-form.js";
import { newTieBody, tieChoices } from "../../src/web/features/edit/tie-form.js";

const jan: Actor = {
  id: "r2",
  name: "Jan de Vries",
  kind: "resident",
  area: "Noord",
  gifts: ["carpentry", "singing"],
  interests: ["football"],
  since: 2019,
  consent: { given: true, date: "2024-03-01" },
  notes: "met at the fair",
  custom: { age: 71, street: "Kade" },
};

describe("the actor form", () => {
  it("turns what was typed into the API's body, leaving empty fields out", () => {
    expect(
      newActorBody({
        ...EMPTY_ACTOR_DRAFT,
        name: "  Noor ",
        gifts: "Cooking, gardening;cooking,",
        since: "2024",
        consent: "yes",
        consentDate: "2024-05-02",
        custom: [
          { key: "age", value: "34" },
          { key: "street", value: "Dorpsstraat" },
          { key: " ", value: "ignored" },
        ],
      }),
    ).toEqual({
      name: "Noor",
      kind: "resident",
      gifts: ["cooking", "gardening"],
      interests: [],
      since: 2024,
      consent: { given: true, date: "2024-05-02" },
      custom: { age: 34, street: "Dorpsstraat" },
    });
  });

  it("sends a year that is not digits as typed, so the server names the field", () => {
    expect(newActorBody({ ...EMPTY_ACTOR_DRAFT, name: "X", until: "soon" }).until).toBe("soon");
  });

  it("round-trips every field of an actor, and patches only what changed", () => {
    const draft = draftOf(jan);
    expect(actorPatch(jan, draft)).toEqual({});
    expect(actorPatch(jan, { ...draft, area: "", until: "2025", consent: "no", custom: [] })).toEqual({
      area: null,
      until: 2025,
      consent: { given: false, date: "2024-03-01" },
      custom: {},
    });
  });

  it("drops consent for kinds that cannot have it", () => {
    expect(actorPatch(jan, { ...draftOf(jan), kind: "group" })).toMatchObject({ kind: "group", consent: null });
  });

  it("splits tags on commas and semicolons, in lower case, once each", () => {
    expect(tagsOf("Head, HANDS; heart, hands ,")).toEqual(["head", "hands", "heart"]);
  });

  it("puts each server problem beside its field, and the rest above the buttons", () => {
    const byField = problemsByField(
      [
        { field: "until", message: "until 2019 is before since 2020" },
        { field: "custom.age", message: "bad" },
        { field: "gifts.0", message: "too long" },
        { field: "body", message: "must have 1 property" },
      ],
      ["until", "custom", "gifts"],
    );
    expect(byField.get("until")).toEqual(["until 2019 is before since 2020"]);
    expect(byField.get("custom")).toEqual(["bad"]);
    expect(byField.get("gifts")).toEqual(["too long"]);
    expect(byField.get("")).toEqual(["must have 1 property"]);
  });
});

describe("the tie form", () => {
  it("offers only the types the model allows for the pair, in either order", () => {
    expect(tieChoices("resident", "resident")).toEqual([{ type: "knows", reversed: false }]);
    expect(tieChoices("resident", "group").map((choice) => choice.type)).toEqual([
      "member_of",
      "leads",
      "volunteers_at",
    ]);
    expect(tieChoices("group", "resident").every((choice) => choice.reversed)).toBe(true);
    expect(tieChoices("group", "place")).toEqual([{ type: "meets_at", reversed: false }]);
    expect(tieChoices("place", "place")).toEqual([]);
    expect(tieChoices("institution", "group").map((choice) => choice.type)).toEqual(["partner_of", "supports"]);
  });

  it("sends the ends in the order the type reads", () => {
    expect(
      newTieBody({
        first: "g1",
        second: "r1",
        choice: { type: "member_of", reversed: true },
        since: "2024",
        weight: 3,
        note: "",
      }),
    ).toEqual({ source: "r1", target: "g1", type: "member_of", weight: 3, since: 2024 });
  });
});
