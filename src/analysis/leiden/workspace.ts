/**
 * Scratch arrays for Leiden on one graph, sized to it once and reused by every level of every
 * iteration. Allocating them afresh per level made the garbage collector walk the whole heap (the
 * graphology graph included) again and again: at 100,000 actors it took a third of the time.
 * `weightTo` and `seen` are all zero between uses: whoever sets an entry clears it again.
 */
export class Workspace {
  readonly weightTo: Float64Array;
  readonly seen: Uint8Array;
  readonly candidates: Int32Array;
  /** Per candidate of refine: the weight of the ties to it. */
  readonly candidateWeights: Float64Array;
  readonly clusterWeights: Float64Array;
  readonly clusterSizes: Int32Array;
  readonly emptyClusters: Int32Array;
  readonly queue: Int32Array;
  readonly queued: Uint8Array;
  readonly refinedWeights: Float64Array;
  readonly outward: Float64Array;
  readonly joined: Uint8Array;
  readonly gains: Float64Array;
  readonly cumulative: Float64Array;
  /** compact's renumbering, connectedParts' stack, aggregate's members. */
  readonly numbers: Int32Array;
  readonly stack: Int32Array;
  readonly starts: Int32Array;
  readonly fill: Int32Array;
  /** Two sets of CSR arrays that the aggregate levels take in turn: level k + 1 is built from level k. */
  private readonly levels: [LevelBuffers, LevelBuffers];
  private nextLevel = 0;
  /** The level maps of one iteration, packed one after another (see take). */
  private readonly maps: Int32Array;
  private mapsUsed = 0;

  /** For a graph of `order` nodes whose CSR arrays hold `edges` entries (each tie from both ends). */
  constructor(order: number, edges: number) {
    this.weightTo = new Float64Array(order);
    this.seen = new Uint8Array(order);
    this.candidates = new Int32Array(order);
    this.candidateWeights = new Float64Array(order);
    this.clusterWeights = new Float64Array(order);
    this.clusterSizes = new Int32Array(order);
    this.emptyClusters = new Int32Array(order);
    this.queue = new Int32Array(order);
    this.queued = new Uint8Array(order);
    this.refinedWeights = new Float64Array(order);
    this.outward = new Float64Array(order);
    this.joined = new Uint8Array(order);
    this.gains = new Float64Array(order);
    this.cumulative = new Float64Array(order);
    this.numbers = new Int32Array(order);
    this.stack = new Int32Array(order);
    this.starts = new Int32Array(order + 1);
    this.fill = new Int32Array(order);
    this.levels = [levelBuffers(order, edges), levelBuffers(order, edges)];
    this.maps = new Int32Array(3 * order);
  }

  /** The buffers for the next aggregate level (alternating, so the level it is built from stays intact). */
  levelBuffers(): LevelBuffers {
    const buffers = this.levels[this.nextLevel] as LevelBuffers;
    this.nextLevel = 1 - this.nextLevel;
    return buffers;
  }

  /** An Int32Array of `length` that lives until `release`; from the packed store while it has room. */
  take(length: number): Int32Array {
    if (this.mapsUsed + length > this.maps.length) return new Int32Array(length);
    const taken = this.maps.subarray(this.mapsUsed, this.mapsUsed + length);
    this.mapsUsed += length;
    return taken;
  }

  /** Frees everything `take` handed out, and starts the level buffers afresh. */
  release(): void {
    this.mapsUsed = 0;
    this.nextLevel = 0;
  }
}

export interface LevelBuffers {
  offsets: Int32Array;
  neighbors: Int32Array;
  weights: Float64Array;
  nodeWeights: Float64Array;
}

function levelBuffers(order: number, edges: number): LevelBuffers {
  return {
    offsets: new Int32Array(order + 1),
    neighbors: new Int32Array(edges),
    weights: new Float64Array(edges),
    nodeWeights: new Float64Array(order),
  };
}
