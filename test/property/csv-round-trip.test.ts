import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNetworkCsv, writeNetworkCsv } from "../../src/io/index.js";
import { RUNS, validNetwork } from "./arbitraries.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("CSV round trip (property)", () => {
  it("reads back exactly the network it wrote, awkward text and custom columns included", () => {
    fc.assert(
      fc.property(validNetwork, (network) => {
        const written = writeNetworkCsv(network);
        const read = readNetworkCsv(
          { name: "nodes.csv", bytes: bytes(written.nodes) },
          { name: "ties.csv", bytes: bytes(written.ties) },
        );
        expect(read).toEqual(network);
      }),
      RUNS,
    );
  });
});
