import { describe, expect, it } from "vitest";
import { betweenness } from "../../src/analysis/betweenness.js";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { closeness } from "../../src/analysis/closeness.js";
import { harmonic } from "../../src/analysis/harmonic.js";
import { searchBreadthFirst } from "../../src/analysis/path-breadth-first.js";
import { searchSources } from "../../src/analysis/path-kernel.js";
import { NEAR_HOPS, type PathGraph } from "../../src/analysis/path-types.js";
import { mulberry32 } from "../../src/analysis/rng.js";
import { network } from "./helpers.js";

/** A square a–b–d–c–a: two routes from a to d, through b and through c. */
function square(weights: { ab: number; bd: number; ac: number; cd: number }) {
  return buildGraph(
    network(
      ["a", "b", "c", "d"],
      [
        ["a", "b", "knows", { weight: weights.ab }],
        ["b", "d", "knows", { weight: weights.bd }],
        ["a", "c", "knows", { weight: weights.ac }],
        ["c", "d", "knows", { weight: weights.cd }],
      ],
    ),
  );
}

describe("weighted shortest paths over distance 1/weight", () => {
  // n = 4, so a raw pair count is normalised by 2/((n−1)(n−2)) = 1/3.
  it("splits a pair between two routes of equal length", () => {
    const graph = square({ ab: 2, bd: 2, ac: 4, cd: 4 / 3 });
    // a to d: through b 0.5 + 0.5 = 1, through c 0.25 + 0.75 = 1, both exactly 1 in floating point,
    // so b and c carry half the pair each; b to c runs through a (0.75 against 1.25 through d).
    expect(betweenness(graph, { weighted: true })).toEqual({ a: 1 / 3, b: 1 / 6, c: 1 / 6, d: 0 });
  });

  it("gives the whole pair to the shorter route when a stronger tie makes it shorter", () => {
    const graph = square({ ab: 2, bd: 2, ac: 4, cd: 2 });
    // a to d: through c 0.25 + 0.5 = 0.75 against 1 through b; b to c through a, 0.75 against 1.
    expect(betweenness(graph, { weighted: true })).toEqual({ a: 1 / 3, b: 0, c: 1 / 3, d: 0 });
  });

  it("treats sums that differ only by rounding as different lengths, as NetworkX does", () => {
    // a–b–d: 0.1 + 0.2 = 0.30000000000000004 in floating point; a–c–d: 0.15 + 0.15 = 0.3.
    const graph = square({ ab: 10, bd: 5, ac: 1 / 0.15, cd: 1 / 0.15 });
    // NetworkX 3.6.1 gives the same four values.
    expect(betweenness(graph, { weighted: true })).toEqual({ a: 1 / 3, b: 0, c: 1 / 3, d: 0 });
  });

  it("sums distances for closeness and harmonic", () => {
    const graph = square({ ab: 2, bd: 2, ac: 2, cd: 2 });
    // From a: b and c at 0.5, d at 1.
    expect(closeness(graph, { weighted: true }).a).toBeCloseTo(3 / 2, 12);
    expect(harmonic(graph, { weighted: true }).a).toBeCloseTo(2 + 2 + 1, 12);
  });
});

/** A symmetric CSR graph of n nodes from a list of undirected edges (duplicates and loops dropped). */
function csr(n: number, edges: [number, number][]): PathGraph {
  const lists = Array.from({ length: n }, () => new Set<number>());
  for (const [a, b] of edges) {
    if (a === b) continue;
    lists[a]?.add(b);
    lists[b]?.add(a);
  }
  const offsets = new Int32Array(n + 1);
  const neighbors: number[] = [];
  lists.forEach((list, v) => {
    neighbors.push(...[...list].sort((x, y) => x - y));
    offsets[v + 1] = neighbors.length;
  });
  return { offsets, neighbors: Int32Array.from(neighbors), lengths: null };
}

/**
 * Three random components of different density, a path of 12 (deep levels), a star, two isolates and
 * a pair: every shape the level-by-level search meets.
 */
function shapes(seed: number): { graph: PathGraph; n: number } {
  const random = mulberry32(seed);
  const edges: [number, number][] = [];
  const pick = (from: number, size: number) => from + Math.floor(random() * size);
  for (const [from, size, count] of [
    [0, 30, 70],
    [30, 20, 25],
    [50, 15, 40],
  ] as const)
    for (let e = 0; e < count; e++) edges.push([pick(from, size), pick(from, size)]);
  for (let v = 65; v < 76; v++) edges.push([v, v + 1]);
  for (let v = 78; v < 84; v++) edges.push([77, v]);
  edges.push([86, 87]);
  return { graph: csr(88, edges), n: 88 };
}

