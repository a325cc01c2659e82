import { describe, expect, it } from "vitest";
import { writeJsonChunks } from "../../src/io/json-chunks.js";

function chunksOf(value: unknown, chunkSize?: number): string[] {
  const chunks: string[] = [];
  writeJsonChunks(value, (chunk) => chunks.push(chunk), chunkSize);
  return chunks;
}

const joined = (value: unknown, chunkSize?: number) => chunksOf(value, chunkSize).join("");

describe("writeJsonChunks", () => {
  it("joins to exactly JSON.stringify's text, whatever is split and whatever is not", () => {
    const nested = {
      a: [1, -0, 1e-12, Number.NaN, Number.POSITIVE_INFINITY, 'é"\\\n\u2028', null, true],
      skipped: undefined,
      fn: () => 1,
      holes: [undefined, () => 1, Symbol("s"), { deep: { deeper: { deepest: [1, { x: undefined }] } } }],
      date: new Date(0),
      custom: { toJSON: () => ({ replaced: true }) },
      bare: Object.assign(Object.create(null), { z: 1, "2": 2, "1": [] }),
      map: new Map([[1, 2]]),
      empty: { o: {}, a: [] },
    };
    for (const value of [nested, [nested, [nested]], "text", 3, null, [], {}]) {
      expect(joined(value)).toBe(JSON.stringify(value));
      expect(joined(value, 1)).toBe(JSON.stringify(value));
    }
  });

  it("gives pieces of about the chunk size, not one string", () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ id: `A${i}`, figures: [i, i / 3] }));
    const chunks = chunksOf({ rows }, 1024);
    expect(chunks.length).toBeGreaterThan(20);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(2048);
    expect(chunks.join("")).toBe(JSON.stringify({ rows }));
  });
});
