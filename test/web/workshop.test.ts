import { encode } from "uqr";
import { describe, expect, it } from "vitest";
import { profileDraftOf, profileOf } from "../../src/web/features/workshop/join/profile.js";
import { qrDrawing } from "../../src/web/features/workshop/qr.js";
import {
  joinCodeOf,
  joinUrl,
  normaliseCode,
  onlyThisComputer,
  participantLabel,
  refusalOf,
  spacedCode,
  toggled,
} from "../../src/web/features/workshop/state.js";

describe("workshop codes and links", () => {
  it("reads a code from the phone's path, case-insensitive, and refuses what cannot be a code", () => {
    expect(joinCodeOf("/join/k7m2pq")).toBe("k7m2pq");
    expect(joinCodeOf("/join/K7M2PQ/")).toBe("K7M2PQ");
    expect(joinCodeOf("/")).toBeUndefined();
    expect(joinCodeOf("/join/")).toBeUndefined();
    expect(normaliseCode("k7m 2pq")).toBe("K7M2PQ");
    expect(normaliseCode("K7M-2PQ")).toBe("K7M2PQ");
    // 0, O, 1 and I are never in a code: they are misread from the back of a room.
    expect(normaliseCode("K0M2PQ")).toBeUndefined();
    expect(normaliseCode("K7M2P")).toBeUndefined();
    expect(normaliseCode("<script>")).toBeUndefined();
  });

  it("builds the join link from the origin and the join path, and spaces the code in halves", () => {
    expect(joinUrl("http://192.168.1.20:8080/", "/join/K7M2PQ")).toBe("http://192.168.1.20:8080/join/K7M2PQ");
    expect(spacedCode("K7M2PQ")).toBe("K7M 2PQ");
  });

  it("knows when the explorer was opened at an address no phone in the room can reach", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "LocalHost", "weave.localhost", "[::1]"]) {
      expect(onlyThisComputer(host), host).toBe(true);
    }
    for (const host of ["192.168.1.20", "10.0.0.5", "weave.example.org", "[fd00::2]", "127example.org"]) {
      expect(onlyThisComputer(host), host).toBe(false);
    }
  });

  it("names a fellow participant only by the name they consented to show", () => {
    const neutral = (number: number) => `Participant ${number}`;
    expect(participantLabel({ participantId: "p1", name: "Mira", number: 1 }, neutral)).toBe("Mira");
    expect(participantLabel({ participantId: "p2", name: null, number: 2 }, neutral)).toBe("Participant 2");
  });

  it("says why a code was refused", () => {
    expect(refusalOf(404, "workshop_not_found")).toBe("unknown");
    expect(refusalOf(410, "workshop_closed")).toBe("closed");
    expect(refusalOf(410, "workshop_expired")).toBe("expired");
    expect(refusalOf(429, "rate_limited")).toBe("busy");
    expect(refusalOf(0, "network_unreachable")).toBe("offline");
    expect(refusalOf(500, "unexpected")).toBe("other");
  });

  it("ticks and unticks a checklist without doubling an id", () => {
    expect(toggled(["g1"], "g2", true)).toEqual(["g1", "g2"]);
    expect(toggled(["g1", "g2"], "g2", true)).toEqual(["g1", "g2"]);
    expect(toggled(["g1", "g2"], "g1", false)).toEqual(["g2"]);
  });
});

describe("the phone's profile form", () => {
  it("sends trimmed text and lower-case tags, leaves an empty area out, and keeps the name hidden by default", () => {
    const draft = profileDraftOf(undefined);
    expect(draft.consent).toBe("no");
    expect(profileOf({ ...draft, name: "  Noor ", gifts: "Cooking, repairs;cooking", area: " " })).toEqual({
      name: "Noor",
      gifts: ["cooking", "repairs"],
      interests: [],
      consent: false,
    });
  });

  it("shows a saved participant's entries back as typed", () => {
    const draft = profileDraftOf({
      id: "r",
      name: "Noor",
      area: "Kade",
      gifts: ["a", "b"],
      interests: [],
      consent: true,
    });
    expect(draft).toEqual({ name: "Noor", area: "Kade", gifts: "a, b", interests: "", consent: "yes" });
  });
});

describe("the join QR code", () => {
  it("draws every dark module of uqr's code, and nothing else, with a quiet zone", () => {
    const url = "http://192.168.1.20:8080/join/K7M2PQ";
    const { size, path } = qrDrawing(url);
    const { data } = encode(url, { ecc: "M", border: 4 });
    const dark = data.flat().filter(Boolean).length;
    expect(size).toBe(data.length);
    expect(path.match(/M/g)?.length).toBe(dark);
    // The top-left finder pattern starts after the four-module quiet zone.
    expect(path).toContain("M4 4h1v1h-1z");
    expect(path).not.toContain("M3 3h1");
  });
});