/** Textbook Brandes (predecessor lists, a stack), per source: what the kernel must give. */
function textbook(graph: PathGraph, sources: Int32Array, scaled: boolean) {
  const n = graph.offsets.length - 1;
  // Scaled (pivots): shifted linear scaling, credits to nodes 1…NEAR_HOPS hops away in runs of their own.
  const betweenness = new Float64Array(scaled ? n * (1 + NEAR_HOPS) : n);
  const perSource = Array.from(sources, (s) => {
    const distance = new Array<number>(n).fill(-1);
    const paths = new Array<number>(n).fill(0);
    const predecessors = Array.from({ length: n }, () => [] as number[]);
    const stack: number[] = [];
    distance[s] = 0;
    paths[s] = 1;
    for (let queue = [s]; queue.length > 0; ) {
      const v = queue.shift() as number;
      stack.push(v);
      for (let j = graph.offsets[v] as number; j < (graph.offsets[v + 1] as number); j++) {
        const w = graph.neighbors[j] as number;
        if (distance[w] === -1) {
          distance[w] = (distance[v] as number) + 1;
          queue.push(w);
        }
        if (distance[w] === (distance[v] as number) + 1) {
          paths[w] = (paths[w] as number) + (paths[v] as number);
          predecessors[w]?.push(v);
        }
      }
    }
    const dependency = new Array<number>(n).fill(0);
    for (const w of stack.reverse()) {
      const dw = distance[w] as number;
      // The pair (s, t) gives v the share (d(s, v) − 1) / (d(s, t) − 2), ½ each when d(s, t) = 2.
      const carried = !scaled ? 1 + (dependency[w] as number) : dw > 2 ? 1 / (dw - 2) + (dependency[w] as number) : 0.5;
      for (const v of predecessors[w] ?? [])
        dependency[v] = (dependency[v] as number) + ((paths[v] as number) / (paths[w] as number)) * carried;
      if (w === s) continue;
      const at = scaled && dw <= NEAR_HOPS ? dw * n + w : w;
      const credit = !scaled || dw === 1 ? (dependency[w] as number) : (dw - 1) * (dependency[w] as number);
      betweenness[at] = (betweenness[at] as number) + credit;
    }
    const others = stack.filter((v) => v !== s).map((v) => distance[v] as number);
    return {
      distance,
      reached: stack.length,
      total: others.reduce((sum, d) => sum + d, 0),
      harmonic: others.reduce((sum, d) => sum + 1 / d, 0),
    };
  });
  return { betweenness, perSource };
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i] as number;
    expect(Math.abs((actual[i] as number) - e)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(e)));
  }
}

describe("the breadth-first kernel, level by level", () => {
  const { graph, n } = shapes(11);
  const all = Int32Array.from({ length: n }, (_, i) => i);

  it("gives textbook Brandes' dependencies and distance sums from every source", () => {
    const block = searchSources(graph, all, { betweenness: true, perTarget: false });
    const expected = textbook(graph, all, false);
    expectClose(block.betweenness, expected.betweenness);
    expectClose(
      block.reached,
      expected.perSource.map((figures) => figures.reached),
    );
    expectClose(
      block.total,
      expected.perSource.map((figures) => figures.total),
    );
    expectClose(
      block.harmonic,
      expected.perSource.map((figures) => figures.harmonic),
    );
  });

  it("gives the linearly scaled dependencies and the per-target sums of pivots", () => {
    const pivots = Int32Array.from([3, 40, 66, 77, 85, 12, 76, 52]);
    const block = searchSources(graph, pivots, { betweenness: true, perTarget: true });
    const expected = textbook(graph, pivots, true);
    expectClose(block.betweenness, expected.betweenness);
    const reached = new Float64Array(n);
    const total = new Float64Array(n);
    const harmonicSums = new Float64Array(n);
    pivots.forEach((s, k) => {
      expected.perSource[k]?.distance.forEach((d, v) => {
        if (d <= 0 || v === s) return;
        reached[v] = (reached[v] as number) + 1;
        total[v] = (total[v] as number) + d;
        harmonicSums[v] = (harmonicSums[v] as number) + 1 / d;
      });
    });
    expectClose(block.reached, reached);
    expectClose(block.total, total);
    expectClose(block.harmonic, harmonicSums);
  });

  it("adds the pivots' per-target sums bit for bit, whether a search reached many nodes or few", () => {
    // Searches reaching more than an eighth of the nodes add them in node order, the others in level
    // order; each node's sums get the same terms in the same order either way.
    const block = searchSources(graph, all, { betweenness: false, perTarget: true });
    const reached = new Float64Array(n);
    const total = new Float64Array(n);
    const harmonicSums = new Float64Array(n);
    textbook(graph, all, true).perSource.forEach(({ distance }, s) => {
      distance.forEach((d, v) => {
        if (d <= 0 || v === s) return;
        reached[v] = (reached[v] as number) + 1;
        total[v] = (total[v] as number) + d;
        harmonicSums[v] = (harmonicSums[v] as number) + 1 / d;
      });
    });
    expect(block.reached).toEqual(reached);
    expect(block.total).toEqual(total);
    expect(block.harmonic).toEqual(harmonicSums);
  });

  it("gives textbook figures where its levels are found bottom-up and pushed up the walk back", () => {
    // 600 actors with 6 ties each on average: the last levels hold most of them, as in a small world.
    const random = mulberry32(5);
    const pick = () => Math.floor(random() * 600);
    const world = csr(
      600,
      Array.from({ length: 1800 }, () => [pick(), pick()]),
    );
    const sources = Int32Array.from({ length: 40 }, (_, i) => i * 15);
    for (const scaled of [false, true]) {
      const block = searchSources(world, sources, { betweenness: true, perTarget: scaled });
      const expected = textbook(world, sources, scaled);
      expectClose(block.betweenness, expected.betweenness);
      if (!scaled)
        expectClose(
          block.total,
          expected.perSource.map((figures) => figures.total),
        );
    }
  });

  it("gives the same numbers, bit for bit, when its stamped distances are cleared every few searches", () => {
    const want = { betweenness: true, perTarget: false };
    // A limit of 3n clears the distances every one or two searches.
    expect(searchBreadthFirst(graph, all, want, 3 * n)).toEqual(searchSources(graph, all, want));
  });

  it("leaves nothing behind between searches: any order of sources gives each source's figures", () => {
    const want = { betweenness: false, perTarget: false };
    const reversed = all.slice().reverse();
    const forward = searchSources(graph, all, want);
    const backward = searchSources(graph, reversed, want);
    expect(Array.from(backward.total).reverse()).toEqual(Array.from(forward.total));
    expect(Array.from(backward.harmonic).reverse()).toEqual(Array.from(forward.harmonic));
  });
});
