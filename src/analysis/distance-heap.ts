/**
 * A binary min-heap of (node, distance) with lazy deletion: stale entries are skipped when popped.
 * Equal distances come out first in, first out, as from NetworkX's heap of (distance, count, …), so
 * nodes are settled in NetworkX's order and sums over them agree with it to the last bit.
 */
export class DistanceHeap {
  private readonly nodes: number[] = [];
  private readonly keys: number[] = [];
  private readonly arrivals: number[] = [];
  private arrived = 0;

  get size(): number {
    return this.nodes.length;
  }

  push(node: number, key: number): void {
    const { nodes, keys, arrivals } = this;
    const arrival = this.arrived++;
    let i = nodes.length;
    nodes.push(node);
    keys.push(key);
    arrivals.push(arrival);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!precedes(key, arrival, keys[parent] as number, arrivals[parent] as number)) break;
      this.place(i, parent);
      i = parent;
    }
    this.put(i, node, key, arrival);
  }

  pop(): number {
    const { nodes, keys, arrivals } = this;
    const top = nodes[0] as number;
    const lastNode = nodes.pop() as number;
    const lastKey = keys.pop() as number;
    const lastArrival = arrivals.pop() as number;
    const n = nodes.length;
    if (n === 0) this.arrived = 0;
    else {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        const right = child + 1;
        if (
          right < n &&
          precedes(keys[right] as number, arrivals[right] as number, keys[child] as number, arrivals[child] as number)
        ) {
          child = right;
        }
        if (!precedes(keys[child] as number, arrivals[child] as number, lastKey, lastArrival)) break;
        this.place(i, child);
        i = child;
      }
      this.put(i, lastNode, lastKey, lastArrival);
    }
    return top;
  }

  /** Copies the entry at `from` into slot `to`. */
  private place(to: number, from: number): void {
    this.put(to, this.nodes[from] as number, this.keys[from] as number, this.arrivals[from] as number);
  }

  private put(slot: number, node: number, key: number, arrival: number): void {
    this.nodes[slot] = node;
    this.keys[slot] = key;
    this.arrivals[slot] = arrival;
  }
}

function precedes(key: number, arrival: number, otherKey: number, otherArrival: number): boolean {
  return key < otherKey || (key === otherKey && arrival < otherArrival);
}
